import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { FileChange } from '../../src/engine/index.js'
import { changeWriter, readWorkTree, writeChanges } from '../../src/io/work-tree.js'
import { startStream } from '../../src/io/parallel.js'
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

test('writes done by the worker thread alone give the same outcomes and files', () => {
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
  const stream = startStream<unknown, { ok: boolean; message?: string }>(
    'work-tree-write',
    workTreeModule,
    jobs.length
  )
  for (const job of jobs) stream.add(job)
  const { results: outcomes, delivered } = stream.finish(false)
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

test('fix hands each change to a worker as it is made: the worker writes some, this thread the rest', () => {
  const files = sampleFiles()
  using temp = tempDirectory(files)
  const tree = readWorkTree(temp.path)
  const changed = new Set(Object.keys(files).filter((_, index) => index % 7 === 5))
  for (const file of changed) writeFileSync(join(temp.path, file), `${files[file]}elsewhere\n`)
  const changes = changesFor(files)
  // Capacity for all but the last ten: those are written by this thread at the end.
  const stream = startStream<unknown, { ok: boolean; message?: string }>(
    'work-tree-write',
    workTreeModule,
    changes.length - 10
  )
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (const { file, after, before } of changes) {
    stream.add({ root: tree.root, file, text: after, before })
    // Time for the worker, as fix takes time to edit the next file.
    Atomics.wait(pause, 0, 0, 2)
  }
  const { results: outcomes, delivered } = stream.finish()
  assert.ok(delivered > 0, 'the worker wrote some of the files')
  assert.ok(delivered <= changes.length - 10, 'not those past its capacity')
  changes.forEach((change, index) =>
    assert.deepEqual(
      outcomes[index],
      changed.has(change.file)
        ? { ok: false, message: 'the file changed since it was read; run again' }
        : { ok: true },
      change.file
    )
  )
  assertWritten(temp.path, files, changed)
})

test('changeWriter writes what fix hands it: refusals in the order of the changes', () => {
  const files = sampleFiles()
  using temp = tempDirectory(files)
  const tree = readWorkTree(temp.path)
  const changed = new Set(Object.keys(files).filter((_, index) => index % 11 === 0))
  for (const file of changed) writeFileSync(join(temp.path, file), `${files[file]}elsewhere\n`)
  const changes = changesFor(files)
  const writer = changeWriter(tree)
  writer.expect(changes.length)
  for (const change of changes) writer.add(change)
  assert.deepEqual(
    writer.finish().map(problem => [problem.file, problem.message]),
    [...changed].map(file => [file, 'not written: the file changed since it was read; run again'])
  )
  assertWritten(temp.path, files, changed)
})
