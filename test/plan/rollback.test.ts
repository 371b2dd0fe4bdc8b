import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { test } from 'node:test'
import type { RootSummary } from '../../src/engine/index.js'
import { describeLanding } from '../../src/io/index.js'
import { REVERT_BUTTON, rollbackPlan, shellWord } from '../../src/plan/index.js'
import type { Landing, Restart, Upgrade } from '../../src/plan/index.js'
import { commitAll, git } from '../helpers/git.js'
import { tempDirectory, writeFiles } from '../helpers/temp.js'

const tree = (path: string, rev: string) => git(path, 'rev-parse', `${rev}^{tree}`).trim()

/** Runs a command the plan prints, as a user would paste it (no editor: GIT_EDITOR=true). */
function runCommand(path: string, command: string): void {
  const [program, ...args] = command.split(' ')
  assert.equal(program, 'git')
  execFileSync('git', args, {
    cwd: path,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_EDITOR: 'true',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1'
    }
  })
}

/** The revert commands of a plan with nothing to apply: the git command and the button. */
function reverts(landing: Landing) {
  return rollbackPlan(landing, [], [], []).commands.map(c => c.command)
}

/** main with a config file, and a feature branch that changes it and adds the bot's hash commit. */
function featureBranch(path: string) {
  writeFiles(path, {
    'apps/settings.yaml': 'kind: ConfigMap\ndata:\n  LEVEL: debug\n',
    'apps/web.yaml': 'kind: Deployment\n'
  })
  commitAll(path, 'initial')
  git(path, 'checkout', '--quiet', '-b', 'feature')
  writeFiles(path, { 'apps/settings.yaml': 'kind: ConfigMap\ndata:\n  LEVEL: info\n' })
  commitAll(path, 'change the config')
  writeFiles(path, { 'apps/web.yaml': 'kind: Deployment # config-hash: abc\n' })
  commitAll(path, "the bot's hash commit")
  git(path, 'checkout', '--quiet', 'main')
  // main moves on meanwhile, so a revert must undo only the feature.
  writeFiles(path, { 'apps/other.yaml': 'kind: Service\n' })
  return commitAll(path, 'unrelated')
}

test('a merge commit: git revert -m 1 <merge> restores the base tree', () => {
  using repo = tempDirectory()
  const base = featureBranch(repo.path)
  git(repo.path, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7', 'feature')
  const merge = git(repo.path, 'rev-parse', 'HEAD').trim()
  const landing = describeLanding(repo.path, base, merge)
  assert.deepEqual(reverts(landing), [`git revert -m 1 ${merge}`, REVERT_BUTTON])
  runCommand(repo.path, `git revert -m 1 ${merge}`)
  assert.equal(tree(repo.path, 'HEAD'), tree(repo.path, base))
})

test('a squash: git revert <sha> restores the base tree', () => {
  using repo = tempDirectory()
  const base = featureBranch(repo.path)
  git(repo.path, 'merge', '--quiet', '--squash', 'feature')
  const squash = commitAll(repo.path, 'Change the config (#7)')
  const landing = describeLanding(repo.path, base, squash)
  assert.equal(landing.kind, 'single-commit')
  assert.deepEqual(reverts(landing), [`git revert ${squash}`, REVERT_BUTTON])
  runCommand(repo.path, `git revert ${squash}`)
  assert.equal(tree(repo.path, 'HEAD'), tree(repo.path, base))
})

test("a rebase merge: git revert --no-edit <base>..<head>, the bot's commit included", () => {
  using repo = tempDirectory()
  const base = featureBranch(repo.path)
  git(repo.path, 'checkout', '--quiet', 'feature')
  git(repo.path, 'rebase', '--quiet', 'main')
  git(repo.path, 'checkout', '--quiet', 'main')
  git(repo.path, 'merge', '--quiet', '--ff-only', 'feature')
  const head = git(repo.path, 'rev-parse', 'HEAD').trim()
  const landing = describeLanding(repo.path, base, head)
  assert.deepEqual(landing, { kind: 'range', base, head, commits: 2, merges: 0 })
  const commands = reverts(landing)
  assert.deepEqual(commands, [`git revert --no-edit ${base}..${head}`, REVERT_BUTTON])
  runCommand(repo.path, commands[0]!)
  assert.equal(tree(repo.path, 'HEAD'), tree(repo.path, base))
  assert.equal(git(repo.path, 'rev-list', '--count', `${head}..HEAD`).trim(), '2')
})

test('direct pushes with a merge among them: reverted by their first parents', () => {
  using repo = tempDirectory()
  const base = featureBranch(repo.path)
  git(repo.path, 'merge', '--quiet', '--no-ff', '-m', 'merge', 'feature')
  writeFiles(repo.path, { 'apps/later.yaml': 'kind: Secret\n' })
  const head = commitAll(repo.path, 'a direct push')
  const landing = describeLanding(repo.path, base, head)
  assert.deepEqual(landing, { kind: 'range', base, head, commits: 4, merges: 1 })
  const commands = reverts(landing)
  assert.deepEqual(commands, [
    `git revert --no-edit -m 1 --first-parent ${base}..${head}`,
    REVERT_BUTTON
  ])
  runCommand(repo.path, commands[0]!)
  assert.equal(tree(repo.path, 'HEAD'), tree(repo.path, base))
})

test('a revert of a revert: reverting it, or the whole range, restores each base', () => {
  using repo = tempDirectory({ 'apps/settings.yaml': 'LEVEL: debug\n' })
  commitAll(repo.path)
  writeFiles(repo.path, { 'apps/settings.yaml': 'LEVEL: info\n' })
  const change = commitAll(repo.path, 'change')
  git(repo.path, 'revert', '--no-edit', change)
  const revert = git(repo.path, 'rev-parse', 'HEAD').trim()
  git(repo.path, 'revert', '--no-edit', revert)
  const again = git(repo.path, 'rev-parse', 'HEAD').trim()
  assert.equal(tree(repo.path, again), tree(repo.path, change))

  // The revert of the revert, on its own: a single commit.
  const single = describeLanding(repo.path, revert, again)
  assert.deepEqual(reverts(single), [`git revert ${again}`, REVERT_BUTTON])
  // Both reverts as a range from the original change: reverting them changes nothing.
  const range = describeLanding(repo.path, change, again)
  assert.deepEqual(reverts(range), [`git revert --no-edit ${change}..${again}`, REVERT_BUTTON])

  runCommand(repo.path, `git revert ${again}`)
  assert.equal(tree(repo.path, 'HEAD'), tree(repo.path, revert))
  assert.equal(git(repo.path, 'show', 'HEAD:apps/settings.yaml'), 'LEVEL: debug\n')
})

test('a pull request not merged yet: every form, with placeholders and the real range', () => {
  const landing: Landing = { kind: 'pull-request', base: 'a'.repeat(40), head: 'b'.repeat(40) }
  assert.deepEqual(reverts(landing), [
    'git revert -m 1 <merge-sha>',
    'git revert <squash-sha>',
    `git revert --no-edit ${'a'.repeat(40)}..${'b'.repeat(40)}`,
    REVERT_BUTTON
  ])
})

const ref = (kind: string, namespace: string, name: string, root: string) => ({
  kind,
  namespace,
  name,
  root,
  cluster: 'production',
  file: 'apps/x.yaml',
  line: 1
})

const restart = (
  kind: string,
  name: string,
  root: string,
  strategy: Restart['strategy'] = { type: 'rolling-update' }
): Restart => ({
  ...ref(kind, 'apps', name, root),
  reasons: [{ type: 'config', kind: 'ConfigMap', name: 'settings', keys: ['LEVEL'] }],
  strategy,
  warnings: []
})

const root = (id: string, interval: string | undefined, kind: RootSummary['kind'] = 'flux') => ({
  id,
  kind,
  declaredAt: 'clusters/production/apps.yaml',
  path: './apps',
  interval,
  resources: 3
})

test('apply and watch: each Flux root with a change, each upgrade, each rollout', () => {
  const landing: Landing = { kind: 'single-commit', base: 'b1', head: 'h1', commit: 'h1' }
  const restarts = [
    restart('Deployment', 'web', 'flux-system/apps'),
    restart('StatefulSet', 'db', 'flux-system/apps', { type: 'ordered', partition: 2 }),
    restart('DaemonSet', 'agent', 'flux-system/infra', { type: 'node-by-node' }),
    restart('Deployment', 'api', 'flux-system/apps', { type: 'canary', canary: 'api' }),
    restart('StatefulSet', 'cold', 'flux-system/apps', { type: 'none' }),
    restart('CronJob', 'nightly', 'flux-system/apps'),
    restart('Deployment', 'plain', 'overlays/dev'),
    {
      ...restart('Deployment', 'web', 'flux-system/apps@clusters/staging/apps.yaml'),
      namespace: 'staging',
      cluster: 'staging'
    }
  ]
  const upgrades: Upgrade[] = [
    {
      ...ref('HelmRelease', 'monitoring', 'grafana', 'flux-system/monitoring'),
      reasons: [{ type: 'values', paths: ['replicas'] }],
      restarts: []
    }
  ]
  const roots = [
    root('flux-system/infra', '1h'),
    root('flux-system/apps', '10m'),
    root('flux-system/apps@clusters/staging/apps.yaml', '2m'),
    root('flux-system/unchanged', '5m'),
    root('flux-system/monitoring', undefined),
    root('overlays/dev', undefined, 'kustomization')
  ]
  const plan = rollbackPlan(landing, restarts, upgrades, roots)
  assert.deepEqual(
    plan.commands.map(c => c.command),
    [
      'git revert h1',
      REVERT_BUTTON,
      'flux reconcile kustomization infra -n flux-system --with-source',
      'flux reconcile kustomization apps -n flux-system --with-source',
      'flux reconcile kustomization monitoring -n flux-system --with-source',
      'flux reconcile helmrelease grafana -n monitoring',
      'kubectl -n apps rollout status deployment/web',
      'kubectl -n apps rollout status statefulset/db',
      'kubectl -n apps rollout status daemonset/agent',
      'kubectl -n apps get canary/api --watch',
      'kubectl -n apps rollout status deployment/plain',
      // Cluster by cluster, so that each kube context is switched to once.
      'flux reconcile kustomization apps -n flux-system --with-source',
      'kubectl -n staging rollout status deployment/web'
    ]
  )
  assert.match(plan.commands[2]!.purpose, /applies by itself within 1h/)
  assert.match(plan.commands[3]!.purpose, /applies by itself within 10m/)
  assert.match(
    plan.commands[11]!.purpose,
    /apps@clusters\/staging\/apps.yaml in cluster staging now \(applies by itself within 2m\)/
  )
  assert.match(plan.commands[4]!.purpose, /at its next interval/)
  assert.ok(plan.restores.some(line => /config-hash/.test(line)))
  assert.ok(plan.restores.some(line => /HelmRelease values/.test(line)))
  assert.ok(plan.cannotRestore.some(line => /ExternalSecrets/.test(line)))
  assert.ok(plan.cannotRestore.some(line => /upgrades forward/.test(line)))
  assert.ok(plan.cannotRestore.some(line => /migrations/.test(line)))
  assert.ok(plan.cannotRestore.some(line => /Immutable fields/.test(line)))
})

test('what a revert restores and cannot: only what applies to the change', () => {
  const landing: Landing = { kind: 'range', base: 'b', head: 'h', commits: 2, merges: 0 }
  const nothing = rollbackPlan(landing, [], [], [])
  assert.deepEqual(nothing.restores.length, 1)
  assert.match(nothing.restores[0]!, /restarts nothing/)
  assert.ok(!nothing.cannotRestore.some(line => /Helm|pruned|prune: false/.test(line)))
  const image: Restart = {
    ...restart('Deployment', 'web', 'flux-system/apps'),
    reasons: [{ type: 'image', container: 'app', from: 'web:1', to: 'web:2' }]
  }
  const changed = rollbackPlan(landing, [image], [], [], {
    added: [ref('Deployment', 'apps', 'new', 'flux-system/apps')],
    removed: [ref('Deployment', 'apps', 'old', 'flux-system/apps')]
  })
  assert.ok(changed.restores.some(line => /pod templates/.test(line)))
  assert.ok(!changed.restores.some(line => /config-hash/.test(line)))
  assert.ok(changed.restores.some(line => /created again/.test(line)))
  assert.ok(changed.cannotRestore.some(line => /pruned/.test(line)))
  assert.ok(changed.cannotRestore.some(line => /prune: false/.test(line)))
})

test('a hostile name is quoted in every command, so a pasted command runs nothing else', () => {
  const hostile = "web; rm -rf ~ $(id) 'x'"
  const landing: Landing = { kind: 'single-commit', base: 'b', head: 'h', commit: 'h' }
  const plan = rollbackPlan(
    landing,
    [{ ...restart('Deployment', hostile, `flux-system/${hostile}`), namespace: '`id`' }],
    [],
    [root(`flux-system/${hostile}`, '1m')]
  )
  assert.deepEqual(
    plan.commands.slice(2).map(c => c.command),
    [
      `flux reconcile kustomization 'web; rm -rf ~ $(id) '\\''x'\\''' -n flux-system --with-source`,
      `kubectl -n '\`id\`' rollout status deployment/'web; rm -rf ~ $(id) '\\''x'\\'''`
    ]
  )
  // What the shell reads back is the name itself.
  for (const word of [hostile, 'a;b', 'a b', 'a|b', 'a&b', '*', '~x', 'a\nb', '>out', '#x', '']) {
    const echoed = execFileSync('sh', ['-c', `printf %s ${shellWord(word)}`], { encoding: 'utf8' })
    assert.equal(echoed, word)
  }
})
