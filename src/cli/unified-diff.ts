import { lineDiff, splitLines } from './line-diff.js'

const CONTEXT = 3

/** A unified diff of one file, as `git diff` shows it, for `check --diff`. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const oldLines = splitLines(before)
  const newLines = splitLines(after)
  const { removed, added } = lineDiff(before, after)
  const hunks = groupHunks(alignChanges(oldLines.length, removed, added))
  const body = hunks.map(hunk => renderHunk(hunk, oldLines, newLines)).join('')
  return `--- a/${file}\n+++ b/${file}\n${body}`
}

/** One step of the edit script: keep a line of both, drop an old line, or add a new one. */
type Step =
  { op: ' '; old: number; new: number } | { op: '-'; old: number } | { op: '+'; new: number }

function alignChanges(
  oldCount: number,
  removed: readonly number[],
  added: readonly number[]
): Step[] {
  const removedSet = new Set(removed)
  const addedSet = new Set(added)
  const steps: Step[] = []
  let newIndex = 0
  for (let oldIndex = 0; oldIndex <= oldCount; oldIndex++) {
    while (addedSet.has(newIndex)) steps.push({ op: '+', new: newIndex++ })
    if (oldIndex === oldCount) break
    if (removedSet.has(oldIndex)) steps.push({ op: '-', old: oldIndex })
    else steps.push({ op: ' ', old: oldIndex, new: newIndex++ })
  }
  return steps
}

function groupHunks(steps: readonly Step[]): Step[][] {
  const hunks: Step[][] = []
  let current: Step[] = []
  let lastChange = -Infinity
  steps.forEach((step, index) => {
    if (step.op === ' ') {
      const nextChange = steps.findIndex((s, i) => i > index && s.op !== ' ')
      const nearPrevious = index - lastChange <= CONTEXT
      const nearNext = nextChange !== -1 && nextChange - index <= CONTEXT
      if (nearPrevious || nearNext) current.push(step)
      else if (current.length > 0) {
        hunks.push(current)
        current = []
      }
      return
    }
    current.push(step)
    lastChange = index
  })
  if (current.some(step => step.op !== ' ')) hunks.push(current)
  return hunks.filter(hunk => hunk.some(step => step.op !== ' '))
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
