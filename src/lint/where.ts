import { problem } from '../engine/findings.js'
import type { Problem, RuleId } from '../engine/findings.js'
import type { PathSegment } from '../yaml-edit/index.js'
import type { LintInput } from './types.js'

/** A source document of the repository. */
export interface SourceRef {
  file: string
  document: number
}

/** One string per source document, to key maps by. */
export const sourceKey = (source: SourceRef) => `${source.document}#${source.file}`

/**
 * A finding at the deepest node of `path` that the source document has (the key itself when it
 * exists), or at the document's first line.
 */
export function findingAt(
  input: LintInput,
  rule: RuleId,
  source: SourceRef,
  path: readonly PathSegment[],
  message: string
): Problem {
  const position = input.locate(source.file, source.document, path)
  const line = position?.line ?? input.lineOf(source.file, source.document)
  return {
    ...problem(rule, source.file, line, message),
    ...(position ? { column: position.column } : {})
  }
}

/** `namespace/name`, or `name` alone when the object has no namespace. */
export function qualified(namespace: string, name: string): string {
  return namespace ? `${namespace}/${name}` : name
}

/**
 * One finding per rule, place and message: a source document built into several roots counts
 * once. With `byPlace`, the message is left out of the key (it names the object as each root
 * names it) and the first root's finding is kept.
 */
export function distinct(problems: readonly Problem[], byPlace = false): Problem[] {
  const seen = new Map<string, Problem>()
  for (const found of problems) {
    const key = `${found.rule}|${found.file}|${found.line}|${found.column}|${byPlace ? '' : found.message}`
    if (!seen.has(key)) seen.set(key, found)
  }
  return [...seen.values()]
}
