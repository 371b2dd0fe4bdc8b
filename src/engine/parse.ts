import { loadAll, YAMLException } from 'js-yaml'
import { parseAllDocuments } from 'yaml'
import { kustomizeYamlSchema } from '../kustomize-lite/index.js'
import type { Problem } from './findings.js'

/** One YAML document of a file: its value, its 0-based index and the 1-based line it starts on. */
export interface ParsedDocument {
  index: number
  line: number
  value: unknown
}

export interface ParsedFile {
  documents: ParsedDocument[]
  problems: Problem[]
}

// Aliases share one object, so a few nested ones (an alias bomb) stand for billions of nodes
// to whoever walks the document; no manifest comes near this many.
const MAX_EXPANDED_NODES = 1_000_000

/**
 * Reads a YAML file for its values, as kustomize-lite reads them (go-yaml's integers and
 * timestamps), with js-yaml: about 4x faster than a full `yaml` document parse. Its loader
 * reports where each node opens, which gives each document's start line for free. The slower
 * `yaml` parser is used only to salvage the valid documents of a file with an error.
 */
export function parseYamlFile(path: string, text: string): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const starts: number[] = []
  const values: unknown[] = []
  try {
    loadAll(source, value => values.push(value), {
      filename: path,
      schema: kustomizeYamlSchema,
      listener(event, state) {
        // The first node that opens while N documents are done is the root of document N.
        const done = (state as typeof state & { documents: unknown[] }).documents.length
        if (event === 'open' && done === starts.length) starts.push(state.position)
      }
    })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    return salvageDocuments(path, source, error)
  }
  const lineOf = lineLocator(source)
  const documents = values.map((value, index) => ({
    index,
    line: lineOf(starts[index] ?? 0),
    value
  }))
  const bomb = source.includes('&')
    ? documents.find(d => expandedSize(d.value) > MAX_EXPANDED_NODES)
    : undefined
  if (bomb)
    return {
      documents: [],
      problems: [
        parseProblem(
          path,
          bomb.line,
          1,
          'the aliases expand to more than a million nodes (an alias bomb)'
        )
      ]
    }
  return { documents, problems: [] }
}

/** The number of nodes a walk that follows aliases would visit, counted in linear time. */
function expandedSize(value: unknown, sizes = new Map<object, number>()): number {
  if (typeof value !== 'object' || value === null) return 1
  const known = sizes.get(value)
  if (known !== undefined) return known
  sizes.set(value, 1) // a cycle counts once
  let size = 1
  for (const child of Object.values(value)) {
    size += expandedSize(child, sizes)
    if (size > MAX_EXPANDED_NODES) break
  }
  sizes.set(value, size)
  return size
}

/** Maps an offset to a 1-based line number by binary search over line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return offset => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

function salvageDocuments(path: string, source: string, error: YAMLException): ParsedFile {
  const problems: Problem[] = []
  const documents: ParsedDocument[] = []
  const lineOf = lineLocator(source)
  parseAllDocuments(source, { uniqueKeys: false }).forEach((document, index) => {
    const line = lineOf(document.contents?.range?.[0] ?? document.range[0])
    const firstError = document.errors[0]
    if (firstError) {
      const position = firstError.linePos?.[0] ?? { line, col: 1 }
      problems.push(parseProblem(path, position.line, position.col, firstLine(firstError.message)))
      return
    }
    try {
      documents.push({
        index,
        line,
        value: document.toJS({ maxAliasCount: 1000 })
      })
    } catch (aliasError) {
      problems.push(parseProblem(path, line, 1, firstLine((aliasError as Error).message)))
    }
  })
  if (problems.length > 0) return { documents, problems }
  // js-yaml refused what `yaml` accepts, such as a duplicate key, which kubectl refuses too.
  const mark = error.mark
  const line = (mark?.line ?? 0) + 1
  return {
    documents: [],
    problems: [parseProblem(path, line, (mark?.column ?? 0) + 1, error.reason)]
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

function parseProblem(path: string, line: number, column: number, reason: string): Problem {
  const template = /\{\{|\}\}/.test(reason) ? ' (Helm template syntax is not YAML)' : ''
  return {
    rule: 'yaml-parse-error',
    severity: 'warning',
    file: path,
    line,
    column,
    message: `cannot parse YAML: ${reason}${template}; the file is skipped`
  }
}
