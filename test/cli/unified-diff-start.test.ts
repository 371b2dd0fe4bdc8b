import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'
import { lineDiffAfter, unifiedDiff } from '../../src/cli/unified-diff.js'

// Few distinct lines, so that repeated lines make the alignment ambiguous: skipping the lines
// both texts begin with must not move a change.
const line = fc.constantFrom('a\n', 'b\n', 'a\r\n', '\n', 'a', 'b', '')
const text = fc.array(line, { maxLength: 14 }).map(lines => lines.join(''))
const pair = fc.oneof(
  fc.tuple(text, text),
  fc.tuple(text, text, text, text).map(([start, x, y, end]) => [start + x + end, start + y + end])
)

test('lineDiffAfter is lineDiff', () => {
  fc.assert(
    fc.property(pair, ([before, after]) => {
      assert.deepEqual(lineDiffAfter(before!, after!), lineDiff(before!, after!))
    }),
    { numRuns: 20000 }
  )
})

test('the unified diff is the one computed from the first line', () => {
  fc.assert(
    fc.property(pair, ([before, after]) => {
      fc.pre(before !== after)
      assert.equal(unifiedDiff('f', before!, after!), fromFirstLine('f', before!, after!))
    }),
    { numRuns: 20000 }
  )
})

// The unified diff as it was computed before it skipped the common start: every line aligned.
const CONTEXT = 3
type Step =
  { op: ' '; old: number; new: number } | { op: '-'; old: number } | { op: '+'; new: number }

function fromFirstLine(file: string, before: string, after: string): string {
  const oldLines = splitLines(before)
  const newLines = splitLines(after)
  const { removed, added } = lineDiff(before, after)
  const removedSet = new Set(removed)
  const addedSet = new Set(added)
  const steps: Step[] = []
  let [oldIndex, newIndex] = [0, 0]
  while (oldIndex < oldLines.length || newIndex < newLines.length) {
    if (removedSet.has(oldIndex)) steps.push({ op: '-', old: oldIndex++ })
    else if (addedSet.has(newIndex)) steps.push({ op: '+', new: newIndex++ })
    else steps.push({ op: ' ', old: oldIndex++, new: newIndex++ })
  }
  const changed = steps.flatMap((step, index) => (step.op === ' ' ? [] : [index]))
  const hunks: Step[][] = []
  let current: Step[] = []
  let previousEnd = -Infinity
  for (const index of changed) {
    const from = Math.max(index - CONTEXT, previousEnd + 1, 0)
    if (current.length > 0 && index - previousEnd > 2 * CONTEXT + 1) {
      hunks.push([...current, ...steps.slice(previousEnd + 1, previousEnd + 1 + CONTEXT)])
      current = []
    }
    current.push(...steps.slice(current.length === 0 ? from : previousEnd + 1, index + 1))
    previousEnd = index
  }
  if (current.length > 0)
    hunks.push([...current, ...steps.slice(previousEnd + 1, previousEnd + 1 + CONTEXT)])
  const range = (numbers: number[]) => {
    const start = (numbers[0] ?? 0) + 1
    return numbers.length === 1
      ? `${start}`
      : `${numbers.length === 0 ? start - 1 : start},${numbers.length}`
  }
  const withNewline = (text: string) =>
    text.endsWith('\n') ? text.replace(/\r\n$/, '\n') : `${text}\n\\ No newline at end of file\n`
  const body = hunks
    .map(hunk => {
      const oldNumbers = hunk.flatMap(step => ('old' in step ? [step.old] : []))
      const newNumbers = hunk.flatMap(step => ('new' in step ? [step.new] : []))
      const lines = hunk.map(
        step =>
          `${step.op}${withNewline((step.op === '+' ? newLines[step.new] : oldLines[step.old]) ?? '')}`
      )
      return `@@ -${range(oldNumbers)} +${range(newNumbers)} @@\n${lines.join('')}`
    })
    .join('')
  return `--- a/${file}\n+++ b/${file}\n${body}`
}
