import { parseYamlDocuments } from '../kustomize-lite/index.js'
import type { YamlParseError } from '../kustomize-lite/index.js'
import type { Problem } from './findings.js'
import { lineLocator } from '../shared/lines.js'

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

/** A file to parse: its path (for messages) and its text. */
export interface ParseJob {
  file: string
  text: string
}

/**
 * Reads a YAML file for its values with kustomize-lite's reader (go-yaml's scalars, and the
 * guards against alias bombs, deep nesting and huge files). A file with an error is read again
 * document by document, so its valid documents still count.
 */
export function parseYamlFile(path: string, text: string): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const starts: number[] = []
  const parsed = parseYamlDocuments(source, path, offset => starts.push(offset))
  if (!parsed.ok) return salvageDocuments(path, source)
  const lineOf = lineLocator(source)
  const documents = parsed.documents.map((value, index) => ({
    index,
    line: lineOf(starts[index] ?? 0),
    value
  }))
  return { documents, problems: [] }
}

/**
 * Parses each document of a file on its own, split at the `---` lines that start documents
 * (a marker at column 0 always ends the document before it). Errors keep their file line.
 */
function salvageDocuments(path: string, source: string): ParsedFile {
  const problems: Problem[] = []
  const documents: ParsedDocument[] = []
  let index = 0
  for (const chunk of documentChunks(source)) {
    const starts: number[] = []
    const parsed = parseYamlDocuments(chunk.text, path, offset => starts.push(offset))
    if (!parsed.ok) {
      problems.push(parseProblem(path, chunk, parsed.error))
      index++
      continue
    }
    const lineOf = lineLocator(chunk.text)
    for (const [offset, value] of parsed.documents.entries())
      documents.push({
        index: index++,
        line: chunk.firstLine - 1 + lineOf(starts[offset] ?? 0),
        value
      })
  }
  return { documents, problems }
}

interface DocumentChunk {
  text: string
  /** 1-based line of the chunk's first line in the file. */
  firstLine: number
}

/** The file cut before each `---` line; a chunk holds at most one document marker, its first line. */
function* documentChunks(source: string): Generator<DocumentChunk> {
  const lines = source.split('\n')
  let start = 0
  for (let line = 1; line <= lines.length; line++) {
    if (line < lines.length && !/^---(\s|$)/.test(lines[line] ?? '')) continue
    yield { text: lines.slice(start, line).join('\n'), firstLine: start + 1 }
    start = line
  }
}

function parseProblem(path: string, chunk: DocumentChunk, error: YamlParseError): Problem {
  const template = /\{\{|\}\}/.test(chunk.text) ? ' (Helm template syntax is not YAML)' : ''
  return {
    rule: 'yaml-parse-error',
    severity: 'warning',
    file: path,
    line: chunk.firstLine - 1 + (error.line ?? 1),
    column: error.column ?? 1,
    message: `cannot parse YAML: ${error.message}${template}; the document is skipped`
  }
}
