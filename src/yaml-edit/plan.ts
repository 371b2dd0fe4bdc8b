import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'
import { isDeepStrictEqual } from 'node:util'
import type { Layout } from './layout.js'
import { renderKey, renderScalar, type QuoteStyle, type ScalarContext } from './render.js'
import { columnOf, insertLines, nextLineStart } from './source-text.js'
import {
  isRefusal,
  refuse,
  type AppendItem,
  type Refusal,
  type SetScalar,
  type Splice
} from './types.js'
import { endOf, isNullScalar, startOf, walkPath, type Landing } from './walk.js'

export interface PlanContext {
  text: string
  layout: Layout
}

type Item = AppendItem['item']
/** What goes at the end of a path: a scalar, or a sequence holding one item. */
export type Leaf =
  | { kind: 'scalar'; value: string; before?: readonly string[] | undefined }
  | { kind: 'sequence'; item: Item }
type AnyPair = Pair<unknown, unknown>
type AnyMap = YAMLMap<unknown, unknown>

export function blockItemLines(item: Item, dashIndent: number): string[] {
  const pad = ' '.repeat(dashIndent)
  if (typeof item === 'string') return [`${pad}- ${renderScalar(item, 'block')}`]
  const entries = Object.entries(item).map(
    ([k, v]) => `${renderKey(k, 'block')}: ${renderScalar(v, 'block')}`
  )
  if (entries.length === 0) return [`${pad}- {}`]
  return entries.map((entry, index) => `${pad}${index === 0 ? '- ' : '  '}${entry}`)
}

export function blockEntryLines(
  keys: readonly string[],
  leaf: Leaf,
  indent: number,
  layout: Layout
): string[] {
  const [key = '', ...deeper] = keys
  const head = `${' '.repeat(indent)}${renderKey(key, 'block')}:`
  const childIndent = indent + layout.indentStep
  if (deeper.length > 0) return [head, ...blockEntryLines(deeper, leaf, childIndent, layout)]
  if (leaf.kind === 'scalar') return [`${head} ${renderScalar(leaf.value, 'block')}`]
  return [head, ...blockItemLines(leaf.item, indent + layout.sequenceIndent)]
}

function flowItem(item: Item): string {
  if (typeof item === 'string') return renderScalar(item, 'flow')
  const entries = Object.entries(item).map(
    ([k, v]) => `${renderKey(k, 'flow')}: ${renderScalar(v, 'flow')}`
  )
  return `{${entries.join(', ')}}`
}

function flowLeaf(leaf: Leaf): string {
  return leaf.kind === 'scalar' ? renderScalar(leaf.value, 'flow') : `[${flowItem(leaf.item)}]`
}

function flowEntry(keys: readonly string[], leaf: Leaf): string {
  const [key = '', ...deeper] = keys
  const value = deeper.length > 0 ? `{${flowEntry(deeper, leaf)}}` : flowLeaf(leaf)
  return `${renderKey(key, 'flow')}: ${value}`
}

function pairEnd(pair: AnyPair): number {
  return Math.max(endOf(pair.key) ?? 0, endOf(pair.value) ?? 0)
}

/**
 * Where the last content of a block collection ends. Its own range can end after the next
 * line's indentation (after an indentless sequence), so follow its last item down instead.
 */
function contentEnd(node: unknown): number {
  if (!(isMap(node) || isSeq(node)) || node.flow || node.items.length === 0) return endOf(node) ?? 0
  const last: unknown = node.items.at(-1)
  if (isSeq(node)) return contentEnd(last)
  const pair = last as AnyPair
  return pair.value === null
    ? (endOf(pair.key) ?? 0)
    : Math.max(endOf(pair.key) ?? 0, contentEnd(pair.value))
}

function insertIntoFlowCollection(collection: AnyMap | YAMLSeq<unknown>, entry: string): Splice[] {
  const last: unknown = collection.items.at(-1)
  if (last === undefined) {
    const afterOpening = (startOf(collection) ?? 0) + 1
    return [{ start: afterOpening, end: afterOpening, text: entry }]
  }
  const at = isMap(collection) ? pairEnd(last as AnyPair) : (endOf(last) ?? 0)
  return [{ start: at, end: at, text: `, ${entry}` }]
}

function insertIntoMap(
  context: PlanContext,
  map: AnyMap,
  keys: string[],
  leaf: Leaf
): Splice[] | Refusal {
  if (map.flow) return insertIntoFlowCollection(map, flowEntry(keys, leaf))
  const firstKeyStart = startOf(map.items[0]?.key)
  if (firstKeyStart === undefined) {
    return refuse('the map has no key to align with', startOf(map) ?? 0)
  }
  const { text, layout } = context
  const lines = blockEntryLines(keys, leaf, columnOf(text, firstKeyStart), layout)
  const sibling = leaf.kind === 'scalar' ? siblingToPrecede(text, map, leaf.before) : undefined
  const at =
    sibling === undefined
      ? nextLineStart(text, contentEnd(map))
      : startOfCommentsAbove(text, sibling)
  return [insertLines(text, at, lines, layout.eol)]
}

/** The key to insert before; only one that starts its own line (not `- spec:`) will do. */
function siblingToPrecede(
  text: string,
  map: AnyMap,
  before: readonly string[] | undefined
): number | undefined {
  const pair = map.items.find(
    item => isScalar(item.key) && before?.includes(String(item.key.value))
  )
  const keyStart = pair && startOf(pair.key)
  if (keyStart === undefined) return undefined
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1
  return text.slice(lineStart, keyStart).trim() === '' ? keyStart : undefined
}

/** The start of a key's line, or of the comment lines right above it, which belong to it. */
export function startOfCommentsAbove(text: string, keyStart: number): number {
  let lineStart = text.lastIndexOf('\n', keyStart - 1) + 1
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1
    if (!text.slice(previousStart, lineStart).trimStart().startsWith('#')) break
    lineStart = previousStart
  }
  return lineStart
}

function hasSource(node: unknown): node is Scalar {
  const range = (node as Scalar | null)?.range
  return isScalar(node) && !!range && range[1] > range[0]
}

function refuseTagged(pair: AnyPair): Refusal | undefined {
  const tag = isScalar(pair.value) ? pair.value.tag : undefined
  if (tag === undefined) return undefined
  const shown = tag.replace('tag:yaml.org,2002:', '!!')
  return refuse(
    `the value has the explicit tag ${shown}; replace it by hand`,
    startOf(pair.key) ?? 0
  )
}

/** Puts `rendered` where a null value (`key:`, `key: ~`) is. */
function fillNull(text: string, pair: AnyPair, rendered: string): Splice[] | Refusal {
  const tagged = refuseTagged(pair)
  if (tagged) return tagged
  if (hasSource(pair.value)) {
    const [start, end] = pair.value.range as [number, number, number]
    return [{ start, end, text: rendered }]
  }
  return fillEmptyValue(text, endOf(pair.key) ?? 0, startOf(pair.key) ?? 0, rendered)
}

/** Puts `rendered` after the ":" that follows a key ending at `keyEnd`, where the value has no text. */
export function fillEmptyValue(
  text: string,
  keyEnd: number,
  keyStart: number,
  rendered: string
): Splice[] | Refusal {
  const colon = text.indexOf(':', keyEnd)
  if (colon === -1) return refuse('cannot find the ":" of this key', keyStart)
  const colonEnd = colon + 1
  if (text[colonEnd] !== ' ' && text[colonEnd] !== '\t') {
    return [{ start: colonEnd, end: colonEnd, text: ` ${rendered}` }]
  }
  // Reuse the space after ":"; a comment right after it needs one of its own.
  const at = colonEnd + 1
  return [{ start: at, end: at, text: text[at] === '#' ? `${rendered} ` : rendered }]
}

/** Removes ` ~` (and the space before it) so the line reads `key:` before a block goes below it. */
function deleteNullText(text: string, node: Scalar): Splice {
  const [start, end] = node.range as [number, number, number]
  return deleteWithSpacesBefore(text, start, end)
}

/** Deletes text[start, end) and the spaces and tabs right before it. */
export function deleteWithSpacesBefore(text: string, start: number, end: number): Splice {
  let from = start
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
  return { start: from, end, text: '' }
}

/** Replaces a null value by a collection holding `keys` (or, with no keys, the sequence leaf). */
function expandNull(
  context: PlanContext,
  pair: AnyPair,
  map: AnyMap,
  keys: string[],
  leaf: Leaf
): Splice[] | Refusal {
  const { text, layout } = context
  const tagged = refuseTagged(pair)
  if (tagged) return tagged
  if (map.flow) {
    const nested = keys.length > 0 ? `{${flowEntry(keys, leaf)}}` : flowLeaf(leaf)
    return fillNull(text, pair, nested)
  }
  const keyStart = startOf(pair.key)
  if (keyStart === undefined) return refuse('the key has no position', 0)
  const keyColumn = columnOf(text, keyStart)
  const lines =
    keys.length > 0
      ? blockEntryLines(keys, leaf, keyColumn + layout.indentStep, layout)
      : blockLeafLines(leaf, keyColumn + layout.sequenceIndent)
  const splices: Splice[] = []
  let lineEnd = endOf(pair.key) ?? keyStart
  if (hasSource(pair.value)) {
    splices.push(deleteNullText(text, pair.value))
    lineEnd = endOf(pair.value) ?? lineEnd
  }
  splices.push(insertLines(text, nextLineStart(text, lineEnd), lines, layout.eol))
  return splices
}

function blockLeafLines(leaf: Leaf, indent: number): string[] {
  return leaf.kind === 'sequence' ? blockItemLines(leaf.item, indent) : []
}

function quoteStyleOf(scalar: Scalar): QuoteStyle {
  if (scalar.type === 'QUOTE_DOUBLE') return 'double'
  if (scalar.type === 'QUOTE_SINGLE') return 'single'
  return 'plain'
}

function replaceScalar(
  text: string,
  scalar: Scalar,
  value: string,
  context: ScalarContext
): Splice[] {
  const [start, end] = scalar.range as [number, number, number]
  const isBlockScalar = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED'
  // A block scalar's range ends with line breaks that now separate the next key: keep them.
  const replacedEnd = isBlockScalar ? start + text.slice(start, end).trimEnd().length : end
  return [{ start, end: replacedEnd, text: renderScalar(value, context, quoteStyleOf(scalar)) }]
}

function contextOf(parent: unknown): ScalarContext {
  return (isMap(parent) || isSeq(parent)) && parent.flow ? 'flow' : 'block'
}

function setFoundValue(
  context: PlanContext,
  landing: Extract<Landing, { kind: 'found' }>,
  value: string
) {
  const { value: node, pair, parent } = landing
  const offset = startOf(node) ?? startOf(pair?.key) ?? 0
  if (!pair) return refuse('a path must end at a key of a map', offset)
  if (node === null || isNullScalar(node))
    return fillNull(context.text, pair, renderScalar(value, contextOf(parent)))
  if (!isScalar(node)) {
    return refuse(`the value is ${isSeq(node) ? 'a sequence' : 'a map'}, not a scalar`, offset)
  }
  if (node.value === value) return []
  return replaceScalar(context.text, node, value, contextOf(parent))
}

function planLeaf(context: PlanContext, landing: Landing, leaf: Leaf): Splice[] | Refusal {
  if (landing.kind === 'missing-key') return insertIntoMap(context, landing.map, landing.rest, leaf)
  if (landing.kind === 'null-value')
    return expandNull(context, landing.pair, landing.map, landing.rest, leaf)
  return leaf.kind === 'scalar'
    ? setFoundValue(context, landing, leaf.value)
    : appendToFound(context, landing, leaf)
}

function appendToFound(
  context: PlanContext,
  landing: Extract<Landing, { kind: 'found' }>,
  leaf: Extract<Leaf, { kind: 'sequence' }>
): Splice[] | Refusal {
  const { value: node, pair, parent } = landing
  if ((node === null || isNullScalar(node)) && pair && isMap(parent)) {
    return expandNull(context, pair, parent, [], leaf)
  }
  if (!isSeq(node)) {
    return refuse('the value is not a sequence', startOf(node) ?? startOf(pair?.key) ?? 0)
  }
  const exists = node.items.some(item => isDeepStrictEqual(toJs(item), leaf.item))
  if (exists) return []
  if (node.flow) return insertIntoFlowCollection(node, flowItem(leaf.item))
  const { text, layout } = context
  const lines = blockItemLines(leaf.item, columnOf(text, startOf(node) ?? 0))
  return [insertLines(text, nextLineStart(text, contentEnd(node)), lines, layout.eol)]
}

function toJs(node: unknown): unknown {
  const withToJson = node as { toJSON?: () => unknown } | null
  try {
    return typeof withToJson?.toJSON === 'function' ? withToJson.toJSON() : node
  } catch {
    return undefined // an alias needs its document to resolve: it equals no new item
  }
}

export function planSetScalar(context: PlanContext, document: Document.Parsed, edit: SetScalar) {
  if (edit.path.length === 0) return refuse('the path is empty', startOf(document.contents) ?? 0)
  const landing = walkPath(document, edit.path)
  return isRefusal(landing)
    ? landing
    : planLeaf(context, landing, { kind: 'scalar', value: edit.value, before: edit.before })
}

export function planAppendItem(context: PlanContext, document: Document.Parsed, edit: AppendItem) {
  if (edit.path.length === 0) return refuse('the path is empty', startOf(document.contents) ?? 0)
  const landing = walkPath(document, edit.path)
  return isRefusal(landing)
    ? landing
    : planLeaf(context, landing, { kind: 'sequence', item: edit.item })
}
