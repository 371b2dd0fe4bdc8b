import * as jsyaml from 'js-yaml'

/**
 * Plain integers as go-yaml v3 (kustomize's parser) reads them: YAML 1.1 octal (0755), binary
 * (0b101), hex, and `_` separators. kubectl then prints them in decimal, so reading them the same
 * way here is what makes the output equal.
 */
const goInteger = jsyaml.defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  resolve: source => parseGoInteger(source) ?? jsyaml.NOT_RESOLVED,
  identify: data => typeof data === 'number' && Number.isInteger(data),
  represent: data => String(data)
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
const goTimestamp = jsyaml.defineScalarTag<string>('tag:yaml.org,2002:timestamp', {
  implicit: true,
  implicitFirstChars: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  resolve: source => goTimestampText(source) ?? jsyaml.NOT_RESOLVED,
  identify: () => false,
  represent: data => String(data)
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

// kustomize (kyaml) resolves `<<` merge keys, so the loader does too.
const schema = jsyaml.CORE_SCHEMA.withTags(jsyaml.mergeTag, goInteger, goTimestamp)

export interface YamlParseError {
  message: string
  /** 1-based line of the error, when the parser knows it. */
  line?: number
}

export type ParsedDocuments =
  { ok: true; documents: unknown[] } | { ok: false; error: YamlParseError }

export function parseYamlDocuments(text: string, filename: string): ParsedDocuments {
  try {
    return { ok: true, documents: jsyaml.loadAll(stripByteOrderMark(text), { schema, filename }) }
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
