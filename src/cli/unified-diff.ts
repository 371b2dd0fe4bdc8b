import { lineDiff, splitLines } from './line-diff.js'
import type { LineDiff } from './line-diff.js'

const CONTEXT = 3

// Not jsdiff's createPatch: it prints `,1` counts git leaves out (so it matches git diff only after
// rewriting hunk headers), may align repeated lines differently from lineDiff, and is no faster.
/** A unified diff of one file, as `git diff` shows it, for `check --diff`. */
export function unifiedDiff(file: string, before: string, after: string): string {
  // Only the last CONTEXT lines of the lines both texts begin with can show: the rest is skipped.
  const common = commonStart(before, after)
  const from = lineStartBefore(before, common.offset, CONTEXT)
  const skipped = from.lines
  const oldLines = splitLines(before.slice(from.offset))
  const newLines = splitLines(after.slice(from.offset))
  const diff = lineDiffAfter(before, after, common)
  const { removed, added } = shifted(diff, -from.lines)
  const hunks = groupHunks(alignChanges(oldLines.length, newLines.length, removed, added))
  const body = hunks.map(hunk => renderHunk(hunk, oldLines, newLines, skipped)).join('')
  return `--- a/${file}\n+++ b/${file}\n${body}`
}

/** The lines both texts begin with: how many, and the offset where the first other line starts. */
export function commonStart(before: string, after: string): { lines: number; offset: number } {
  const limit = Math.min(before.length, after.length)
  let same = 0
  while (same < limit && before.charCodeAt(same) === after.charCodeAt(same)) same++
  const offset = same === 0 ? 0 : before.lastIndexOf('\n', same - 1) + 1
  return { lines: newlines(before, 0, offset), offset }
}

/**
 * lineDiff(before, after), computed after the lines both begin with: Myers' search follows the
 * lines both texts begin with before anything else, so the script is the same, with less work.
 */
export function lineDiffAfter(
  before: string,
  after: string,
  common: { lines: number; offset: number } = commonStart(before, after)
): LineDiff {
  return shifted(lineDiff(before.slice(common.offset), after.slice(common.offset)), common.lines)
}

function shifted({ removed, added }: LineDiff, by: number): LineDiff {
  return { removed: removed.map(index => index + by), added: added.map(index => index + by) }
}

function newlines(text: string, from: number, to: number): number {
  let count = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    count++
  return count
}

/** The start of the line `count` lines before the one starting at `offset` (or of the text). */
function lineStartBefore(
  text: string,
  offset: number,
  count: number
): { lines: number; offset: number } {
  let start = offset
  let lines = 0
  while (lines < count && start > 0) {
    start = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0
    lines++
  }
  return { lines: newlines(text, 0, start), offset: start }
}

/** One step of the edit script: keep a line of both, drop an old line, or add a new one. */
type Step =
  { op: ' '; old: number; new: number } | { op: '-'; old: number } | { op: '+'; new: number }

/** The edit script in git's order: where lines are replaced, the removed ones come first. */
function alignChanges(
  oldCount: number,
  newCount: number,
  removed: readonly number[],
  added: readonly number[]
): Step[] {
  const removedSet = new Set(removed)
  const addedSet = new Set(added)
  const steps: Step[] = []
  let oldIndex = 0
  let newIndex = 0
  while (oldIndex < oldCount || newIndex < newCount) {
    if (removedSet.has(oldIndex)) steps.push({ op: '-', old: oldIndex++ })
    else if (addedSet.has(newIndex)) steps.push({ op: '+', new: newIndex++ })
    else steps.push({ op: ' ', old: oldIndex++, new: newIndex++ })
  }
  return steps
}

/** Changes with up to CONTEXT unchanged lines around them; hunks closer than that join. */
function groupHunks(steps: readonly Step[]): Step[][] {
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
  return hunks
}

/** A hunk of lines numbered from `skipped` lines into both texts. */
function renderHunk(
  hunk: readonly Step[],
  oldLines: readonly string[],
  newLines: readonly string[],
  skipped: number
): string {
  const oldNumbers = hunk.flatMap(step => ('old' in step ? [step.old + skipped] : []))
  const newNumbers = hunk.flatMap(step => ('new' in step ? [step.new + skipped] : []))
  const header = `@@ -${range(oldNumbers, skipped)} +${range(newNumbers, skipped)} @@\n`
  const lines = hunk.map(step => {
    const text = step.op === '+' ? newLines[step.new] : oldLines[step.old]
    return `${step.op}${withNewline(text ?? '')}`
  })
  return header + lines.join('')
}

function range(numbers: readonly number[], skipped: number): string {
  const start = (numbers[0] ?? skipped) + 1
  return numbers.length === 1
    ? `${start}`
    : `${numbers.length === 0 ? start - 1 : start},${numbers.length}`
}

function withNewline(line: string): string {
  return line.endsWith('\n')
    ? line.replace(/\r\n$/, '\n')
    : `${line}\n\\ No newline at end of file\n`
}
