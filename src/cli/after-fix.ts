import type { FileChange, FixResult, Report } from '../engine/run.js'
import { lineDiffAfter } from './unified-diff.js'

/**
 * The report a check of the work tree gives once fix's changes are written, derived without a
 * second check: the findings fix does not repair, the workloads it writes a hash for current,
 * the files it creates counted, and every `file`/`line` (and `file:line` string) in a changed
 * file moved to where that line is after the change. Undefined when it cannot be derived
 * exactly: a line that the change rewrote, or a changed file named in any other text.
 */
export function reportAfterFix(
  result: FixResult,
  written: readonly FileChange[]
): Report | undefined {
  const moves = new Map<string, (line: number) => number | undefined>()
  for (const change of written)
    if (change.before !== undefined) moves.set(change.file, lineMove(change.before, change.after))
  const repaired = new Set(result.repaired)
  const derived: Report = {
    ...result.report,
    workloads: result.report.workloads.map(workload =>
      repaired.has(workload)
        ? { ...workload, status: 'current', currentHash: workload.desiredHash }
        : workload
    ),
    problems: result.remaining,
    files: result.report.files + written.filter(change => change.before === undefined).length
  }
  let exact = true
  const namedIn = changedFileNamedIn(moves)
  const visit = (value: unknown): unknown => {
    if (!exact) return value
    if (typeof value === 'string') {
      // Both a `file:line` and a changed file named in a text hold a ':'.
      if (!value.includes(':')) return value
      const at = /^(.*):(\d+)$/.exec(value)
      const move = at && moves.get(at[1]!)
      if (at && move) {
        const line = move(Number(at[2]))
        if (line === undefined) exact = false
        return `${at[1]}:${line}`
      }
      // A line of a changed file inside a message cannot be told from other text: not derived.
      if (namedIn(value)) exact = false
      return value
    }
    // Copied only where something moves: the rest of the report is shared, as it is.
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined
      value.forEach((item, index) => {
        const moved = visit(item)
        if (moved !== item) (copy ??= [...value])[index] = moved
      })
      return copy ?? value
    }
    if (value === null || typeof value !== 'object') return value
    const object = value as Record<string, unknown>
    let copy: Record<string, unknown> | undefined
    for (const key of Object.keys(object)) {
      const moved = visit(object[key])
      if (moved !== object[key]) (copy ??= { ...object })[key] = moved
    }
    const move = typeof object['file'] === 'string' ? moves.get(object['file']) : undefined
    if (move && typeof object['line'] === 'number') {
      const line = move(object['line'])
      if (line === undefined) exact = false
      if (line !== object['line']) (copy ??= { ...object })['line'] = line
    }
    return copy ?? object
  }
  const mapped = visit(derived) as Report
  return exact ? mapped : undefined
}

/**
 * Whether a text holds `<name>:` for a changed file's name: at each ':' of the text, the names
 * of each length that ends there are looked up (linear in the text, not in the files changed).
 */
function changedFileNamedIn(names: ReadonlyMap<string, unknown>): (text: string) => boolean {
  const lengths = [...new Set([...names.keys()].map(name => name.length))].sort((a, b) => a - b)
  return text => {
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
      for (const length of lengths) {
        if (length > colon) break
        if (names.has(text.slice(colon - length, colon))) return true
      }
    }
    return false
  }
}

/**
 * Where each 1-based line of `before` is in `after`; undefined for a line the change removed.
 * Worked out at the first question (most written files hold no finding), and without a diff for
 * a line above the first change.
 */
function lineMove(before: string, after: string): (line: number) => number | undefined {
  let unchanged: number | undefined
  let move: ((line: number) => number | undefined) | undefined
  return line => {
    unchanged ??= linesBeforeFirstChange(before, after)
    if (line >= 1 && line <= unchanged) return line
    return (move ??= diffedLineMove(before, after))(line)
  }
}

/** How many whole lines both texts begin with. */
function linesBeforeFirstChange(before: string, after: string): number {
  let at = 0
  while (at < before.length && before.charCodeAt(at) === after.charCodeAt(at)) at++
  let lines = 0
  for (let end = before.indexOf('\n'); end !== -1 && end < at; end = before.indexOf('\n', end + 1))
    lines++
  return lines
}

function diffedLineMove(before: string, after: string): (line: number) => number | undefined {
  const { removed, added } = lineDiffAfter(before, after)
  const gone = new Set(removed)
  const fresh = new Set(added)
  const lines = lineCount(before)
  const moved: (number | undefined)[] = []
  let next = 0
  for (let old = 0; old < lines; old++) {
    if (gone.has(old)) {
      moved.push(undefined)
      continue
    }
    while (fresh.has(next)) next++
    moved.push(next + 1)
    next++
  }
  return line => (line >= 1 && line <= lines ? moved[line - 1] : undefined)
}

/** splitLines(text).length: lines with their line breaks, and a last line without one. */
function lineCount(text: string): number {
  let count = text.length > 0 && !text.endsWith('\n') ? 1 : 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}
