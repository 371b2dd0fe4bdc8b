import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadAll } from 'js-yaml'
import { runCliCapturing } from '../helpers/cli.js'
import { projectRoot } from '../helpers/corpus.js'
import { commitAll, git } from '../helpers/git.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'
import { maskSecretObject } from '../../src/output/index.js'
import type { YamlObject } from '../../src/shared/objects.js'

const run = runCliCapturing

const files = {
  'app/config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      LEVEL: info
  `,
  'app/deployment.yaml': source`
    # The web front end.
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        metadata:
          labels: {app: web}
        spec:
          containers:
            - name: web
              image: web:1
              envFrom:
                - configMapRef:
                    name: app
  `
}

test('check exits 1 with the reason, fix writes only the annotation, then check exits 0', async () => {
  using repo = tempDirectory(files)
  commitAll(repo.path)
  const before = await run('check', repo.path)
  assert.equal(before.code, 1)
  assert.match(
    before.stdout,
    /app\/deployment\.yaml:2 {2}error {2}config-hash-missing {2}Deployment web reads ConfigMap app \(all keys\)/
  )

  const fixed = await run('fix', repo.path)
  assert.equal(fixed.code, 0, fixed.stdout)
  assert.match(fixed.stdout, /Wrote 1 file:\n {2}app\/deployment\.yaml/)
  assert.equal(git(repo.path, 'diff', '--numstat'), '2\t0\tapp/deployment.yaml\n')
  assert.match(
    git(repo.path, 'diff'),
    /\+ {6}annotations:\n\+ {8}gitops-reloader\/config-hash: sha256:[0-9a-f]{16}\n/
  )

  assert.equal((await run('check', repo.path)).code, 0)
  assert.equal(
    (await run('fix', repo.path)).stdout.split('\n')[0],
    'Nothing to write: every annotation is current.'
  )
  assert.equal(git(repo.path, 'diff', '--numstat'), '2\t0\tapp/deployment.yaml\n')
})

test('check --diff shows what fix would write, as git diff shows it after fix, and writes nothing', async () => {
  using repo = tempDirectory(files)
  commitAll(repo.path)
  const result = await run('check', repo.path, '--diff', '--exit-zero')
  assert.equal(result.code, 0)
  assert.equal(git(repo.path, 'status', '--porcelain'), '')
  await run('fix', repo.path)
  const gitDiff = git(repo.path, 'diff')
    .replace(/^diff --git .*\nindex .*\n/gm, '')
    .replace(/^(@@ [^@]+ @@).*$/gm, '$1') // git adds the enclosing 'function' after a hunk header
  assert.ok(result.stdout.endsWith(gitDiff), `${result.stdout}\n---- git diff:\n${gitDiff}`)
})

test('--format json gives the whole report', async () => {
  using repo = tempDirectory(files)
  const result = await run('check', repo.path, '--format', 'json')
  const report = JSON.parse(result.stdout) as {
    workloads: { name: string; status: string; references: { coverage: string }[] }[]
  }
  assert.deepEqual(
    report.workloads.map(w => [w.name, w.status, w.references.map(r => r.coverage)]),
    [['web', 'missing', ['git-hash']]]
  )
})

test('usage errors exit 2 with a clear message', async () => {
  using repo = tempDirectory(files)
  const cases: [string[], RegExp][] = [
    [['check', `${repo.path}/nowhere`], /path '.*nowhere' does not exist/],
    [['check', `${repo.path}/app/config.yaml`], /is not a directory/],
    [['check', repo.path, '--format', 'yaml'], /--format must be one of text, json/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['explode', repo.path], /unknown command 'explode'/],
    [['check', repo.path, 'extra'], /unexpected argument 'extra'/]
  ]
  for (const [argv, message] of cases) {
    const result = await run(...argv)
    assert.equal(result.code, 2, argv.join(' '))
    assert.match(result.stderr, message)
  }
})

test('--help and --version', async () => {
  assert.match((await run('--help')).stdout, /Usage: gitops-reloader <command>/)
  assert.match((await run('--version')).stdout, /^\d+\.\d+\.\d+\n$/)
})

test('roots lists each Flux Kustomization with the file and line that declares it', async () => {
  const result = await run('roots', join(projectRoot, 'fixtures/example-flux-repo'))
  assert.equal(result.code, 0)
  assert.match(
    result.stdout,
    /flux-system\/apps@clusters\/staging\/apps\.yaml\n {4}builds apps\/overlays\/staging, \d+ resources every 10m\n {4}declared at clusters\/staging\/apps\.yaml:2/
  )
})

test('build prints what kubectl kustomize prints, object for object, Secret values masked', async () => {
  for (const directory of ['apps/base', 'apps/overlays/staging', 'apps/overlays/production']) {
    const path = join(projectRoot, 'fixtures/example-flux-repo', directory)
    const ours = await run('build', path)
    assert.equal(ours.code, 0, ours.stderr)
    const kubectl = execFileSync('kubectl', ['kustomize', path], { encoding: 'utf8' })
    const expected = loadAll(kubectl).map(object => maskSecretObject(object as YamlObject))
    assert.deepEqual(loadAll(ours.stdout), expected, directory)
  }
})

test('a generated ConfigMap with a name-suffix hash is left to kustomize; without the suffix it is hashed', async () => {
  const example = join(projectRoot, 'fixtures/example-flux-repo')
  const text = await run('check', example)
  assert.match(text.stdout, /ConfigMap web-feature-flags-[a-z0-9]{10}: handled by kustomize/)
  const report = JSON.parse((await run('check', example, '--format', 'json')).stdout) as {
    workloads: { name: string; references: { name: string; coverage: string }[] }[]
  }
  const nightly = report.workloads.find(w => w.name === 'nightly-report')
  assert.equal(nightly?.references.find(r => r.name === 'report-settings')?.coverage, 'git-hash')
})
