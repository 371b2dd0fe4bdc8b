import assert from 'node:assert/strict'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { runCliCapturing } from '../helpers/cli.js'
import type { Plan } from '../../src/plan/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { commitAll, git } from '../helpers/git.js'
import { tempDirectory, writeFiles } from '../helpers/temp.js'

const run = runCliCapturing

/**
 * The example repository in `deploy/` of a Git repository, fixed, and a pull request merged with a
 * merge commit that changes one key of web-config (and, on another file, breaks the YAML).
 */
async function mergedChange(path: string) {
  cpSync(join(projectRoot, 'fixtures/example-flux-repo'), join(path, 'deploy'), {
    recursive: true
  })
  writeFiles(path, { 'README.md': '# the repository\n' })
  // The bot has run on main: every hash is current there.
  assert.equal((await run('fix', join(path, 'deploy'))).code, 0)
  const base = commitAll(path, 'initial')
  git(path, 'checkout', '--quiet', '-b', 'feature')
  const config = join(path, 'deploy/apps/base/web-config.yaml')
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace('CACHE_TTL_SECONDS: "300"', 'CACHE_TTL_SECONDS: "600"')
  )
  writeFiles(path, { 'deploy/apps/base/broken.yaml': 'kind: ConfigMap\nmetadata: {name: [\n' })
  commitAll(path, 'cache longer')
  git(path, 'checkout', '--quiet', 'main')
  git(path, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #1', 'feature')
  const merge = git(path, 'rev-parse', 'HEAD').trim()
  return { base, merge, folder: join(path, 'deploy') }
}

test('plan --format json: the Plan contract, with the merge commit revert and the restarts', async () => {
  using repo = tempDirectory()
  const { base, merge, folder } = await mergedChange(repo.path)
  writeFiles(repo.path, { 'deploy/apps/base/web-config.yaml': 'edited in the work tree\n' })
  const status = git(repo.path, 'status', '--porcelain')
  const { code, stdout, stderr } = await run('plan', folder, '--base', base, '--format', 'json')
  assert.equal(stderr, '')
  assert.equal(code, 1)
  const plan = JSON.parse(stdout) as Plan
  assert.deepEqual(Object.keys(plan), [
    'base',
    'head',
    'restarts',
    'upgrades',
    'added',
    'removed',
    'rollback',
    'problems'
  ])
  assert.equal(plan.base, base)
  assert.equal(plan.head, merge)
  const web = plan.restarts.filter(r => r.kind === 'Deployment' && r.name === 'web')
  assert.ok(web.length > 0)
  for (const restart of web) {
    assert.deepEqual(Object.keys(restart).slice(0, 7), [
      'kind',
      'namespace',
      'name',
      'root',
      'cluster',
      'file',
      'line'
    ])
    assert.ok(
      restart.reasons.some(
        reason =>
          reason.type === 'config' &&
          reason.name === 'web-config' &&
          reason.keys.includes('CACHE_TTL_SECONDS')
      )
    )
  }
  // `root` is the id `roots --format json` prints, for the same folder.
  const roots = JSON.parse((await run('roots', folder, '--format', 'json')).stdout) as {
    roots: { id: string }[]
  }
  for (const restart of plan.restarts)
    assert.ok(
      roots.roots.some(root => root.id === restart.root),
      restart.root
    )
  assert.deepEqual(plan.rollback.commands[0], {
    purpose: 'revert the merge commit (config and hash together)',
    command: `git revert -m 1 ${merge}`
  })
  assert.ok(
    plan.rollback.commands.some(c =>
      /^flux reconcile kustomization apps -n flux-system --with-source$/.test(c.command)
    )
  )
  assert.ok(
    plan.rollback.commands.some(
      c => c.command === 'kubectl -n shop-staging rollout status deployment/web'
    )
  )
  // The file that does not parse at head is listed, and the rest is planned.
  assert.deepEqual(
    plan.problems.map(p => [p.revision, p.file]),
    [['head', 'apps/base/broken.yaml']]
  )
  // Neither the work tree nor the index changed.
  assert.equal(git(repo.path, 'status', '--porcelain'), status)
})

test('plan: text by default, markdown on request, exit 0 when nothing is pending', async () => {
  using repo = tempDirectory()
  const { base, folder } = await mergedChange(repo.path)
  const text = await run('plan', folder, '--base', base)
  assert.equal(text.code, 1)
  assert.match(
    text.stdout,
    /^Plan [0-9a-f]{12}\.\.[0-9a-f]{12}: \d+ workloads? restarts? in \d clusters?/
  )
  assert.match(text.stdout, /\nRollback:\n {2}# revert the merge commit/)
  const markdown = await run(
    'plan',
    folder,
    '--base',
    base,
    '--head',
    'HEAD',
    '--format',
    'markdown'
  )
  assert.equal(markdown.code, 1)
  assert.match(markdown.stdout, /^### gitops-reloader plan\n\n\*\*/)
  assert.match(markdown.stdout, /\n```sh\n# revert the merge commit/)
  const same = await run('plan', folder, '--base', 'HEAD', '--format', 'markdown')
  assert.equal(same.code, 0)
  assert.match(same.stdout, /\*\*No restarts\*\*/)
  // A branch name and a relative revision work as well as a SHA.
  assert.equal((await run('plan', folder, '--base', 'HEAD^1', '--head', 'feature')).code, 1)
  assert.equal((await run('plan', folder, '--base', 'main', '--exit-zero')).code, 0)
})

test('plan: a bad revision, a folder outside Git, a missing --base exit 2 with one line', async () => {
  using repo = tempDirectory()
  const { base, folder } = await mergedChange(repo.path)
  const bad = await run('plan', folder, '--base', 'no-such-branch')
  assert.equal(bad.code, 2)
  assert.equal(bad.stdout, '')
  assert.equal(
    bad.stderr,
    "gitops-reloader: unknown revision 'no-such-branch': it names no commit of this repository\n"
  )
  const badHead = await run('plan', folder, '--base', base, '--head', '--upload-pack=evil')
  assert.equal(badHead.code, 2)
  using outside = tempDirectory({ 'a.yaml': 'a: 1\n' })
  const notGit = await run('plan', outside.path, '--base', 'HEAD')
  assert.equal(notGit.code, 2)
  assert.match(
    notGit.stderr,
    /^gitops-reloader: '.+' is not inside a Git work tree; plan reads revisions from Git\n$/
  )
  const missing = await run('plan', folder)
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /plan needs --base <rev>/)
  const markdownCheck = await run('check', folder, '--format', 'markdown')
  assert.equal(markdownCheck.code, 2)
  assert.match(markdownCheck.stderr, /markdown is for plan/)
  const baseCheck = await run('check', folder, '--base', base)
  assert.equal(baseCheck.code, 2)
  assert.match(baseCheck.stderr, /--base and --head are options of plan, not of check/)
})
