import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { projectRoot } from './helpers/corpus.js'

const bundle = join(projectRoot, 'dist/index.js')

function runBundle(...argv: string[]) {
  return spawnSync(process.execPath, [bundle, ...argv], { cwd: projectRoot, encoding: 'utf8' })
}

test('the committed bundle is the CLI: version, and npm start on the example repository', () => {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  assert.equal(runBundle('--version').stdout, `${version}\n`)
  const start = runBundle('check', 'fixtures/example-flux-repo', '--diff', '--exit-zero')
  assert.equal(start.status, 0, start.stderr)
  assert.match(start.stdout, /config-hash-missing/)
  assert.match(start.stdout, /What fix would write:/)
})
