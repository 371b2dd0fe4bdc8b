import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'
import { isRefusal, refuse, type PathSegment, type Refusal } from './types.js'

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>
type AnyPair = Pair<unknown, unknown>

/** Where a path ends in a document. */
export type Landing =
  | { kind: 'found'; value: unknown; pair: AnyPair | undefined; parent: Collection | undefined }
  | { kind: 'missing-key'; map: YAMLMap<unknown, unknown>; rest: string[] }
  | { kind: 'null-value'; pair: AnyPair; map: YAMLMap<unknown, unknown>; rest: string[] }

export function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] | null } | null)?.range?.[0]
}

export function endOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] | null } | null)?.range?.[1]
}

export function isNullScalar(node: unknown): node is Scalar {
  return isScalar(node) && node.value === null
}

const aliasedAnchorsOf = new WeakMap<Document.Parsed, Set<string>>()

/** The anchors some alias of the document uses; found once per document, not once per edit. */
function anchorsUsedByAliases(document: Document.Parsed): Set<string> {
  const known = aliasedAnchorsOf.get(document)
  if (known) return known
  const used = new Set<string>()
  visit(document, {
    Alias(_, alias) {
      used.add(alias.source)
    }
  })
  aliasedAnchorsOf.set(document, used)
  return used
}

function findPair(
  map: YAMLMap<unknown, unknown>,
  key: string,
  document: Document.Parsed
): AnyPair | undefined {
  return map.items.find(pair => keyValue(pair.key, document) === key)
}

/** A key's value; an alias key (`*app: ...`, common in app-template values) reads its anchor's. */
function keyValue(key: unknown, document: Document.Parsed): unknown {
  const node = isAlias(key) ? key.resolve(document) : key
  return isScalar(node) ? node.value : undefined
}

function hasMergeKey(map: YAMLMap<unknown, unknown>): boolean {
  return map.items.some(
    pair => isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN'
  )
}

function describe(node: unknown): string {
  if (isSeq(node)) return 'a sequence'
  if (isMap(node)) return 'a map'
  if (isScalar(node)) return `the scalar ${JSON.stringify(node.source ?? node.value)}`
  return 'nothing'
}

function pathText(path: readonly PathSegment[], length: number): string {
  return path.slice(0, length).join('.') || '(document root)'
}

/** Refuses nodes whose edit would also change other places: aliases, and anchors some alias uses. */
function refuseShared(
  node: unknown,
  aliasedAnchors: Set<string>,
  where: string,
  keyOffset: number | undefined
): Refusal | undefined {
  const offset = keyOffset ?? startOf(node) ?? 0
  if (isAlias(node)) {
    return refuse(`${where} is the alias *${node.source}; edit the anchored node instead`, offset)
  }
  const anchor = (node as { anchor?: string } | null)?.anchor
  if (anchor !== undefined && aliasedAnchors.has(anchor)) {
    return refuse(
      `${where} carries the anchor &${anchor} that an alias uses; the alias would change too`,
      offset
    )
  }
  return undefined
}

function stringSegments(rest: readonly PathSegment[], offset: number): string[] | Refusal {
  const index = rest.find(segment => typeof segment === 'number')
  if (index !== undefined) {
    return refuse(`cannot create the sequence item ${index} of a missing path`, offset)
  }
  return rest as string[]
}

function stepIntoMap(
  map: YAMLMap<unknown, unknown>,
  path: readonly PathSegment[],
  depth: number,
  document: Document.Parsed
): Landing | AnyPair | Refusal {
  const segment = path[depth]
  const offset = startOf(map) ?? 0
  if (typeof segment !== 'string') {
    return refuse(
      `${pathText(path, depth)} is a map, not a sequence to index with ${segment}`,
      offset
    )
  }
  if (hasMergeKey(map)) {
    return refuse(
      `${pathText(path, depth)} has a merge key (<<); its keys come from elsewhere`,
      offset
    )
  }
  const pair = findPair(map, segment, document)
  if (pair) return pair
  const rest = stringSegments(path.slice(depth), offset)
  return Array.isArray(rest) ? { kind: 'missing-key', map, rest } : rest
}

function stepIntoSequence(
  seq: YAMLSeq<unknown>,
  path: readonly PathSegment[],
  depth: number
): { item: unknown } | Refusal {
  const segment = path[depth]
  const offset = startOf(seq) ?? 0
  if (typeof segment !== 'number') {
    return refuse(
      `${pathText(path, depth)} is a sequence, not a map with the key ${segment}`,
      offset
    )
  }
  if (segment < 0 || segment >= seq.items.length) {
    return refuse(`${pathText(path, depth)} has no item ${segment}`, offset)
  }
  return { item: seq.items[segment] }
}

/** Follows `path` as far as it exists, refusing where an edit would not be local and safe. */
export function walkPath(
  document: Document.Parsed,
  path: readonly PathSegment[]
): Landing | Refusal {
  const aliasedAnchors = anchorsUsedByAliases(document)
  let node: unknown = document.contents
  let pair: AnyPair | undefined
  let parent: Collection | undefined
  for (let depth = 0; depth < path.length; depth++) {
    const shared = refuseShared(node, aliasedAnchors, pathText(path, depth), startOf(pair?.key))
    if (shared) return shared
    if (isMap(node)) {
      const step = stepIntoMap(node, path, depth, document)
      if (!('key' in step)) return step
      ;[node, pair, parent] = [step.value, step, node]
    } else if (isSeq(node)) {
      const step = stepIntoSequence(node, path, depth)
      if (isRefusal(step)) return step
      ;[node, pair, parent] = [step.item, undefined, node]
    } else if ((node === null || isNullScalar(node)) && pair && isMap(parent)) {
      const rest = stringSegments(path.slice(depth), startOf(node) ?? startOf(pair.key) ?? 0)
      return Array.isArray(rest) ? { kind: 'null-value', pair, map: parent, rest } : rest
    } else {
      const offset = startOf(node) ?? startOf(pair?.key) ?? 0
      return refuse(`${pathText(path, depth)} is ${describe(node)}, not a map`, offset)
    }
  }
  const shared = refuseShared(node, aliasedAnchors, pathText(path, path.length), startOf(pair?.key))
  return shared ?? { kind: 'found', value: node, pair, parent }
}

/** Offset of the deepest node on `path` that exists: the key of a pair, or a sequence item. */
export function deepestOffset(
  document: Document.Parsed,
  path: readonly PathSegment[]
): number | undefined {
  let node: unknown = document.contents
  let offset = startOf(node)
  for (const segment of path) {
    if (isMap(node) && typeof segment === 'string') {
      const pair = findPair(node, segment, document)
      if (!pair) break
      ;[node, offset] = [pair.value, startOf(pair.key) ?? offset]
    } else if (isSeq(node) && typeof segment === 'number' && segment in node.items) {
      node = node.items[segment]
      offset = startOf(node) ?? offset
    } else {
      break
    }
  }
  return offset
}
