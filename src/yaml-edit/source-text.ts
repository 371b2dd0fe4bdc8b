import { lineLocator } from '../shared/lines.js'
import type { Splice } from './types.js'

const byteOrderMark = '\uFEFF'

export function detectEol(text: string): string {
  const firstNewline = text.indexOf('\n')
  return firstNewline > 0 && text[firstNewline - 1] === '\r' ? '\r\n' : '\n'
}

function lineStartOf(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  // The byte-order mark is not indentation: a top-level key after it sits in column 0.
  return start === 0 && text.startsWith(byteOrderMark) ? 1 : start
}

/** 0-based column of an offset, not counting a leading byte-order mark. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset)
}

/** 1-based line and column, as editors show them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return { line: lineLocator(text)(offset), column: columnOf(text, offset) + 1 }
}

/** The offset just after the line break that ends the line containing `offset` (or the end). */
export function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset
  const lineBreak = text.indexOf('\n', offset)
  return lineBreak === -1 ? text.length : lineBreak + 1
}

/** A splice that inserts whole lines at a line start, or after a last line that lacks its EOL. */
export function insertLines(text: string, offset: number, lines: string[], eol: string): Splice {
  const body = lines.join(eol)
  const afterUnterminatedLastLine =
    offset === text.length && text.length > 0 && !text.endsWith('\n')
  return { start: offset, end: offset, text: afterUnterminatedLastLine ? eol + body : body + eol }
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  const lastFirst = [...splices].sort((a, b) => b.start - a.start)
  return lastFirst.reduce(
    (result, s) => result.slice(0, s.start) + s.text + result.slice(s.end),
    text
  )
}

/** Maps an offset in the text after `splices` back to the text before them. */
export function offsetBeforeSplices(offset: number, splices: readonly Splice[]): number {
  let shift = 0
  for (const s of [...splices].sort((a, b) => a.start - b.start)) {
    const startAfter = s.start + shift
    const endAfter = startAfter + s.text.length
    if (offset < startAfter) break
    if (offset < endAfter) return s.start
    shift += s.text.length - (s.end - s.start)
  }
  return offset - shift
}
