import * as jsyaml from 'js-yaml'
import { deepClone } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'

/**
 * Plain integers as go-yaml v3 (kustomize's parser) reads them: YAML 1.1 octal (0755), binary
 * (0b101), hex, and `_` separators. kubectl then prints them in decimal, so reading them the same
 * way here is what makes the output equal.
 */
const goInteger = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (source: string | null) =>
    source !== null && mayBeNumber(source) && parseGoInteger(source) !== undefined,
  construct: (source: string) => parseGoInteger(source),
  predicate: (data: unknown) => typeof data === 'number' && Number.isInteger(data),
  represent: (data: object) => String(data)
})

// Every plain scalar (keys too) is offered to each implicit type: most are words, and a cheap
// look at the first character turns them away before any regular expression runs.
function startsWithDigit(source: string): boolean {
  const first = source.charCodeAt(0)
  return first >= 48 && first <= 57
}

// A digit or a sign after any `_` (which parseGoInteger removes) may start an integer.
function mayBeNumber(source: string): boolean {
  const first = source.charCodeAt(0)
  return startsWithDigit(source) || first === 43 || first === 45 || first === 95
}

function parseGoInteger(source: string): number | undefined {
  const plain = source.replace(/_/g, '')
  const match = /^([-+]?)(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|0[0-7]+|[0-9]+)$/.exec(plain)
  if (!match) return undefined
  const [, sign, digits = ''] = match
  const value = /^0[0-7]+$/.test(digits)
    ? Number.parseInt(digits, 8)
    : Number(digits.replace(/^0o/, '0o'))
  if (!Number.isFinite(value)) return undefined
  return sign === '-' ? -value : value
}

/**
 * go-yaml v3 reads unquoted dates as timestamps, and kustomize's JSON round trip prints them in
 * RFC 3339 (`2020-01-01` becomes `2020-01-01T00:00:00Z`): the text kubectl outputs.
 */
const goTimestamp = new jsyaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (source: string | null) =>
    source !== null && startsWithDigit(source) && goTimestampText(source) !== undefined,
  construct: (source: string) => goTimestampText(source),
  predicate: () => false
})

const timestampPattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| )(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?)?$/

function goTimestampText(source: string): string | undefined {
  const match = timestampPattern.exec(source)
  if (!match) return undefined
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match
  const pad = (text: string) => text.padStart(2, '0')
  const trimmedFraction = fraction.replace(/0+$/, '')
  const zoneText = !zone || zone === 'Z' || zone === '+00:00' ? 'Z' : zone
  return `${year}-${pad(month!)}-${pad(day!)}T${pad(hour)}:${pad(minute)}:${pad(second)}${
    trimmedFraction ? `.${trimmedFraction}` : ''
  }${zoneText}`
}

// kustomize (kyaml) resolves `<<` merge keys, so the loader does too. A type replaces the
// core schema's type of the same tag, so these are the only int and timestamp readings.
const mergeKey = new jsyaml.Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (source: string | null) => source === '<<' || source === null
})

/** The schema kustomize-lite reads YAML with: what go-yaml v3 reads, as kubectl prints it. */
export const kustomizeYamlSchema = jsyaml.CORE_SCHEMA.extend({
  implicit: [goInteger, goTimestamp, mergeKey]
})

// The reader's own schema marks nulls written as text (see isTextualNull); the exported one reads
// them as plain nulls.
let textualNullCount = 0
const textualNull = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (source: string | null) =>
    source === null ||
    source === '' ||
    source === '~' ||
    source === 'null' ||
    source === 'Null' ||
    source === 'NULL',
  construct: () => {
    textualNullCount++
    return TEXTUAL_NULL
  },
  predicate: (data: unknown) => data === null,
  represent: () => 'null'
})
const schema = kustomizeYamlSchema.extend({ implicit: [textualNull] })

/**
 * What no manifest comes near, so that no input can exhaust the stack or the memory: js-yaml
 * refuses deeper nesting itself, and aliases share one object, so a few nested ones (an alias
 * bomb) stand for billions of nodes to whoever walks the document.
 */
export const yamlLimits = {
  maxDepth: 100,
  maxExpandedNodes: 1_000_000,
  maxCharacters: 16 * 1024 * 1024
} as const

export interface YamlParseError {
  message: string
  /** 1-based line of the error, when the parser knows it. */
  line?: number
  /** 1-based column of the error, when the parser knows it. */
  column?: number
}

export type ParsedDocuments =
  { ok: true; documents: unknown[] } | { ok: false; error: YamlParseError }

/**
 * Every document of a YAML text, or the first error: all or nothing, as kubectl reads a file.
 * `onDocumentStart` receives the offset where each document's root node opens.
 *
 * Where js-yaml and go-yaml v3 (kustomize's parser) read the same text differently, the result is
 * go-yaml's: an alias may be a mapping key (`*app: x`), a block scalar ending the file without a
 * final newline keeps no trailing `\n`, a folded scalar keeps go-yaml's extra line break before a
 * more-indented line, and a null written as text (`null`, `~`) is told apart from an empty value
 * (see `isTextualNull`).
 */
export function parseYamlDocuments(
  text: string,
  filename: string,
  onDocumentStart?: (offset: number) => void,
  options: ReadOptions = {}
): ParsedDocuments {
  let source = stripByteOrderMark(text)
  if (source.length > yamlLimits.maxCharacters)
    return { ok: false, error: { message: `larger than ${yamlLimits.maxCharacters} characters` } }
  // Spaces inserted after aliases used as keys, as offsets into the edited source, in order.
  const insertions: number[] = []
  for (;;) {
    const read = readDocuments(source, filename, onDocumentStart, insertions, options)
    if (read.ok) return checkDocuments(source, read.documents)
    const at = aliasKeyPosition(source, read.error)
    if (at === undefined || insertions.length >= maximumAliasKeys)
      return { ok: false, error: describeYamlError(read.error) }
    source = `${source.slice(0, at)} ${source.slice(at)}`
    insertions.push(at)
  }
}

/**
 * `npm test` sets `freeze` (test/helpers/freeze-parsed.ts): every parsed document is then frozen
 * deep, so that any code that edits a document builds and the analysis share fails loudly.
 */
export const parsedDocumentChecks = { freeze: false }

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) deepFreeze(child)
}

export interface ReadOptions {
  /**
   * Apply go-yaml's folded-scalar round trip (default true): kustomize writes resources and
   * patches back through go-yaml, but reads kustomization files with sigs.k8s.io/yaml.
   */
  foldedRoundTrip?: boolean
}

// Each alias used as a key costs a reparse; no real file has many.
const maximumAliasKeys = 64

type RawRead = { ok: true; documents: unknown[] } | { ok: false; error: unknown }

function readDocuments(
  source: string,
  filename: string,
  onDocumentStart: ((offset: number) => void) | undefined,
  insertions: number[],
  readOptions: ReadOptions
): RawRead {
  const documents: unknown[] = []
  const goYaml = goYamlReading(source, readOptions.foldedRoundTrip ?? true)
  const offsets: number[] = []
  try {
    // js-yaml 4.3 reads `maxDepth`; its type definitions predate the option.
    const options: jsyaml.LoadOptions & { maxDepth: number } = {
      schema,
      filename,
      maxDepth: yamlLimits.maxDepth
    }
    const listener = combinedListener(
      onDocumentStart ? documentStartListener(offset => offsets.push(offset)) : undefined,
      goYaml
    )
    if (listener) options.listener = listener
    textualNullCount = 0
    jsyaml.loadAll(source, document => documents.push(document), options)
  } catch (error) {
    return { ok: false, error }
  }
  if (textualNullCount > 0) markTextualNulls(documents)
  for (const offset of offsets) onDocumentStart?.(originalOffset(offset, insertions))
  return { ok: true, documents }
}

function checkDocuments(source: string, documents: unknown[]): ParsedDocuments {
  // An alias needs an anchor (js-yaml refuses an unknown one): without both, every document is a tree.
  const sharesNodes = source.includes('&') && source.includes('*')
  const bomb = sharesNodes ? documents.findIndex(isAliasBomb) : -1
  if (bomb >= 0)
    return {
      ok: false,
      error: { message: `document ${bomb + 1}: the aliases expand to more than a million nodes` }
    }
  const seen = sharesNodes ? new Set<object>() : undefined
  if (source.includes('{') && documents.some(document => hasMappingAsKey(document, seen)))
    return { ok: false, error: mappingKeyError(source) }
  if (parsedDocumentChecks.freeze) deepFreeze(documents)
  return { ok: true, documents }
}

function originalOffset(offset: number, insertions: number[]): number {
  let shift = 0
  for (const at of insertions) if (at < offset - shift) shift++
  return offset - shift
}

/**
 * go-yaml's anchor names are letters, digits, `-` and `_`, so `*app: x` is the alias `app` used
 * as a key; js-yaml reads the alias `app:` and fails. The offset where a space makes js-yaml read
 * what go-yaml reads, when that is the error.
 */
function aliasKeyPosition(source: string, error: unknown): number | undefined {
  if (!(error instanceof jsyaml.YAMLException) || !error.mark) return undefined
  const match = /^unidentified alias "([A-Za-z0-9_-]+):/.exec(error.reason)
  if (!match) return undefined
  const name = match[1]!
  const end = error.mark.position
  const start = source.lastIndexOf(`*${name}:`, end)
  if (start < 0) return undefined
  return start + 1 + name.length
}

type Listener = (event: jsyaml.EventType, state: jsyaml.State) => void

function combinedListener(...listeners: (Listener | undefined)[]): Listener | undefined {
  const present = listeners.filter((listener): listener is Listener => listener !== undefined)
  if (present.length <= 1) return present[0]
  return (event, state) => {
    for (const listener of present) listener(event, state)
  }
}

interface ParserState {
  input: string
  position: number
  length: number
  kind: string | null
  tag: string | null
  anchor: string | null
  result: unknown
  anchorMap: Record<string, unknown>
}

/**
 * A listener that rewrites scalars where go-yaml reads differently from js-yaml, or undefined when
 * the text holds none of them (the listener costs a call per node).
 */
function goYamlReading(source: string, foldedRoundTrip: boolean): Listener | undefined {
  const noFinalNewline = source.length > 0 && !/[\n\r]$/.test(source)
  const endsInBlockScalar = noFinalNewline && /[|>]/.test(source)
  const mayFold = foldedRoundTrip && folderHeader.test(source)
  if (!endsInBlockScalar && !mayFold) return undefined
  const lastLineHasContent = noFinalNewline && /\S/.test(source.slice(source.lastIndexOf('\n') + 1))
  const opened: number[] = []
  const listener: Listener = (event, rawState) => {
    if (event === 'open') {
      opened.push(rawState.position)
      return
    }
    const state = rawState as unknown as ParserState
    const start = opened.pop() ?? 0
    if (state.kind !== 'scalar') return
    const value = state.result
    if (typeof value !== 'string' || value === TEXTUAL_NULL) return
    const atEnd = endsInBlockScalar && lastLineHasContent && state.position >= state.length - 1
    const mayChange = atEnd || (mayFold && (/\n[ \t]/.test(value) || value.endsWith('\n\n')))
    if (!mayChange) return
    const header = blockScalarHeader(state.input, start)
    if (!header) return
    let result = value
    if (atEnd && header.chomping !== '-' && result.endsWith('\n')) result = result.slice(0, -1)
    if (header.folded && mayFold) result = goYamlFoldedRoundTrip(result)
    if (result !== value) setResult(state, result)
  }
  return listener
}

function setResult(state: ParserState, result: unknown): void {
  state.result = result
  if (state.anchor !== null) state.anchorMap[state.anchor] = result
}

// A `>` block scalar header: the indicator, then chomping/indentation, then the line's end.
const folderHeader = />[-+0-9]*[ \t]*(?:#.*)?$/m

/** The header of the block scalar whose node opens at `start`, or undefined for other nodes. */
function blockScalarHeader(
  input: string,
  start: number
): { folded: boolean; chomping: string } | undefined {
  let position = start
  for (;;) {
    const char = input[position]
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') position++
    else if (char === '#') {
      while (position < input.length && input[position] !== '\n') position++
    } else if (char === '!' || char === '&') {
      while (position < input.length && !/\s/.test(input[position]!)) position++
    } else break
  }
  const indicator = input[position]
  if (indicator !== '>' && indicator !== '|') return undefined
  const match = /^[-+0-9]*/.exec(input.slice(position + 1, position + 4))
  const chomping = match?.[0].includes('-') ? '-' : match?.[0].includes('+') ? '+' : ''
  return { folded: indicator === '>', chomping }
}

/**
 * What kustomize's go-yaml round trip makes of a folded scalar (go-yaml/yaml#827): kustomize
 * writes the node back in folded style, and go-yaml's emitter decides whether to add the line
 * break that keeps lines apart by looking at the start of the whole value instead of at the next
 * line. When the value starts with a normal line, every normal line followed (after any empty
 * lines) by a more-indented one, or by the end of a value kept with `+`, gains a line break.
 */
export function goYamlFoldedRoundTrip(value: string): string {
  if (!foldedStyleKept(value)) return value
  const first = value.replace(/^\n+/, '')[0]
  if (first === undefined || first === ' ' || first === '\t') return value
  const lines = value.split('\n')
  let output = ''
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    output += line
    if (index === lines.length - 1) break
    output += '\n'
    // Only the first break after a normal (not more-indented, not empty) line.
    if (line === '' || line[0] === ' ' || line[0] === '\t') continue
    let next = index + 1
    while (next < lines.length - 1 && lines[next] === '') next++
    const nextLine = lines[next]!
    const atEnd = next === lines.length - 1 && nextLine === ''
    const keptEnd = atEnd && next - index >= 2
    if (keptEnd || (!atEnd && (nextLine[0] === ' ' || nextLine[0] === '\t'))) output += '\n'
  }
  return output
}

/** go-yaml's emitter falls back to a quoted style (and no quirk) for these values. */
function foldedStyleKept(value: string): boolean {
  if (value.endsWith(' ') || value.includes(' \n')) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const printable = code === 0x09 || code === 0x0a || (code >= 0x20 && code !== 0x7f)
    if (!printable || code === 0xfeff) return false
  }
  return true
}

// A null written as text, while the parser runs; markTextualNulls turns it back into null.
const TEXTUAL_NULL = '\u0000kustomize-lite:textual-null\u0000'
const textualNullKeys = Symbol('textualNullKeys')

/**
 * Whether `holder[key]` is a null written as text (`null`, `~`) rather than an empty value
 * (`key:`). kustomize keeps the first and drops the second from an object it patches.
 */
export function isTextualNull(holder: object, key: string): boolean {
  const keys = (holder as { [textualNullKeys]?: Set<string> })[textualNullKeys]
  return keys?.has(key) ?? false
}

/** Marks `holder[key]` as a null written as text (for a copy of a marked object). */
export function markTextualNull(holder: object, key: string): void {
  const marked = holder as { [textualNullKeys]?: Set<string> }
  let keys = marked[textualNullKeys]
  if (!keys) {
    keys = new Set()
    Object.defineProperty(holder, textualNullKeys, { value: keys, enumerable: false })
  }
  keys.add(key)
}

/**
 * Where a value's textual-null marks are, as paths ending in the marked key: a structured clone
 * (a worker's parse sent to the main thread) keeps the data but not the marks.
 */
export function textualNullPaths(value: unknown): (string | number)[][] {
  const paths: (string | number)[][] = []
  const path: (string | number)[] = []
  const seen = new Set<object>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index)
        visit(node[index])
        path.pop()
      }
      return
    }
    const marks = (node as { [textualNullKeys]?: Set<string> })[textualNullKeys]
    if (marks) for (const key of marks) paths.push([...path, key])
    for (const key of Object.keys(node)) {
      path.push(key)
      visit((node as Record<string, unknown>)[key])
      path.pop()
    }
  }
  visit(value)
  return paths
}

/** Marks again what `textualNullPaths` found, on a clone of the value it was read from. */
export function restoreTextualNulls(value: unknown, paths: readonly (string | number)[][]): void {
  for (const path of paths) {
    let holder: unknown = value
    for (let index = 0; index < path.length - 1; index++)
      holder = (holder as Record<string | number, unknown>)[path[index] as string | number]
    if (typeof holder === 'object' && holder !== null)
      markTextualNull(holder, String(path[path.length - 1]))
  }
}

/** A copy of one map (its values shared) that keeps its textual-null marks. */
export function shallowCopyKeepingNullMarks(map: YamlObject): YamlObject {
  const copy = { ...map }
  copyNullMarks(map, copy)
  return copy
}

/** A deep copy of plain data (aliases unshared) that keeps the textual-null marks. */
export function cloneKeepingNullMarks<T>(value: T): T {
  return deepClone(value, copyNullMarks)
}

function copyNullMarks(source: YamlObject, copy: YamlObject): void {
  const marks = (source as { [textualNullKeys]?: Set<string> })[textualNullKeys]
  if (marks) for (const key of marks) markTextualNull(copy, key)
}

function markTextualNulls(documents: unknown[]): void {
  const seen = new Set<object>()
  const visit = (value: unknown): unknown => {
    if (value === TEXTUAL_NULL) return null
    if (typeof value !== 'object' || value === null || seen.has(value)) return value
    seen.add(value)
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = visit(value[index])
      return value
    }
    const record = value as Record<string, unknown>
    if (Object.hasOwn(record, TEXTUAL_NULL)) renameKey(record, TEXTUAL_NULL, 'null')
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (item === TEXTUAL_NULL) {
        record[key] = null
        markTextualNull(record, key)
      } else visit(item)
    }
    return value
  }
  for (let index = 0; index < documents.length; index++) documents[index] = visit(documents[index])
}

// A `null:` key: js-yaml names it "null" (String(null)); keep the key order.
function renameKey(record: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(record).map(([key, value]): [string, unknown] => [
    key === from ? to : key,
    value
  ])
  for (const key of Object.keys(record)) delete record[key]
  for (const [key, value] of entries) record[key] = value
}

// js-yaml turns a mapping used as a key into this string; go-yaml (kubectl) refuses the key.
const MAPPING_KEY = '[object Object]'

/** `seen` keeps a walk over shared (aliased) nodes linear; trees need none. */
function hasMappingAsKey(value: unknown, seen: Set<object> | undefined): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (seen) {
    if (seen.has(value)) return false
    seen.add(value)
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++)
      if (hasMappingAsKey(value[index], seen)) return true
    return false
  }
  if (Object.hasOwn(value, MAPPING_KEY)) return true
  const map = value as Record<string, unknown>
  const keys = Object.keys(map)
  for (let index = 0; index < keys.length; index++)
    if (hasMappingAsKey(map[keys[index] as string], seen)) return true
  return false
}

/** Such a key is mostly a template's `{{ ... }}`: the error points at the first one. */
function mappingKeyError(source: string): YamlParseError {
  const message = 'a mapping is used as a mapping key (invalid map key)'
  const template = /\{\s*\{/.exec(source)
  if (!template) return { message }
  const before = source.slice(0, template.index)
  const line = before.split('\n').length
  return { message, line, column: template.index - before.lastIndexOf('\n') }
}

function documentStartListener(
  onDocumentStart: (offset: number) => void
): (event: jsyaml.EventType, state: jsyaml.State) => void {
  let started = 0
  return (event, state) => {
    // The first node that opens while N documents are done is the root of document N.
    const done = (state as typeof state & { documents: unknown[] }).documents.length
    if (event === 'open' && done === started) {
      started++
      onDocumentStart(state.position)
    }
  }
}

function isAliasBomb(document: unknown): boolean {
  return expandedSize(document, new Map()) > yamlLimits.maxExpandedNodes
}

/** The number of nodes a walk that follows aliases would visit, counted in linear time. */
function expandedSize(value: unknown, sizes: Map<object, number>): number {
  if (typeof value !== 'object' || value === null) return 1
  const known = sizes.get(value)
  if (known !== undefined) return known
  sizes.set(value, 1) // a cycle counts once
  let size = 1
  for (const child of Object.values(value)) {
    size += expandedSize(child, sizes)
    if (size > yamlLimits.maxExpandedNodes) break
  }
  sizes.set(value, size)
  return size
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function describeYamlError(error: unknown): YamlParseError {
  if (error instanceof jsyaml.YAMLException) {
    const mark = error.mark
    const reason = error.reason || error.message
    const message = /maxDepth/.test(reason)
      ? `nested deeper than ${yamlLimits.maxDepth} levels`
      : reason
    return mark ? { message, line: mark.line + 1, column: mark.column + 1 } : { message }
  }
  // A stack overflow on a pathological input is an input error, not a crash.
  if (error instanceof RangeError) return { message: 'nested too deeply to read' }
  throw error
}
