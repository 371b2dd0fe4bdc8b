import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml'
import type { Node } from 'yaml'
import { isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'

const MASK = '<masked>'

/**
 * A text without these holds nothing to mask, and is not parsed: a `Secret` kind or a
 * `secretGenerator` key appears as such in plain, quoted and block scalars alike (folding never
 * joins words without a space), except through a double-quoted escape, hence the backslash.
 */
const MAY_HOLD_SECRETS = /Secret|secretGenerator|\\/

/**
 * The text with every Secret value replaced by `<masked>`: the values of a Secret's `data` and
 * `stringData`, and a kustomization's `secretGenerator` literals. Lines are kept one for one,
 * so a diff of two masked texts has the hunks of the unmasked ones, with no value in them.
 */
export function maskSecretValues(text: string): string {
  if (!MAY_HOLD_SECRETS.test(text)) return text
  const spans: [number, number][] = []
  const lines = new LineCounter()
  for (const document of parseAllDocuments(text, { lineCounter: lines })) {
    if (!('contents' in document) || !isMap(document.contents)) continue
    if (document.get('kind') === 'Secret')
      for (const field of ['data', 'stringData'])
        spans.push(...mapValueSpans(document.get(field, true)))
    spans.push(...literalSpans(document.get('secretGenerator', true)))
  }
  return spans.length === 0 ? text : applyMasks(text, spans, lines)
}

function mapValueSpans(node: unknown): [number, number][] {
  if (!isMap(node)) return []
  return node.items.flatMap(pair => spanOf(pair.value))
}

function literalSpans(generators: unknown): [number, number][] {
  if (!isSeq(generators)) return []
  return generators.items.flatMap(generator => {
    const literals = isMap(generator) ? generator.get('literals', true) : undefined
    return isSeq(literals) ? literals.items.flatMap(spanOf) : []
  })
}

function spanOf(node: unknown): [number, number][] {
  const range = (node as Node | null)?.range
  if (!range || (isScalar(node) && node.value === null)) return []
  return [[range[0], range[1]]]
}

/** Replaces each span by the mask: on its first line from where it starts, later lines whole. */
function applyMasks(text: string, spans: readonly [number, number][], lines: LineCounter): string {
  const output = text.split('\n')
  for (const [start, end] of spans) {
    const first = lines.linePos(start)
    const last = lines.linePos(Math.max(start, end - 1))
    for (let line = first.line; line <= last.line; line++) {
      const original = output[line - 1] ?? ''
      const ending = original.endsWith('\r') ? '\r' : ''
      const body = ending ? original.slice(0, -1) : original
      if (line !== first.line) {
        output[line - 1] = body.slice(0, body.length - body.trimStart().length) + ending
        continue
      }
      const to = last.line === first.line ? last.col : body.length
      output[line - 1] = `${body.slice(0, first.col - 1)}${MASK}${body.slice(to)}${ending}`
    }
  }
  return output.join('\n')
}

/**
 * A built object as it may be printed: a Secret's `data` and `stringData` values replaced by
 * `<masked>` (keys kept, nulls left as they are), in a copy; any other object as it is.
 */
export function maskSecretObject(object: YamlObject): YamlObject {
  if (object.kind !== 'Secret') return object
  const masked = { ...object }
  for (const field of ['data', 'stringData']) {
    const values = object[field]
    if (isObject(values))
      masked[field] = Object.fromEntries(
        Object.entries(values).map(([key, value]) => [key, value === null ? null : MASK])
      )
  }
  return masked
}
