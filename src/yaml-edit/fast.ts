/**
 * setScalars without the `yaml` package, for the texts and edits that are most of a `fix`: the
 * nodes on the way to each edit placed from js-yaml's parse events (js-yaml reads a file about
 * ten times faster than `yaml`, whose parse was most of the time of `fix` and `check --diff`).
 * It makes the same splices as the `yaml` plan (the same helpers, on the same offsets), and the
 * same js-yaml check of the result, so it gives the same text. Anything it does not place
 * exactly — a refusal, a text or node of a kind below, a result that does not check — is left to
 * the `yaml` path, by returning undefined: every refusal is still made, and worded, by it.
 */
import { CORE_SCHEMA, loadAll } from 'js-yaml'
import { isDeepStrictEqual } from 'node:util'
import { increment, layoutFromCounts, type Layout } from './layout.js'
import {
  blockEntryLines,
  blockItemLines,
  deleteWithSpacesBefore,
  fillEmptyValue,
  startOfCommentsAbove,
  type Leaf
} from './plan.js'
import { isPlainAsIs, renderScalar, type QuoteStyle } from './render.js'
import { asterisks, independent, MAX_ALIASES, type EditKind } from './session.js'
import { applySplices, columnOf, insertLines, nextLineStart } from './source-text.js'
import {
  isRefusal,
  type AppendItem,
  type EditOutcome,
  type PathSegment,
  type SetScalar,
  type Splice
} from './types.js'

/** A node as js-yaml's listener reports it: where its reading began and ended, and what it read. */
interface Frame {
  open: number
  close: number
  kind: 'scalar' | 'mapping' | 'sequence' | null
  result: unknown
  /** The nodes read inside it: keys and values in turn for a mapping, items for a sequence. */
  children: Frame[]
}

/**
 * Texts left to `yaml`: ones it may read otherwise than js-yaml (an error js-yaml does not
 * raise, another number of documents) or whose nodes this path does not place.
 */
const LEFT_TO_YAML = [
  /\t/, // tabs: separation and indentation rules differ
  /\r(?!\n)/, // a line break that is a lone CR
  /["'\]}]#/, // a comment touching a quote or a bracket: an error for yaml only
  /^%/m, // directives
  /^(?:---|\.\.\.)[ \t]+[^ \t\r\n#]/m, // content on a document marker's line
  /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|\r?$)/m // explicit keys
]

/** yaml refuses an implicit key whose ":" is more than 1024 characters after its start. */
const LONGEST_KEY = 1000

/**
 * The outcome of setScalars on `source`, or undefined when it is left to the `yaml` path. A
 * defined outcome is always a success: the edited text, checked as runEdits checks it.
 */
export function fastSetScalars(
  source: string,
  edits: readonly SetScalar[],
  kind: EditKind<SetScalar>
): EditOutcome | undefined {
  return fastEdits(source, edits, kind, edit => ({
    leaf: { kind: 'scalar', value: edit.value },
    before: edit.before
  }))
}

/**
 * The outcome of appendItems on `source`, or undefined when it is left to the `yaml` path: as
 * fastSetScalars, for a text without aliases (yaml compares an item holding one as unequal).
 */
export function fastAppendItems(
  source: string,
  edits: readonly AppendItem[],
  kind: EditKind<AppendItem>
): EditOutcome | undefined {
  if (source.includes('*')) return undefined
  return fastEdits(source, edits, kind, edit => ({
    leaf: { kind: 'sequence', item: edit.item },
    before: undefined
  }))
}

function fastEdits<E extends SetScalar | AppendItem>(
  source: string,
  edits: readonly E[],
  kind: EditKind<E>,
  leafOf: (edit: E) => { leaf: Leaf; before: readonly string[] | undefined }
): EditOutcome | undefined {
  if (edits.length === 0 || asterisks(source) > MAX_ALIASES) return undefined
  if (LEFT_TO_YAML.some(pattern => pattern.test(source))) return undefined
  const read = readFrames(source)
  if (!read) return undefined
  const layout = layoutOf(source, read.roots)
  if (!layout) return undefined
  const plans: Splice[][] = []
  // An edit made twice (fix registers an overlay's patch file once per workload) is planned once:
  // the yaml path, planning in turn, finds the second already done.
  const distinct = edits.filter(
    (edit, index) => edits.findIndex(other => isDeepStrictEqual(other, edit)) === index
  )
  for (const edit of distinct) {
    const root = read.roots[edit.document]
    const { leaf, before } = leafOf(edit)
    const planned = root && planPath(source, layout, root, edit.path, leaf, before)
    if (!planned) return undefined
    plans.push(planned)
  }
  if (!independent(plans)) return undefined
  const text = applySplices(source, plans.flat())
  if (text === source) return { ok: true, text: source, changed: false }
  if (asterisks(text) > MAX_ALIASES) return undefined
  let after: unknown[]
  try {
    after = loadAll(text, undefined, { schema: CORE_SCHEMA })
  } catch {
    return undefined
  }
  if (after.length !== read.values.length) return undefined
  // The values were read for this check alone, and no edit goes through a node that two places
  // share (an anchor or alias on the path is left to yaml): the edits apply to them in place.
  const expected = read.values
  for (const edit of edits) expected[edit.document] = kind.expect(expected[edit.document], edit)
  return after.every((value, index) => sameValue(value, expected[index]))
    ? { ok: true, text, changed: true }
    : undefined
}

/** The documents' values and a frame per node, or undefined when js-yaml cannot read the text. */
function readFrames(text: string): { values: unknown[]; roots: Frame[] } | undefined {
  // js-yaml drops a byte-order mark before it reads: its offsets start after it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const roots: Frame[] = []
  const reading: Frame[] = []
  let values: unknown[]
  try {
    values = loadAll(text, undefined, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          reading.push({
            open: state.position + shift,
            close: 0,
            kind: null,
            result: undefined,
            children: []
          })
          return
        }
        const frame = reading.pop()
        if (!frame) return
        frame.close = state.position + shift
        frame.kind = state.kind as Frame['kind']
        frame.result = state.result
        // A block mapping ends with an attempt to read one more key that reads nothing (at a
        // document marker, say): not a key.
        const last = frame.children.at(-1)
        if (frame.kind === 'mapping' && frame.children.length % 2 === 1 && last)
          if (last.kind === null && last.close === last.open) frame.children.pop()
        ;(reading.at(-1)?.children ?? roots).push(frame)
      }
    })
  } catch {
    return undefined
  }
  return roots.length === values.length ? { values, roots } : undefined
}

/** Past spaces, line breaks and comments (the text holds no tab). */
function skipSeparation(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at)
    if (c === 0x20 || c === 0x0a || c === 0x0d) at++
    else if (c === 0x23) {
      const lineBreak = text.indexOf('\n', at)
      at = lineBreak === -1 ? text.length : lineBreak
    } else return at
  }
}

/** Where a node's own text starts (past separation and its anchor or tag), and whether it has those. */
function contentStart(text: string, from: number): { at: number; props: boolean } {
  let at = skipSeparation(text, from)
  let props = false
  while (text[at] === '&' || text[at] === '!') {
    props = true
    while (at < text.length && !/[ \r\n]/.test(text[at]!)) at++
    at = skipSeparation(text, at)
  }
  return { at, props }
}

/**
 * The frame that holds a node's reading. js-yaml reads a flow collection or a scalar that starts
 * a block node as a possible mapping key first; that inner frame is the node (the outer one ends
 * after the spaces that follow it).
 */
function unwrap(text: string, frame: Frame): Frame {
  for (;;) {
    const only = frame.children.length === 1 ? frame.children[0] : undefined
    if (
      !only ||
      frame.kind === null ||
      only.kind !== frame.kind ||
      only.result !== frame.result ||
      only.open !== contentStart(text, frame.open).at
    )
      return frame
    frame = only
  }
}

/** A block mapping: its first key starts where it starts (a flow mapping's starts after "{"). */
function isBlockMap(frame: Frame, at: number): boolean {
  return (
    frame.kind === 'mapping' &&
    frame.children.length >= 2 &&
    frame.children.length % 2 === 0 &&
    frame.children[0]!.open === at
  )
}

const spansLines = (text: string, from: number, to: number) => {
  const lineBreak = text.indexOf('\n', from)
  return lineBreak !== -1 && lineBreak < to
}

/**
 * detectLayout's counts, from the frames: every pair of a block mapping with a scalar key whose
 * value is a block mapping (the step to its first key) or a block sequence (the column of its
 * dash), in document order. Undefined for what yaml may place otherwise or refuse: a key with an
 * anchor or tag, a key too long, a quoted scalar or a flow collection over several lines.
 */
function layoutOf(text: string, roots: readonly Frame[]): Layout | undefined {
  const steps = new Map<number, number>()
  const sequenceIndents = new Map<number, number>()
  let placeable = true
  const visit = (frame: Frame): void => {
    const node = unwrap(text, frame)
    const { at } = contentStart(text, node.open)
    if (node.kind === 'mapping' && isBlockMap(node, at)) {
      for (let index = 0; index < node.children.length && placeable; index += 2) {
        const key = node.children[index]!
        const value = node.children[index + 1]!
        const keyChar = text[key.open]
        if (keyChar === '&' || keyChar === '!' || key.close - key.open > LONGEST_KEY) {
          placeable = false
          return
        }
        if (key.kind === 'scalar') countPair(key, value)
        visit(value)
      }
    } else if (node.kind === 'sequence' && text[at] === '-') {
      for (const item of node.children) if (placeable) visit(item)
    } else if (node.kind === 'mapping' || node.kind === 'sequence') {
      if (spansLines(text, at, node.close)) placeable = false
    } else if (node.kind === 'scalar' && (text[at] === '"' || text[at] === "'")) {
      if (spansLines(text, at, node.close)) placeable = false
    }
  }
  const countPair = (key: Frame, frame: Frame) => {
    const keyColumn = columnOf(text, key.open)
    const value = unwrap(text, frame)
    if (value.kind !== 'mapping' && value.kind !== 'sequence') return
    const { at } = contentStart(text, value.open)
    if (isBlockMap(value, at)) {
      const step = columnOf(text, value.children[0]!.open) - keyColumn
      if (step > 0) increment(steps, step)
    } else if (value.kind === 'sequence' && text[at] === '-') {
      increment(sequenceIndents, columnOf(text, at) - keyColumn)
    }
  }
  for (const root of roots) if (placeable) visit(root)
  return placeable ? layoutFromCounts(text, steps, sequenceIndents) : undefined
}

/** The end of a one-line plain scalar starting at `start` (js-yaml stopped reading it at `close`). */
function plainEnd(text: string, start: number, close: number): number | undefined {
  const lineBreak = text.indexOf('\n', start)
  const lineEnd = lineBreak === -1 ? text.length : lineBreak
  if (close > lineEnd) return undefined // continued below, or a comment below it
  let end = start
  for (let at = start; at < lineEnd; at++) {
    const c = text[at]
    if (c === '#' && text[at - 1] === ' ') break
    if (c !== ' ' && c !== '\r') end = at + 1
  }
  return end
}

/**
 * An offset on the line where a node's last content ends (not at that line's start), as yaml's
 * contentEnd gives it for nextLineStart; undefined where it is not placed exactly here.
 */
function contentEnd(text: string, frame: Frame): number | undefined {
  const node = unwrap(text, frame)
  const { at } = contentStart(text, node.open)
  const c = text[at]
  if (node.kind === 'mapping') {
    if (!isBlockMap(node, at))
      return c === '{' && text[node.close - 1] === '}' ? node.close : undefined
    const key = node.children.at(-2)!
    const value = node.children.at(-1)!
    const valueEnd = isEmpty(text, value) ? key.close : contentEnd(text, value)
    return valueEnd === undefined ? undefined : Math.max(key.close, valueEnd)
  }
  if (node.kind === 'sequence') {
    if (c === '[') return text[node.close - 1] === ']' ? node.close : undefined
    const items = node.children
    const complete = Array.isArray(node.result) && items.length === node.result.length
    return complete && items.length > 0 ? contentEnd(text, items.at(-1)!) : undefined
  }
  if (node.kind === 'scalar') {
    if (c === '"' || c === "'") return text[node.close - 1] === c ? node.close : undefined
    if (c === '|' || c === '>') return undefined
    return plainEnd(text, at, node.close)
  }
  if (c === '*' && node.close > at) {
    let end = at + 1
    while (end < text.length && !/[\s,[\]{}]/.test(text[end]!)) end++
    return end
  }
  return undefined
}

/** A value with no text at all (`key:`): nothing read, not an alias, no anchor or tag. */
function isEmpty(text: string, frame: Frame): boolean {
  if (frame.kind !== null) return false
  const { at, props } = contentStart(text, frame.open)
  return !props && !(text[at] === '*' && frame.close > at)
}

const NULL_WORDS = new Set(['~', 'null', 'Null', 'NULL'])

/**
 * A key yaml reads as this same string: quoted, or plain in the form that is a string in YAML
 * 1.2 and 1.1 (js-yaml and yaml agree on quoted scalars and on such plain ones).
 */
function surelyString(text: string, key: Frame): boolean {
  const c = text[key.open]
  if (c === '"' || c === "'") return true
  const source = text.slice(key.open, key.close).trimEnd()
  return source === key.result && isPlainAsIs(source)
}

/**
 * The splices planSetScalar (a scalar leaf) or planAppendItem (a sequence leaf) makes for an edit
 * at `path`, or undefined where the `yaml` path is to decide.
 */
function planPath(
  text: string,
  layout: Layout,
  root: Frame,
  path: readonly PathSegment[],
  leaf: Leaf,
  before: readonly string[] | undefined
): Splice[] | undefined {
  if (path.length === 0) return undefined
  let node = unwrap(text, root)
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]
    const { at, props } = contentStart(text, node.open)
    if (typeof segment !== 'string' || props || !isBlockMap(node, at)) return undefined
    let found: number | undefined
    for (let index = 0; index < node.children.length; index += 2) {
      // Keys js-yaml reads as strings, no alias and no merge key ('<<': yaml refuses the map).
      const key = node.children[index]!
      if (key.kind !== 'scalar' || typeof key.result !== 'string' || key.result === '<<')
        return undefined
      if (found === undefined && key.result === segment) found = index
    }
    const rest = path.slice(depth)
    if (found === undefined) return insertIntoMap(text, layout, node, rest, leaf, before)
    const key = node.children[found]!
    if (!surelyString(text, key)) return undefined
    const value = unwrap(text, node.children[found + 1]!)
    const nullText = nullSource(text, value)
    if (nullText === undefined) return undefined
    if (nullText !== false) return fillOrExpand(text, layout, key, nullText, rest.slice(1), leaf)
    if (depth === path.length - 1)
      return leaf.kind === 'scalar'
        ? replaceScalar(text, value, leaf.value)
        : appendToSequence(text, layout, value, leaf.item)
    node = value
  }
  return undefined
}

/**
 * For a null value: its text's range, or null when it has none (`key:`). False for any other
 * value; undefined for an alias, a tag or anchor, or a null not placed exactly.
 */
function nullSource(text: string, value: Frame): [number, number] | null | false | undefined {
  const { at, props } = contentStart(text, value.open)
  if (value.kind === null) return isEmpty(text, value) ? null : undefined
  if (props) return undefined
  if (value.kind !== 'scalar' || value.result !== null) return false
  const end = plainEnd(text, at, value.close)
  return end !== undefined && NULL_WORDS.has(text.slice(at, end)) ? [at, end] : undefined
}

function insertIntoMap(
  text: string,
  layout: Layout,
  map: Frame,
  rest: readonly PathSegment[],
  leaf: Leaf,
  before: readonly string[] | undefined
): Splice[] | undefined {
  if (!rest.every(segment => typeof segment === 'string')) return undefined
  const lines = blockEntryLines(rest, leaf, columnOf(text, map.children[0]!.open), layout)
  const sibling = leaf.kind === 'scalar' ? siblingToPrecede(text, map, before) : undefined
  const end = sibling === undefined ? contentEnd(text, map) : undefined
  if (sibling === undefined && end === undefined) return undefined
  const at = sibling === undefined ? nextLineStart(text, end!) : startOfCommentsAbove(text, sibling)
  return [insertLines(text, at, lines, layout.eol)]
}

/** The key to insert before; only one that starts its own line (not `- spec:`) will do. */
function siblingToPrecede(
  text: string,
  map: Frame,
  before: readonly string[] | undefined
): number | undefined {
  for (let index = 0; index < map.children.length; index += 2) {
    const key = map.children[index]!
    if (!before?.includes(String(key.result))) continue
    const lineStart = text.lastIndexOf('\n', key.open - 1) + 1
    return text.slice(lineStart, key.open).trim() === '' ? key.open : undefined
  }
  return undefined
}

/**
 * A null value: a scalar leaf put where it is (the path ends there), or what the rest of the path
 * and the leaf make, below its key.
 */
function fillOrExpand(
  text: string,
  layout: Layout,
  key: Frame,
  nullText: [number, number] | null,
  keys: readonly PathSegment[],
  leaf: Leaf
): Splice[] | undefined {
  if (keys.length === 0 && leaf.kind === 'scalar') {
    const rendered = renderScalar(leaf.value, 'block')
    if (nullText) return [{ start: nullText[0], end: nullText[1], text: rendered }]
    const filled = fillEmptyValue(text, key.close, key.open, rendered)
    return isRefusal(filled) ? undefined : filled
  }
  if (!keys.every(segment => typeof segment === 'string')) return undefined
  const keyColumn = columnOf(text, key.open)
  const lines =
    keys.length > 0
      ? blockEntryLines(keys, leaf, keyColumn + layout.indentStep, layout)
      : blockItemLines(
          (leaf as Extract<Leaf, { kind: 'sequence' }>).item,
          keyColumn + layout.sequenceIndent
        )
  const splices: Splice[] = []
  let lineEnd = key.close
  if (nullText) {
    splices.push(deleteWithSpacesBefore(text, nullText[0], nullText[1]))
    lineEnd = nullText[1]
  }
  splices.push(insertLines(text, nextLineStart(text, lineEnd), lines, layout.eol))
  return splices
}

/** A one-line string scalar, replaced in its own quoting style. */
function replaceScalar(text: string, value: Frame, replacement: string): Splice[] | undefined {
  const { at, props } = contentStart(text, value.open)
  if (props || value.kind !== 'scalar' || typeof value.result !== 'string') return undefined
  const c = text[at]
  let end: number | undefined
  let style: QuoteStyle = 'plain'
  if (c === '"' || c === "'") {
    if (text[value.close - 1] !== c || spansLines(text, at, value.close)) return undefined
    end = value.close
    style = c === '"' ? 'double' : 'single'
  } else {
    end = plainEnd(text, at, value.close)
    if (end === undefined || !isPlainAsIs(text.slice(at, end))) return undefined
  }
  if (value.result === replacement) return []
  return [{ start: at, end, text: renderScalar(replacement, 'block', style) }]
}

/**
 * An item appended to a block sequence after its last item, unless an equal item is there. Its
 * items must read the same in yaml and js-yaml (see `settled`), so that both find the same.
 */
function appendToSequence(
  text: string,
  layout: Layout,
  sequence: Frame,
  item: AppendItem['item']
): Splice[] | undefined {
  const { at, props } = contentStart(text, sequence.open)
  if (props || sequence.kind !== 'sequence' || text[at] !== '-') return undefined
  if (!settled(text, sequence)) return undefined
  if ((sequence.result as unknown[]).some(existing => isDeepStrictEqual(existing, item))) return []
  const end = contentEnd(text, sequence)
  if (end === undefined) return undefined
  const lines = blockItemLines(item, columnOf(text, at))
  return [insertLines(text, nextLineStart(text, end), lines, layout.eol)]
}

/** Plain scalars that are strings in neither reading: booleans and nulls of YAML 1.1 too. */
const WORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null', '~'])
/** What numbers are made of, in any notation (hex digits, `0x`, `0o`, `0b`, exponents, `.inf`, `.nan`). */
const NUMBER_CHARACTERS = /^[0-9a-fA-FxXoObB+\-._:iInN]*$/

/**
 * Whether yaml reads a node as js-yaml does: plain one-line scalars that are strings in both
 * (they hold a character no number or timestamp has, and are no boolean or null word), decimal
 * integers, `null`, `~`, `true`, `false`; one-line quoted scalars; block mappings and sequences
 * of those. Not block scalars, flow collections, aliases, anchors or tags.
 */
function settled(text: string, frame: Frame): boolean {
  const node = unwrap(text, frame)
  const { at, props } = contentStart(text, node.open)
  if (props) return false
  if (node.kind === 'mapping')
    return isBlockMap(node, at) && node.children.every(child => settled(text, child))
  if (node.kind === 'sequence')
    return (
      text[at] === '-' &&
      Array.isArray(node.result) &&
      node.children.length === node.result.length &&
      node.children.every(child => settled(text, child))
    )
  if (node.kind !== 'scalar') return false
  const c = text[at]
  if (c === '"' || c === "'") return text[node.close - 1] === c && !spansLines(text, at, node.close)
  const end = plainEnd(text, at, node.close)
  if (end === undefined) return false
  const plain = text.slice(at, end)
  if (plain === '__proto__') return false
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(plain)) return true
  if (
    ['null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(plain)
  )
    return true
  return !WORDS.has(plain.toLowerCase()) && !NUMBER_CHARACTERS.test(plain)
}

/**
 * isDeepStrictEqual for what js-yaml reads with the core schema (plain objects, arrays, strings,
 * numbers, booleans, null), several times faster on these; anything else is compared by it.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Object.is(a, b)
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    if (
      Object.getPrototypeOf(a) !== Array.prototype ||
      Object.getPrototypeOf(b) !== Array.prototype
    )
      return isDeepStrictEqual(a, b)
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false
    return Object.keys(a).length === a.length && Object.keys(b).length === b.length
  }
  const prototype = Object.getPrototypeOf(a) as unknown
  if (prototype !== Object.prototype || Object.getPrototypeOf(b) !== prototype)
    return isDeepStrictEqual(a, b)
  if (Object.getOwnPropertySymbols(a).length + Object.getOwnPropertySymbols(b).length > 0)
    return isDeepStrictEqual(a, b)
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  for (const key of keys)
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false
  return true
}
