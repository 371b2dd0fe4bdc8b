import { lineDiff, splitLines } from './line-diff.js'

const CONTEXT = 3

// Not jsdiff's createPatch: it prints `,1` counts git leaves out (so it matches git diff only after
// rewriting hunk headers), may align repeated lines differently from lineDiff, and is no faster.
/** A unified diff of one file, as `git diff` shows it, for `check --diff`. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const oldLines = splitLines(before)
  const newLines = splitLines(after)
  const { removed, added } = lineDiff(before, after)
  const hunks = groupHunks(alignChanges(oldLines.length, newLines.length, removed, added))
  const body = hunks.map(hunk => renderHunk(hunk, oldLines, newLines)).join('')
  return `--- a/${file}\n+++ b/${file}\n${body}`
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

function renderHunk(
  hunk: readonly Step[],
  oldLines: readonly string[],
  newLines: readonly string[]
): string {
  const oldNumbers = hunk.flatMap(step => ('old' in step ? [step.old] : []))
  const newNumbers = hunk.flatMap(step => ('new' in step ? [step.new] : []))
  const header = `@@ -${range(oldNumbers)} +${range(newNumbers)} @@\n`
  const lines = hunk.map(step => {
    const text = step.op === '+' ? newLines[step.new] : oldLines[step.old]
    return `${step.op}${withNewline(text ?? '')}`
  })
  return header + lines.join('')
}

function range(numbers: readonly number[]): string {
  const start = (numbers[0] ?? 0) + 1
  return numbers.length === 1
    ? `${start}`
    : `${numbers.length === 0 ? start - 1 : start},${numbers.length}`
}

function withNewline(line: string): string {
  return line.endsWith('\n')
    ? line.replace(/\r\n$/, '\n')
    : `${line}\n\\ No newline at end of file\n`
}
