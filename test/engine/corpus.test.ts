import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test } from 'node:test'
import { check, fix } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'
import { copyToTemp } from '../helpers/temp.js'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'

const ALLOWED_LINE = /^\s*(- )?(gitops-reloader\/config-hash: |metadata:|annotations:)/

test('fix on every corpus repository: minimal diffs, then a clean check', async t => {
  if (!corpusAvailable()) {
    t.skip(CORPUS_MISSING)
    return
  }
  for (const repository of corpusRepositories()) {
    await t.test(basename(repository), () => {
      using copy = copyToTemp(repository)
      const original = readWorkTree(copy.path)
      const originalTexts = new Map(original.files.map(file => [file, original.readFile(file)]))
      const result = fix(original)
      assert.deepEqual(writeChanges(original, result.changes), [])

      const changed = new Set(result.changes.map(change => change.file))
      for (const [file, before] of originalTexts) {
        const after = readFileSync(join(copy.path, file), 'utf8')
        if (!changed.has(file)) assert.equal(after, before, `${file} changed without a fix`)
        else assertOnlyAnnotationLines(file, before ?? '', after)
      }
      const after = check(readWorkTree(copy.path))
      const pending = after.problems.filter(
        p => p.rule === 'config-hash-missing' || p.rule === 'config-hash-stale'
      )
      assert.deepEqual(pending, [], 'check after fix still finds missing or stale hashes')
      console.log(
        `${basename(repository)}: ${result.report.files} YAML files, ${result.report.workloads.length} workloads, ${result.changes.length} files fixed, ${result.problems.length} writes refused`
      )
    })
  }
})

function assertOnlyAnnotationLines(file: string, before: string, after: string): void {
  const diff = lineDiff(before, after)
  const beforeLines = splitLines(before)
  const afterLines = splitLines(after)
  for (const index of diff.removed)
    assert.match(
      beforeLines[index] ?? '',
      /annotations:|gitops-reloader\/config-hash/,
      `${file}: removed line ${index + 1}`
    )
  for (const index of diff.added)
    assert.match(afterLines[index] ?? '', ALLOWED_LINE, `${file}: added line ${index + 1}`)
}
