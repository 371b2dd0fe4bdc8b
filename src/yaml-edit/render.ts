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

function plainOrQuoted(value: string, context: ScalarContext): string {
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
