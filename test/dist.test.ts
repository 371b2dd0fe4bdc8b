import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { projectRoot } from './helpers/corpus.js'

const bundle = join(projectRoot, 'dist/index.js')

function runBundle(...argv: string[]) {
  return spawnSync(process.execPath, [bundle, ...argv], { cwd: projectRoot, encoding: 'utf8' })
}

function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  return version
}

test('the committed bundle is the CLI: version, and npm start on the example repository', () => {
  assert.equal(runBundle('--version').stdout, `${packageVersion()}\n`)
  const start = runBundle('check', 'fixtures/example-flux-repo', '--diff', '--exit-zero')
  assert.equal(start.status, 0, start.stderr)
  assert.match(start.stdout, /config-hash-missing/)
  assert.match(start.stdout, /What fix would write:/)
})

test('dist/index.js is a small entry: --version is answered before any chunk loads', () => {
  // The CLI and the Action are chunks the entry loads with import() when it needs them; a
  // static import would make V8 load and compile them before the `--version` fast path runs.
  const size = statSync(bundle).size
  assert.ok(size < 20_000, `dist/index.js is ${size} bytes, not a small entry (< 20 KB)`)
  const text = readFileSync(bundle, 'utf8')
  assert.ok(text.startsWith('#!/usr/bin/env node\n'), 'the bin has no shebang')
  const staticImports = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"();]*?(?:\bfrom\s*)?['"]([^'"]+)['"]/gm)
  ].map(match => match[1])
  assert.deepEqual(
    staticImports.filter(specifier => !specifier?.startsWith('node:')),
    [],
    'dist/index.js imports these statically'
  )
  const dynamicImports = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    match => match[1] ?? ''
  )
  assert.ok(dynamicImports.length >= 2, 'the CLI and the Action are not dynamic imports')
  for (const chunk of dynamicImports) {
    assert.ok(existsSync(join(dirname(bundle), chunk)), `dist/index.js loads ${chunk}: missing`)
  }
  const version = runBundle('--version')
  assert.equal(version.status, 0, version.stderr)
  assert.equal(version.stdout, `${packageVersion()}\n`)
})

test('the parse worker the bundle starts is a file of dist/, where the chunk that starts it looks', () => {
  const chunks = join(projectRoot, 'dist/chunks')
  const starters = readdirSync(chunks).filter(name =>
    readFileSync(join(chunks, name), 'utf8').includes(
      'new URL("../parse-worker.js", import.meta.url)'
    )
  )
  assert.equal(starters.length, 1, 'one chunk starts the parse worker')
  const worker = join(chunks, '../parse-worker.js')
  assert.ok(existsSync(worker), 'dist/parse-worker.js is built')
  // It runs: given one file, it parses the one chunk and exits.
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { Worker, MessageChannel } from 'node:worker_threads'
       const { port1, port2 } = new MessageChannel()
       const counters = new Int32Array(new SharedArrayBuffer(8))
       const worker = new Worker(${JSON.stringify(worker)}, { workerData: { port: port2 }, transferList: [port2], execArgv: [] })
       port1.postMessage({ jobs: [{ file: 'a.yaml', text: 'a: ~' }], counters })
       worker.on('exit', code => { console.log(code, Atomics.load(counters, 1)); port1.close() })`
    ],
    { encoding: 'utf8' }
  )
  assert.equal(run.stdout.trim(), '0 1', run.stderr)
})

test('a reader that stops early (`| head`) ends the CLI quietly, with its exit code', async () => {
  const child = spawn(process.execPath, [bundle, 'check', 'fixtures/example-flux-repo', '--diff'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // The pipe's reading end closes before the report is written: every write fails with EPIPE.
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const status = await new Promise<number | null>(resolve => child.on('close', resolve))
  assert.equal(stderr, '')
  assert.equal(status, 1, 'the findings still set the exit code')
})
