import { parseEvents, constructFromEvents, EVENT_ID, YAMLException } from 'js-yaml'
import type { Event } from 'js-yaml'
import { parseAllDocuments } from 'yaml'
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

// An alias bomb expands to billions of nodes when walked; real manifests use a handful of aliases.
const MAX_ALIASES_PER_DOCUMENT = 1000

/**
 * Reads a YAML file for its values. js-yaml's event parser is about 3x faster than a full
 * `yaml` document parse and still gives offsets, so positions cost nothing extra here; the
 * slower `yaml` parser is used only to salvage the valid documents of a file with an error.
 */
export function parseYamlFile(path: string, text: string): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const offsetShift = text.length - source.length
  try {
    const events = parseEvents(source, { filename: path })
    const values = constructFromEvents(events, { source, maxAliases: MAX_ALIASES_PER_DOCUMENT })
    const starts = documentStartOffsets(events)
    const lineOf = lineLocator(text)
    const documents = values.map((value, index) => ({
      index,
      line: lineOf((starts[index] ?? 0) + offsetShift),
      value
    }))
    return { documents, problems: [] }
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    return salvageDocuments(path, source, error)
  }
}

function documentStartOffsets(events: Event[]): number[] {
  const starts: number[] = []
  for (let i = 0; i < events.length; i++) {
    if (events[i]?.type !== EVENT_ID.DOCUMENT) continue
    starts.push(firstOffset(events[i + 1]))
  }
  return starts
}

function firstOffset(event: Event | undefined): number {
  if (!event) return 0
  if ('start' in event) return event.start
  const offsets = [
    'anchorStart' in event ? event.anchorStart : -1,
    'tagStart' in event ? event.tagStart : -1,
    'valueStart' in event ? event.valueStart : -1
  ].filter(offset => offset >= 0)
  return offsets.length > 0 ? Math.min(...offsets) : 0
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
        value: document.toJS({ maxAliasCount: MAX_ALIASES_PER_DOCUMENT })
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
