import type { FileSystem, Problem } from './types.js'
import { parseYamlDocuments } from './yaml-documents.js'
import { lineLocator } from '../shared/lines.js'

export interface BuildContext {
  fs: FileSystem
  documentCache: Map<string, unknown[]>
  problems: Problem[]
  /** Kustomization directories being built, outermost first: a repeat is a cycle. */
  activeDirectories: string[]
}

export function report(
  context: BuildContext,
  path: string,
  message: string,
  details: {
    field?: string
    line?: number
    severity?: Problem['severity']
    code?: Problem['code']
  } = {}
): void {
  const problem: Problem = { severity: details.severity ?? 'error', message, path }
  if (details.line !== undefined) problem.line = details.line
  if (details.field !== undefined) problem.field = details.field
  if (details.code !== undefined) problem.code = details.code
  context.problems.push(problem)
}

/** Parsed documents of a file (cached), or undefined after reporting why it cannot be read. */
export function loadDocuments(
  context: BuildContext,
  path: string,
  field?: string,
  missingMessage = `cannot read ${path}`
): unknown[] | undefined {
  const cached = context.documentCache.get(path)
  if (cached) return cached
  const text = context.fs.readFile(path)
  if (text === undefined) {
    report(context, path, missingMessage, { field })
    return undefined
  }
  const parsed = parseYamlDocuments(text, path)
  if (!parsed.ok) {
    report(context, path, `invalid YAML: ${parsed.error.message}`, {
      field,
      line: parsed.error.line
    })
    return undefined
  }
  context.documentCache.set(path, parsed.documents)
  return parsed.documents
}

/** 1-based line of the first line of `text` mentioning `needle`, to point problems at a field. */
export function lineMentioning(text: string | undefined, needle: string): number | undefined {
  if (text === undefined) return undefined
  const index = text.indexOf(needle)
  return index < 0 ? undefined : lineLocator(text)(index)
}
