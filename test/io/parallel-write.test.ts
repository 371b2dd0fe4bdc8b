import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { FileChange } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/work-tree.js'
import { runOnWorkers } from '../../src/io/parallel.js'
import { tempDirectory } from '../helpers/temp.js'

const workTreeModule = new URL('../../src/io/work-tree.ts', import.meta.url).href

/** 300 files in 9 folders, each to be changed, and one new file. */
function sampleFiles(): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: 300 }, (_, index) => [`d${index % 9}/f${index}.yaml`, `n: ${index}\n`])
  )
}

function changesFor(files: Record<string, string>): FileChange[] {
  return [
    ...Object.entries(files).map(([file, text]) => ({
      file,
      before: text,
      after: `${text}annotated: true\n`
    })),
    { file: 'd0/new.yaml', before: undefined, after: 'fresh: true\n' }
  ]
}

function assertWritten(path: string, files: Record<string, string>, changed: Set<string>) {
  for (const [file, text] of Object.entries(files)) {
    const now = readFileSync(join(path, file), 'utf8')
    assert.equal(now, changed.has(file) ? `${text}elsewhere\n` : `${text}annotated: true\n`, file)
  }
  assert.equal(readFileSync(join(path, 'd0/new.yaml'), 'utf8'), 'fresh: true\n')
  for (let folder = 0; folder < 9; folder++)
    assert.deepEqual(
      readdirSync(join(path, `d${folder}`)).filter(name => name.endsWith('.tmp')),
      [],
      'no temporary file is left'
    )
}

test('many changes are written as one thread writes them: refusals in order, the rest whole', () => {
  const files = sampleFiles()
  using temp = tempDirectory(files)
  const tree = readWorkTree(temp.path)
  const changed = new Set(Object.keys(files).filter((_, index) => index % 7 === 0))
  for (const file of changed) writeFileSync(join(temp.path, file), `${files[file]}elsewhere\n`)
  const refused = writeChanges(tree, changesFor(files))
  assert.deepEqual(
    refused.map(problem => [problem.rule, problem.file, problem.message]),
    [...changed].map(file => [
      'write-refused',
      file,
      'not written: the file changed since it was read; run again'
    ])
  )
  assertWritten(temp.path, files, changed)
})

test('writes done by worker threads alone give the same outcomes and files', () => {
  const files = sampleFiles()
  using temp = tempDirectory(files)
  const tree = readWorkTree(temp.path)
  const changed = new Set(Object.keys(files).filter((_, index) => index % 7 === 3))
  for (const file of changed) writeFileSync(join(temp.path, file), `${files[file]}elsewhere\n`)
  const jobs = changesFor(files).map(({ file, after, before }) => ({
    root: tree.root,
    file,
    text: after,
    before
  }))
  const { results: outcomes, delivered } = runOnWorkers<unknown, { ok: boolean; message?: string }>(
    'work-tree-write',
    workTreeModule,
    jobs,
    2
  )
  assert.equal(delivered, jobs.length, 'every write was done by a worker')
  assert.equal(outcomes.length, jobs.length)
  jobs.forEach((job, index) =>
    assert.deepEqual(
      outcomes[index],
      changed.has(job.file)
        ? { ok: false, message: 'the file changed since it was read; run again' }
        : { ok: true },
      job.file
    )
  )
  assertWritten(temp.path, files, changed)
})
