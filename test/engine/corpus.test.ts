import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test } from 'node:test'
import { fix } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'
import { copyToTemp } from '../helpers/temp.js'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'

// The hash line, and the maps on its way that were missing: a pod template's `metadata:` and
// `annotations:`, or in chart values `pod:`, `podAnnotations:`, `prometheusOperator:`... (a key
// that only opens a map); an overlay's `patches:` entry for its config-hash patch; and Stakater
// Reloader's `reloadStrategy: annotations` (under a `reloader:` key that only opens a map).
const ALLOWED_LINE =
  /^\s*(- )?(gitops-reloader\/config-hash: |[\w.-]+:\s*$|path: config-hash\.patch\.yaml|reloadStrategy: annotations\s*$)/

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
      const second = fix(readWorkTree(copy.path))
      assert.deepEqual(
        second.changes.map(change => change.file),
        [],
        'a second fix changes nothing'
      )
      const after = second.report
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
  // app-template 4.3+ drops defaultPodOptions.annotations once pod.annotations exists, so fix
  // copies those lines: an added line may repeat one the file already had.
  const existing = new Set(beforeLines.map(line => line.trim()))
  for (const index of diff.added) {
    const line = afterLines[index] ?? ''
    if (existing.has(line.trim()) && !ALLOWED_LINE.test(line)) continue
    assert.match(line, ALLOWED_LINE, `${file}: added line ${index + 1}`)
  }
}
