export type PathSegment = string | number

export interface SetScalar {
  document: number
  path: readonly PathSegment[]
  value: string
  /**
   * Where a key the edit creates goes in a block map: before the first of these sibling keys
   * that exists (with the comment lines right above it), else after the last key.
   */
  before?: readonly string[]
}

export interface AppendItem {
  document: number
  path: readonly PathSegment[]
  item: string | Record<string, string>
}

export type EditOutcome =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; message: string; line: number; column: number }

/** A refusal found while planning, with an offset into the text that was being planned on. */
export interface Refusal {
  refused: string
  offset: number
}

/** Replace text[start, end) by `text`; start === end inserts. */
export interface Splice {
  start: number
  end: number
  text: string
}

export function refuse(reason: string, offset: number): Refusal {
  return { refused: reason, offset }
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value
}
