import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { chmodSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { runCli } from '../../src/cli/index.js'
import { runCliCapturing } from '../helpers/cli.js'
import { fix } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { source } from '../helpers/source.js'
import { tempDirectory, writeFiles } from '../helpers/temp.js'

const run = runCliCapturing

const configMap = (name: string, value: string) => source`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: ${name}
  data:
    LEVEL: ${value}
`

const deployment = (name: string, config: string) => source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
  spec:
    template:
      spec:
        containers:
          - name: app
            envFrom:
              - configMapRef:
                  name: ${config}
`

test('fix never follows a directory link out of the repository, and says it skipped it', async () => {
  using outside = tempDirectory({ 'apps/deploy.yaml': deployment('outer', 'outer-config') })
  using repository = tempDirectory({
    'config.yaml': configMap('outer-config', 'info'),
    'app/deploy.yaml': deployment('inner', 'outer-config')
  })
  symlinkSync(join(outside.path, 'apps'), join(repository.path, 'linked'))
  const before = readFileSync(join(outside.path, 'apps/deploy.yaml'), 'utf8')

  const result = await run('fix', repository.path, '--format', 'json')

  assert.equal(readFileSync(join(outside.path, 'apps/deploy.yaml'), 'utf8'), before)
  assert.match(readFileSync(join(repository.path, 'app/deploy.yaml'), 'utf8'), /config-hash/)
  const report = JSON.parse(result.stdout) as { problems: { rule: string; file: string }[] }
  assert.deepEqual(
    report.problems.filter(p => p.rule === 'outside-repository').map(p => p.file),
    ['linked']
  )
})

test('a file link to a file outside is never read: its Secret value cannot reach any output', async () => {
  using outside = tempDirectory({
    'secret.yaml': source`
      apiVersion: v1
      kind: Secret
      metadata:
        name: stolen
      stringData:
        password: hunter2-outside
    `
  })
  using repository = tempDirectory({ 'app/deploy.yaml': deployment('app', 'stolen') })
  symlinkSync(join(outside.path, 'secret.yaml'), join(repository.path, 'secret.yaml'))

  for (const format of ['text', 'json']) {
    const result = await run('check', repository.path, '--diff', '--format', format)
    assert.doesNotMatch(result.stdout + result.stderr, /hunter2|stolen.*Secret.*git-hash/)
    assert.match(result.stdout, /secret\.yaml/)
    assert.match(result.stdout, /outside-repository/)
  }
})

test('fix edits a linked manifest through its target: the link stays a link', async () => {
  using repository = tempDirectory({
    'config.yaml': configMap('app', 'info'),
    'real/deploy.yaml': deployment('app', 'app')
  })
  symlinkSync('real/deploy.yaml', join(repository.path, 'linked.yaml'), 'file')
  writeFiles(repository.path, {
    'kustomization.yaml': 'resources:\n- config.yaml\n- linked.yaml\n'
  })

  const result = await run('fix', repository.path)

  assert.equal(result.code, 0, result.stdout)
  assert.ok(lstatSync(join(repository.path, 'linked.yaml')).isSymbolicLink())
  assert.match(readFileSync(join(repository.path, 'real/deploy.yaml'), 'utf8'), /config-hash/)
})

test('build reads nothing outside the enclosing repository, as kubectl refuses it', async () => {
  using outside = tempDirectory({ 'cm.yaml': configMap('outer', 'value-from-outside') })
  using repository = tempDirectory({
    'app/kustomization.yaml': `resources:\n- ${join(outside.path, 'cm.yaml')}\n- ../../${outside.path.split('/').pop()}/cm.yaml\n`
  })
  spawnSync('git', ['init', '--quiet'], { cwd: repository.path })

  const result = await run('build', join(repository.path, 'app'))

  assert.equal(result.code, 1)
  assert.doesNotMatch(result.stdout, /value-from-outside/)
  assert.match(result.stderr, /cm\.yaml: outside the repository/)
})

test('a file changed between the read and the write is not overwritten, and fix says so', () => {
  using repository = tempDirectory({
    'config.yaml': configMap('app', 'info'),
    'deploy.yaml': deployment('app', 'app')
  })
  const tree = readWorkTree(repository.path)
  const { changes } = fix(tree)
  assert.deepEqual(
    changes.map(change => change.file),
    ['deploy.yaml']
  )
  const edited = `${deployment('app', 'app')}# edited meanwhile\n`
  writeFileSync(join(repository.path, 'deploy.yaml'), edited)

  const refused = writeChanges(tree, changes)

  assert.deepEqual(
    refused.map(p => [p.rule, p.file, p.message]),
    [['write-refused', 'deploy.yaml', 'not written: the file changed since it was read; run again']]
  )
  assert.equal(readFileSync(join(repository.path, 'deploy.yaml'), 'utf8'), edited)
})

test('invalid UTF-8 is refused with its line and never rewritten; the rest of the repository is fixed', async () => {
  const broken = Buffer.concat([
    Buffer.from('# caf'),
    Buffer.from([0xe9]),
    Buffer.from(` in latin-1\n${deployment('broken', 'app')}`)
  ])
  using repository = tempDirectory({
    'config.yaml': configMap('app', 'info'),
    'good.yaml': deployment('good', 'app')
  })
  writeFileSync(join(repository.path, 'broken.yaml'), broken)

  const result = await run('fix', repository.path, '--format', 'json')

  assert.ok(readFileSync(join(repository.path, 'broken.yaml')).equals(broken))
  assert.match(readFileSync(join(repository.path, 'good.yaml'), 'utf8'), /config-hash/)
  const report = JSON.parse(result.stdout) as {
    problems: { rule: string; file: string; line: number; message: string }[]
  }
  const refused = report.problems.find(p => p.file === 'broken.yaml')
  assert.deepEqual(
    [refused?.rule, refused?.line, refused?.message],
    ['file-unreadable', 1, 'is not valid UTF-8; it is skipped and never rewritten']
  )
})

test('kustomizations that include each other are an error naming the cycle, not a clean run', async () => {
  using repository = tempDirectory({
    'a/kustomization.yaml': 'resources:\n- ../b\n- deploy.yaml\n',
    'a/deploy.yaml': deployment('app', 'app'),
    'b/kustomization.yaml': 'resources:\n- ../a\n- config.yaml\n',
    'b/config.yaml': configMap('app', 'info')
  })

  const result = await run('check', repository.path)

  assert.equal(result.code, 1)
  assert.match(
    result.stdout,
    /a\/kustomization\.yaml:1 +error +kustomization-cycle +kustomizations include each other in a cycle: a -> b -> a/
  )
})

test('a folder fix cannot write is a finding; the rest is still written (as a non-root user)', t => {
  // Root writes anywhere, so as root the CLI runs as `nobody`; any other user is refused already.
  const asRoot = process.getuid?.() === 0
  if (process.platform === 'win32') return t.skip('POSIX permissions only')
  const nobody = 65534
  using repository = tempDirectory({
    'config.yaml': configMap('app', 'info'),
    'locked/deploy.yaml': deployment('locked', 'app'),
    'open/deploy.yaml': deployment('open', 'app')
  })
  if (asRoot) spawnSync('chown', ['-R', `${nobody}:${nobody}`, repository.path])
  chmodSync(repository.path, 0o755)
  chmodSync(join(repository.path, 'locked'), 0o555)
  const cli = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src/index.ts'), 'fix', repository.path],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, HOME: repository.path },
      ...(asRoot ? { uid: nobody, gid: nobody } : {})
    }
  )
  assert.equal(cli.status, 1, cli.stderr)
  assert.doesNotMatch(cli.stderr, /at .*\(.*\.ts:\d+/)
  assert.match(
    cli.stdout,
    /locked\/deploy\.yaml:1 +error +write-refused +not written: cannot write the file: permission denied/
  )
  assert.match(readFileSync(join(repository.path, 'open/deploy.yaml'), 'utf8'), /config-hash/)
  assert.doesNotMatch(
    readFileSync(join(repository.path, 'locked/deploy.yaml'), 'utf8'),
    /config-hash/
  )
})

test('user errors exit 2 in one line; a bug exits 3 and says it is one', async () => {
  using repository = tempDirectory({ 'file.yaml': 'a: 1\n' })
  const notADirectory = await run('check', join(repository.path, 'file.yaml'))
  assert.deepEqual(
    [notADirectory.code, notADirectory.stderr.split('\n')[0]],
    [2, `gitops-reloader: path '${join(repository.path, 'file.yaml')}' is not a directory`]
  )
  let stderr = ''
  const code = await runCli(['check', repository.path], {
    stdout: () => {
      throw new Error('broken output')
    },
    stderr: text => (stderr += text)
  })
  assert.equal(code, 3)
  assert.match(stderr, /internal error, a bug in gitops-reloader/)
  assert.match(stderr, /broken output/)
})
