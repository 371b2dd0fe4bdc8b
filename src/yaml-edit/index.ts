/**
 * Minimal-diff YAML edits. The `yaml` package only locates nodes (their source ranges); new text
 * is spliced into the original string, because `Document.toString()` reformats real files and
 * rewrites `0755` as `755`. Every result is re-parsed and must equal the original value plus the
 * intended change, or the edit is refused with the position of the problem.
 */
import { parseAllDocuments } from 'yaml'
import { isDeepStrictEqual } from 'node:util'
import { fastAppendItems, fastSetScalars } from './fast.js'
import { planAppendItem, planSetScalar } from './plan.js'
import { runEdits } from './session.js'
import { positionOf } from './source-text.js'
import type { AppendItem, EditOutcome, PathSegment, SetScalar } from './types.js'
import { deepestOffset } from './walk.js'

export type { AppendItem, EditOutcome, PathSegment, SetScalar } from './types.js'

type Tree = Record<string | number, unknown>

/** Returns `root` with `update` applied at `path`, creating maps where the path is missing. */
function updateAt(
  root: unknown,
  path: readonly PathSegment[],
  update: (current: unknown) => unknown
) {
  const [head, ...rest] = path
  if (head === undefined) return update(root)
  const container = (root !== null && typeof root === 'object' ? root : {}) as Tree
  container[head] = updateAt(container[head], rest, update)
  return container
}

const SET_SCALAR = {
  plan: planSetScalar,
  expect: (current: unknown, edit: SetScalar) => updateAt(current, edit.path, () => edit.value)
}

/** Sets string scalars at paths, creating missing maps; changes nothing else in the text. */
export function setScalars(source: string, edits: readonly SetScalar[]): EditOutcome {
  return fastSetScalars(source, edits, SET_SCALAR) ?? runEdits(source, edits, SET_SCALAR)
}

const APPEND_ITEM = {
  plan: planAppendItem,
  expect: (current: unknown, edit: AppendItem) =>
    updateAt(current, edit.path, list => {
      const items = Array.isArray(list) ? list : []
      return items.some(item => isDeepStrictEqual(item, edit.item)) ? items : [...items, edit.item]
    })
}

/** Appends items to block or flow sequences (creating the key), unless an equal item is there. */
export function appendItems(source: string, edits: readonly AppendItem[]): EditOutcome {
  return fastAppendItems(source, edits, APPEND_ITEM) ?? runEdits(source, edits, APPEND_ITEM)
}

/** 1-based position of the deepest node of `path` that exists (a key, or a sequence item). */
export function locate(
  source: string,
  document: number,
  path: readonly PathSegment[]
): { line: number; column: number } | undefined {
  const target = parseAllDocuments(source)[document]
  const offset = target && deepestOffset(target, path)
  return offset === undefined ? undefined : positionOf(source, offset)
}
