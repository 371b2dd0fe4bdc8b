import { isMap, isScalar, isSeq, visit, type Document } from 'yaml'
import { columnOf, detectEol } from './source-text.js'

/** How the file writes things, so new lines look like their neighbours. */
export interface Layout {
  eol: string
  /** Spaces between a key and the keys of the map below it. */
  indentStep: number
  /** Spaces between a key and the dashes of the sequence below it (0 for indentless sequences). */
  sequenceIndent: number
}

function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] | null } | null)?.range?.[0]
}

function mostCommon(counts: ReadonlyMap<number, number>, fallback: number): number {
  let best = fallback
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}

export function increment(counts: Map<number, number>, value: number): void {
  counts.set(value, (counts.get(value) ?? 0) + 1)
}

export function detectLayout(text: string, documents: readonly Document.Parsed[]): Layout {
  const steps = new Map<number, number>()
  const sequenceIndents = new Map<number, number>()
  for (const document of documents) {
    visit(document, {
      Pair(_, pair) {
        const keyStart = startOf(pair.key)
        if (!isScalar(pair.key) || keyStart === undefined) return
        const keyColumn = columnOf(text, keyStart)
        const value = pair.value
        if (isMap(value) && !value.flow) {
          const childStart = startOf(value.items[0]?.key)
          if (childStart === undefined) return
          const step = columnOf(text, childStart) - keyColumn
          if (step > 0) increment(steps, step)
        } else if (isSeq(value) && !value.flow) {
          const dashStart = startOf(value)
          if (dashStart !== undefined) {
            increment(sequenceIndents, columnOf(text, dashStart) - keyColumn)
          }
        }
      }
    })
  }
  return layoutFromCounts(text, steps, sequenceIndents)
}

/**
 * The layout from how often each indent step (a key to the keys of the block map below it) and
 * each sequence indent (a key to the dashes of the block sequence below it) occurs, counted in
 * document order: the most common of each, the first seen on a tie.
 */
export function layoutFromCounts(
  text: string,
  steps: ReadonlyMap<number, number>,
  sequenceIndents: ReadonlyMap<number, number>
): Layout {
  const indentStep = mostCommon(steps, 2)
  const sequenceIndent = mostCommon(sequenceIndents, indentStep)
  return { eol: detectEol(text), indentStep, sequenceIndent: Math.max(0, sequenceIndent) }
}
