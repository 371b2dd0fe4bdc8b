/**
 * Escapes for text that comes from a repository (names, paths, messages) on its way to a
 * terminal, a CI log or a GitHub page. Kubernetes forbids such characters in names, but YAML can
 * hold anything, so every user-controlled string passes through one of these.
 */

import { setOwn } from '../shared/objects.js'

const NAMED_CONTROLS: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

// C0 controls, DEL and C1 controls; line and paragraph separators; bidi embeddings, overrides
// and isolates, which can make a line read differently from what it is.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * One line of inert text: each control character becomes a visible escape (`\n`, `\x1b`,
 * `\u202e`). Without line breaks, user content can never start a line of its own, so it cannot
 * forge a GitHub workflow command (`::error::`) on stdout. Backslashes are left as they are.
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, character => {
    const named = NAMED_CONTROLS[character]
    if (named) return named
    const code = character.charCodeAt(0)
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text that HTML shows as written, in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, character => HTML_ENTITIES[character] ?? character)
}

// Characters that open inline Markdown anywhere in a line: escapes, code, emphasis,
// strikethrough, links and images, table cells.
const MARKDOWN_INLINE = /[\\`*_~[\]!|]/g

/**
 * Text that GitHub shows as written whether it renders it as Markdown or as HTML (a job summary
 * is both): one line, HTML-escaped, and Markdown punctuation written as numeric entities.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(escapeTerminal(text)).replace(
    MARKDOWN_INLINE,
    character => `&#${character.charCodeAt(0)};`
  )
}

/**
 * Plain data (objects, arrays) with every string passed through `escape`: copied where a string
 * changes, the rest shared (most text needs no escape). The result is read, never changed.
 */
export function escapeStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      const escaped = escapeStrings(item, escape)
      if (escaped !== item) (copy ??= value.slice())[index] = escaped
    }
    return (copy ?? value) as T
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const record = value as Record<string, unknown>
    let copy: Record<string, unknown> | undefined
    for (const key of Object.keys(record)) {
      const escaped = escapeStrings(record[key], escape)
      // A spread copies a `__proto__` key as an own property, as setOwn sets it.
      if (escaped !== record[key]) setOwn((copy ??= { ...record }), key, escaped)
    }
    return (copy ?? value) as T
  }
  return value
}

/** A diff or file line for a terminal: tabs and a CRLF's final CR stay, other controls are escaped. */
export function escapeTerminalLine(line: string): string {
  const ending = line.endsWith('\r') ? '\r' : ''
  return (
    line
      .slice(0, line.length - ending.length)
      .split('\t')
      .map(escapeTerminal)
      .join('\t') + ending
  )
}
