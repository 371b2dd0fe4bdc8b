import { CORE_SCHEMA, loadAll } from 'js-yaml'
import { parseAllDocuments, type Document } from 'yaml'
import { isDeepStrictEqual } from 'node:util'
import { deepClone } from '../shared/objects.js'
import { detectLayout, type Layout } from './layout.js'
import type { PlanContext } from './plan.js'
import { applySplices, offsetBeforeSplices, positionOf } from './source-text.js'
import {
  isRefusal,
  refuse,
  type EditOutcome,
  type PathSegment,
  type Refusal,
  type Splice
} from './types.js'
import { deepestOffset } from './walk.js'

export interface Edit {
  document: number
  path: readonly PathSegment[]
}

/** One kind of edit: how to plan it on the text, and what it does to the document's value. */
export interface EditKind<E extends Edit> {
  plan(context: PlanContext, document: Document.Parsed, edit: E): Splice[] | Refusal
  expect(current: unknown, edit: E): unknown
}

function parseAll(text: string): Document.Parsed[] {
  return [...parseAllDocuments(text)]
}

function fail(source: string, message: string, offset: number): Failure {
  return { ok: false, message, ...positionOf(source, offset) }
}

/** The yaml package appends "at line L, column C:" and a source excerpt; the outcome carries those. */
function withoutPosition(message: string): string {
  const firstLine = message.split('\n')[0] ?? message
  return firstLine.replace(/ at line \d+, column \d+:?$/, '')
}

function firstError(
  documents: readonly Document.Parsed[]
): { message: string; offset: number } | undefined {
  for (const document of documents) {
    const error = document.errors[0]
    if (error) return { message: withoutPosition(error.message), offset: error.pos[0] }
  }
  return undefined
}

function valuesOf(documents: readonly Document.Parsed[]): unknown[] | string {
  try {
    return documents.map(document => document.toJS())
  } catch (error) {
    return `cannot read the value of the file: ${(error as Error).message}`
  }
}

export function expectedValues<E extends Edit>(
  original: unknown[],
  edits: readonly E[],
  kind: EditKind<E>
) {
  const expected = original.map(value => deepClone(value))
  for (const edit of edits) expected[edit.document] = kind.expect(expected[edit.document], edit)
  return expected
}

/** Why the edited text is not the original plus the edits, or undefined when it is. */
function mismatch<E extends Edit>(
  original: readonly Document.Parsed[],
  edited: readonly Document.Parsed[],
  edits: readonly E[],
  kind: EditKind<E>
): { message: string; document: number } | undefined {
  const error = firstError(edited)
  if (error) return { message: `the edit would break the file: ${error.message}`, document: 0 }
  if (edited.length !== original.length) {
    return { message: 'the edit would change the number of documents', document: 0 }
  }
  const before = valuesOf(original)
  const after = valuesOf(edited)
  if (typeof before === 'string' || typeof after === 'string') {
    return { message: typeof before === 'string' ? before : (after as string), document: 0 }
  }
  const expected = expectedValues(before, edits, kind)
  const differing = after.findIndex((value, index) => !isDeepStrictEqual(value, expected[index]))
  if (differing === -1) return undefined
  return {
    message: `the edit would change document ${differing} beyond the intended value; refusing`,
    document: differing
  }
}

function mismatchOffset(
  original: readonly Document.Parsed[],
  edits: readonly Edit[],
  document: number
) {
  const edit = edits.find(e => e.document === document) ?? edits[0]
  const target = edit && original[edit.document]
  return (target && deepestOffset(target, edit.path)) ?? 0
}

type Failure = Extract<EditOutcome, { ok: false }>
interface Edited {
  text: string
  documents: Document.Parsed[]
}

function planAll<E extends Edit>(
  context: PlanContext,
  documents: readonly Document.Parsed[],
  edits: readonly E[],
  kind: EditKind<E>
): Splice[][] | Refusal {
  const plans: Splice[][] = []
  for (const edit of edits) {
    const document = documents[edit.document]
    if (!document) return missingDocument(documents, edit)
    const planned = kind.plan(context, document, edit)
    if (isRefusal(planned)) return planned
    plans.push(planned)
  }
  return plans
}

function missingDocument(documents: readonly Document.Parsed[], edit: Edit): Refusal {
  return refuse(`the file has ${documents.length} documents, not a document ${edit.document}`, 0)
}

function touching(a: Splice, b: Splice): boolean {
  return a.start <= b.end && b.start <= a.end
}

/** Plans made on the same text combine when no two edits touch the same place. */
export function independent(plans: readonly Splice[][]): boolean {
  return plans.every((plan, index) =>
    plans.slice(index + 1).every(later => plan.every(a => later.every(b => !touching(a, b))))
  )
}

/** Plans each edit on the text left by the previous ones, for edits that meet (the same new map). */
function editInTurn<E extends Edit>(
  source: string,
  original: Document.Parsed[],
  layout: Layout,
  edits: readonly E[],
  kind: EditKind<E>
): Edited | Failure {
  const applied: Splice[][] = []
  let edited: Edited = { text: source, documents: original }
  for (const edit of edits) {
    const document = edited.documents[edit.document]
    const planned = document
      ? kind.plan({ text: edited.text, layout }, document, edit)
      : missingDocument(edited.documents, edit)
    if (isRefusal(planned)) {
      const offset = applied.reduceRight(
        (at, splices) => offsetBeforeSplices(at, splices),
        planned.offset
      )
      return fail(source, planned.refused, offset)
    }
    if (planned.length === 0) continue
    const text = applySplices(edited.text, planned)
    applied.push(planned)
    edited = { text, documents: parseAll(text) }
  }
  return edited
}

/** Plans the edits, splices them into the source, and checks the whole result once. */
export function runEdits<E extends Edit>(
  source: string,
  edits: readonly E[],
  kind: EditKind<E>
): EditOutcome {
  if (edits.length === 0) return { ok: true, text: source, changed: false }
  const original = parseAll(source)
  const parseError = firstError(original)
  if (parseError) {
    return fail(source, `the file does not parse: ${parseError.message}`, parseError.offset)
  }
  const layout = detectLayout(source, original)
  const plans = planAll({ text: source, layout }, original, edits, kind)
  if (isRefusal(plans)) return fail(source, plans.refused, plans.offset)
  const together = independent(plans) ? applySplices(source, plans.flat()) : undefined
  if (together === source) return { ok: true, text: source, changed: false }
  if (together !== undefined && verifiedQuickly(source, original.length, together, edits, kind))
    return { ok: true, text: together, changed: true }
  const edited =
    together !== undefined
      ? { text: together, documents: parseAll(together) }
      : editInTurn(source, original, layout, edits, kind)
  if ('ok' in edited) return edited
  if (edited.text === source) return { ok: true, text: source, changed: false }
  const problem = mismatch(original, edited.documents, edits, kind)
  if (problem) {
    return fail(source, problem.message, mismatchOffset(original, edits, problem.document))
  }
  return { ok: true, text: edited.text, changed: true }
}

const LOAD_OPTIONS = { schema: CORE_SCHEMA }

/**
 * With at most 10 aliases (at most 10 `*`, whatever else they are), no alias expands past
 * 10 x 10 nodes' worth of nesting: `yaml` reads the value without its excessive-alias refusal
 * (maxAliasCount 100), and js-yaml's shared alias values stay small to compare.
 */
export const MAX_ALIASES = 10

export function asterisks(text: string): number {
  let count = 0
  for (let at = text.indexOf('*'); at !== -1; at = text.indexOf('*', at + 1)) count++
  return count
}

/**
 * The edited text is the original plus the edits, by js-yaml (about 4x faster than a second
 * `yaml` parse and two `toJS`): both texts load with one schema, have the documents `yaml` found,
 * and the edited values equal the original's with the edits applied. Anything else — a text
 * js-yaml cannot load, a difference, more aliases than MAX_ALIASES (js-yaml shares their values
 * rather than bounding their expansion) — is not decided here: `mismatch` checks it with `yaml`
 * and says why, so the refusals are exactly those of `mismatch`.
 */
function verifiedQuickly<E extends Edit>(
  source: string,
  documents: number,
  text: string,
  edits: readonly E[],
  kind: EditKind<E>
): boolean {
  if (asterisks(source) > MAX_ALIASES || asterisks(text) > MAX_ALIASES) return false
  let before: unknown[]
  let after: unknown[]
  try {
    before = loadAll(source, undefined, LOAD_OPTIONS)
    after = loadAll(text, undefined, LOAD_OPTIONS)
  } catch {
    return false
  }
  if (before.length !== documents || after.length !== documents) return false
  const expected = expectedValues(before, edits, kind)
  return after.every((value, index) => isDeepStrictEqual(value, expected[index]))
}
