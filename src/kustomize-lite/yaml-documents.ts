import * as jsyaml from 'js-yaml'

/**
 * Plain integers as go-yaml v3 (kustomize's parser) reads them: YAML 1.1 octal (0755), binary
 * (0b101), hex, and `_` separators. kubectl then prints them in decimal, so reading them the same
 * way here is what makes the output equal.
 */
const goInteger = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (source: string | null) => source !== null && parseGoInteger(source) !== undefined,
  construct: (source: string) => parseGoInteger(source),
  predicate: (data: unknown) => typeof data === 'number' && Number.isInteger(data),
  represent: (data: object) => String(data)
})

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
  resolve: (source: string | null) => source !== null && goTimestampText(source) !== undefined,
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
const schema = kustomizeYamlSchema

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
 */
export function parseYamlDocuments(
  text: string,
  filename: string,
  onDocumentStart?: (offset: number) => void
): ParsedDocuments {
  const source = stripByteOrderMark(text)
  if (source.length > yamlLimits.maxCharacters)
    return { ok: false, error: { message: `larger than ${yamlLimits.maxCharacters} characters` } }
  const documents: unknown[] = []
  try {
    // js-yaml 4.3 reads `maxDepth`; its type definitions predate the option.
    const options: jsyaml.LoadOptions & { maxDepth: number } = {
      schema,
      filename,
      maxDepth: yamlLimits.maxDepth
    }
    if (onDocumentStart) options.listener = documentStartListener(onDocumentStart)
    jsyaml.loadAll(source, document => documents.push(document), options)
  } catch (error) {
    return { ok: false, error: describeYamlError(error) }
  }
  const bomb = source.includes('*') ? documents.findIndex(isAliasBomb) : -1
  if (bomb >= 0)
    return {
      ok: false,
      error: { message: `document ${bomb + 1}: the aliases expand to more than a million nodes` }
    }
  if (source.includes('{') && documents.some(document => hasMappingAsKey(document, new Set())))
    return { ok: false, error: mappingKeyError(source) }
  return { ok: true, documents }
}

// js-yaml turns a mapping used as a key into this string; go-yaml (kubectl) refuses the key.
const MAPPING_KEY = '[object Object]'

function hasMappingAsKey(value: unknown, seen: Set<object>): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false
  seen.add(value)
  if (!Array.isArray(value) && Object.hasOwn(value, MAPPING_KEY)) return true
  return Object.values(value).some(child => hasMappingAsKey(child, seen))
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
