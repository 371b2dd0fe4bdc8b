import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { projectRoot } from '../helpers/corpus.js'
import { copyToTemp, tempDirectory } from '../helpers/temp.js'

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

test('on the example repository the Action annotates findings at file:line, sets outputs and fails', () => {
  using workspace = copyToTemp(join(projectRoot, 'fixtures'))
  const result = runAsAction(workspace.path, { path: 'example-flux-repo' })
  assert.equal(result.status, 1, result.stderr)
  assert.match(
    result.stdout,
    /::error title=config-hash-missing,file=apps\/base\/web-deployment\.yaml,line=3::/
  )
  assert.equal(result.outputs['stale'], 'true')
  const restarts = JSON.parse(result.outputs['restarts'] ?? '[]') as {
    name: string
    hash: string
  }[]
  assert.ok(
    restarts.some(restart => restart.name === 'web' && /^sha256:[0-9a-f]{16}$/.test(restart.hash))
  )
  assert.match(result.summary, /<h2>gitops-reloader<\/h2>/)
  assert.match(result.summary, /Deployment shop-staging\/web/)
})

test('with fail-on-findings false the Action reports and succeeds; a bad input fails with its name', () => {
  using workspace = copyToTemp(join(projectRoot, 'fixtures'))
  const lenient = runAsAction(workspace.path, {
    path: 'example-flux-repo',
    'fail-on-findings': 'false'
  })
  assert.equal(lenient.status, 0, lenient.stderr)
  const bad = runAsAction(workspace.path, {
    path: 'example-flux-repo',
    'fail-on-findings': 'maybe'
  })
  assert.equal(bad.status, 1)
  assert.match(
    bad.stdout,
    /::error::gitops-reloader: Input does not meet YAML 1.2 "Core Schema" specification: fail-on-findings/
  )
})
