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

export interface YamlParseError {
  message: string
  /** 1-based line of the error, when the parser knows it. */
  line?: number
}

export type ParsedDocuments =
  { ok: true; documents: unknown[] } | { ok: false; error: YamlParseError }

export function parseYamlDocuments(text: string, filename: string): ParsedDocuments {
  try {
    const documents: unknown[] = []
    jsyaml.loadAll(stripByteOrderMark(text), document => documents.push(document), {
      schema,
      filename
    })
    return { ok: true, documents }
  } catch (error) {
    return { ok: false, error: describeYamlError(error) }
  }
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function describeYamlError(error: unknown): YamlParseError {
  if (error instanceof jsyaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined
    return { message: error.reason || error.message, line }
  }
  return { message: error instanceof Error ? error.message : String(error) }
}
