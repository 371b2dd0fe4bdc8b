import { parse, stringify } from 'yaml'

export type ScalarContext = 'block' | 'flow'
export type QuoteStyle = 'plain' | 'single' | 'double'

const flowIndicators = /[,[\]{}]/

/** Double-quoted YAML; JSON escapes are valid YAML escapes. The extra three are line breaks in YAML 1.1. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, c => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0')
    return `\\u${hex}`
  })
}

function singleQuotable(value: string): boolean {
  return /^[\t\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(value)
}

function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** Readers decode with YAML 1.1 (Kubernetes) or 1.2 (this package): a plain scalar must be a string in both. */
function staysStringWhenPlain(plain: string, value: string): boolean {
  try {
    return parse(plain, { version: '1.1' }) === value && parse(plain) === value
  } catch {
    return false
  }
}

/**
 * A letter, then letters, digits and `_./-`, with `:` only between such runs (`sha256:0a1b`,
 * `gitops-reloader/config-hash`): yaml writes it plain, and it reads back as itself in YAML 1.1
 * and 1.2 unless an implicit type takes it. Of those, only booleans and null (any case here) and
 * YAML 1.1's float without digits before its exponent (`e1`, `E-5`) can start with a letter:
 * numbers, timestamps, `.inf` and `<<` start with a digit, a sign, a dot or a symbol. Such a
 * string is its own rendering, in block and flow context, without a stringify and two parses.
 */
const PLAIN_AS_IS = /^[A-Za-z][\w./-]*(?::[\w./-]+)*$/
const PLAIN_WORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null'])
const EXPONENT_ONLY = /^[eE]-?[0-9]+$/

export const isPlainAsIs = (value: string) =>
  PLAIN_AS_IS.test(value) && !PLAIN_WORDS.has(value.toLowerCase()) && !EXPONENT_ONLY.test(value)

function plainOrQuoted(value: string, context: ScalarContext): string {
  if (isPlainAsIs(value)) return value
  const rendered = stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd()
  const isPlain = !/^["'|>]/.test(rendered) && !rendered.includes('\n')
  if (!isPlain)
    return rendered.startsWith("'") && !rendered.includes('\n') ? rendered : doubleQuoted(value)
  if (context === 'flow' && flowIndicators.test(rendered)) return doubleQuoted(value)
  return staysStringWhenPlain(rendered, value) ? rendered : doubleQuoted(value)
}

/** A string as a one-line YAML scalar that reads back as that string, in the preferred style where valid. */
export function renderScalar(
  value: string,
  context: ScalarContext,
  style: QuoteStyle = 'plain'
): string {
  if (style === 'double') return doubleQuoted(value)
  if (style === 'single' && singleQuotable(value)) return singleQuoted(value)
  return plainOrQuoted(value, context)
}

export function renderKey(key: string, context: ScalarContext): string {
  return renderScalar(key, context)
}
