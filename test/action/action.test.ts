import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { projectRoot } from '../helpers/corpus.js'
import { copyToTemp, tempDirectory } from '../helpers/temp.js'

// The Action checks a folder below the workspace, so a path relative to that folder is not
// relative to the workspace: each test runs with a `path` other than '.'.
const repositoryFolder = 'example-flux-repo'

/** Runs the entry as the runner does: no arguments, inputs as INPUT_* variables, files for outputs. */
function runAsAction(workspace: string, inputs: Record<string, string>) {
  using files = tempDirectory()
  const outputFile = join(files.path, 'output')
  const summaryFile = join(files.path, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src/index.ts')],
    {
      cwd: projectRoot,
      env,
      encoding: 'utf8'
    }
  )
  return {
    ...result,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<delimiter, value lines, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

/** The `file` property of every annotation command, unescaped as the runner reads it. */
function annotatedFiles(stdout: string): string[] {
  const pattern = /^::(?:error|warning|notice) [^\n]*?\bfile=([^,:\n]*)/gm
  return [...stdout.matchAll(pattern)].map(match => decodeURIComponent(match[1] ?? ''))
}

test('on the example repository the Action annotates findings at file:line, sets outputs and fails', () => {
  using workspace = copyToTemp(join(projectRoot, 'fixtures'))
  const result = runAsAction(workspace.path, { path: repositoryFolder })
  assert.equal(result.status, 1, result.stderr)
  assert.match(
    result.stdout,
    /::error title=config-hash-missing,file=example-flux-repo\/apps\/base\/web-deployment\.yaml,line=3::/
  )
  const files = annotatedFiles(result.stdout)
  assert.ok(files.length >= 3, `${files.length} annotations`)
  for (const file of files) {
    assert.ok(existsSync(join(workspace.path, file)), `${file} is not a file of the workspace`)
  }
  assert.equal(result.outputs['stale'], 'true')
  const restarts = JSON.parse(result.outputs['restarts'] ?? '[]') as {
    name: string
    hash: string
    file: string
  }[]
  assert.ok(
    restarts.some(restart => restart.name === 'web' && /^sha256:[0-9a-f]{16}$/.test(restart.hash))
  )
  for (const restart of restarts) assert.ok(existsSync(join(workspace.path, restart.file)))
  assert.match(result.summary, /<h2>gitops-reloader<\/h2>/)
  assert.match(result.summary, /Deployment shop-staging\/web/)
})

test('with fail-on never the Action reports and succeeds; a bad input fails naming the input and the accepted values', () => {
  using workspace = copyToTemp(join(projectRoot, 'fixtures'))
  const lenient = runAsAction(workspace.path, { path: repositoryFolder, 'fail-on': 'never' })
  assert.equal(lenient.status, 0, lenient.stderr)
  const bad = runAsAction(workspace.path, { path: repositoryFolder, 'fail-on': 'maybe' })
  assert.equal(bad.status, 1)
  assert.match(
    bad.stdout,
    /::error::gitops-reloader: input 'fail-on' must be one of error, warning, never, not 'maybe'/
  )
})

test('a path input that is not a folder of the workspace fails with the name of the input', () => {
  using workspace = copyToTemp(join(projectRoot, 'fixtures'))
  const result = runAsAction(workspace.path, { path: 'no-such-folder' })
  assert.equal(result.status, 1)
  assert.match(result.stdout, /^::error::gitops-reloader: input 'path': no-such-folder /m)
})

// Kubernetes forbids these names, but YAML can hold them and the Action must not be fooled.
const hostileRepository = {
  'repo/app.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: settings}',
    'data: {LEVEL: debug}',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: "web\\n::error::forged <script>alert(1)</script>\\e[31m"',
    '  namespace: "<script>ns</script>"',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: app:1',
    '          envFrom: [{configMapRef: {name: settings}}]',
    ''
  ].join('\n')
}

test('a hostile workload name forges no workflow command and no HTML in the summary', () => {
  using workspace = tempDirectory(hostileRepository)
  const result = runAsAction(workspace.path, { path: 'repo' })
  assert.equal(result.status, 1, result.stderr)
  assert.match(result.stdout, /^::error title=config-hash-missing,file=repo\/app\.yaml,line=6::/m)
  assert.doesNotMatch(result.stdout, /^::error::forged/m)
  assert.ok(!result.stdout.includes('\u001b'), 'an escape character reached the log')
  assert.match(result.summary, /&lt;script&gt;ns&lt;\/script&gt;\/web/)
  assert.match(result.summary, /forged &lt;script&gt;alert\(1\)&lt;\/script&gt;/)
  assert.doesNotMatch(result.summary, /<script>/)
  assert.doesNotMatch(result.summary, /^::error::forged/m)
})
