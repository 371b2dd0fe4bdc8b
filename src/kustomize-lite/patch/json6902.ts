import { deepClone, isObject, type YamlObject } from '../../shared/objects.js'
import { deepEqual } from './values.js'

/**
 * RFC 6902 as kustomize v5.5 applies it (evanphx/json-patch v4.12), which is more lenient than the RFC:
 * negative indexes count from the end, a missing `value` is null, `replace` of a missing key in an
 * existing object adds it, `copy` from a missing key copies null, and a `test` of a missing
 * location passes against null. Parents must exist; list indexes must be in range.
 */

interface Operation {
  readonly op: string
  readonly path: string
  readonly value?: unknown
  readonly from?: string
}

type Container = YamlObject | unknown[]

interface Location {
  readonly parent: Container
  readonly token: string
}

export function applyJson6902(target: YamlObject, operations: unknown[]): YamlObject {
  let document: unknown = deepClone(target)
  operations.forEach((raw, index) => {
    const operation = readOperation(raw, index)
    try {
      document = applyOperation(document, operation)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(
        `json patch operation ${index} (${operation.op} ${operation.path}): ${reason}`
      )
    }
  })
  if (!isObject(document)) {
    throw new Error('json patch: the patched document is no longer an object')
  }
  return document
}

/** kustomize's rule: a patch file that decodes as a list of operations is a JSON 6902 patch. */
export function isJson6902Patch(parsed: unknown): boolean {
  return Array.isArray(parsed) && parsed.every(operation => isObject(operation))
}

function readOperation(raw: unknown, index: number): Operation {
  if (!isObject(raw)) throw new Error(`json patch operation ${index} is not an object`)
  const { op, path, from } = raw
  if (typeof op !== 'string') throw new Error(`json patch operation ${index} has no 'op'`)
  if (typeof path !== 'string') throw new Error(`json patch operation ${index} has no 'path'`)
  if (from !== undefined && typeof from !== 'string') {
    throw new Error(`json patch operation ${index}: 'from' must be a string`)
  }
  return Object.hasOwn(raw, 'value') ? { op, path, from, value: raw.value } : { op, path, from }
}

function applyOperation(document: unknown, operation: Operation): unknown {
  switch (operation.op) {
    case 'add':
      return add(document, operation.path, valueOf(operation))
    case 'remove':
      return remove(document, operation.path).document
    case 'replace':
      return replace(document, operation.path, valueOf(operation))
    case 'move':
      return move(document, requireFrom(operation), operation.path)
    case 'copy':
      return add(document, operation.path, deepClone(getOrNull(document, requireFrom(operation))))
    case 'test':
      test(document, operation.path, operation.value)
      return document
    default:
      throw new Error(`unknown operation '${operation.op}'`)
  }
}

function valueOf(operation: Operation): unknown {
  return 'value' in operation ? deepClone(operation.value) : null
}

function requireFrom(operation: Operation): string {
  if (operation.from === undefined) throw new Error(`'${operation.op}' needs a 'from'`)
  return operation.from
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer '${pointer}'`)
  return pointer
    .slice(1)
    .split('/')
    .map(token => token.replaceAll('~1', '/').replaceAll('~0', '~'))
}

function locate(document: unknown, pointer: string): Location {
  const tokens = parsePointer(pointer)
  const token = tokens.pop()
  if (token === undefined) throw new Error('the whole document cannot be the target')
  let parent: unknown = document
  for (const step of tokens) {
    parent = childOf(parent, step)
    if (parent === undefined) throw new Error(`path '${pointer}' not found`)
  }
  if (!isObject(parent) && !Array.isArray(parent)) {
    throw new Error(`path '${pointer}' not found: its parent is not an object or a list`)
  }
  return { parent, token }
}

function childOf(container: unknown, token: string): unknown {
  if (Array.isArray(container)) {
    const index = parseIndex(token, container.length, false)
    return container[index]
  }
  if (isObject(container) && Object.hasOwn(container, token)) return container[token]
  return undefined
}

/**
 * Negative indexes count from the end, as evanphx/json-patch allows by default; for an insertion
 * the end itself is a position, so -1 appends.
 */
function parseIndex(token: string, length: number, forInsert: boolean): number {
  if (!/^-?\d+$/.test(token)) throw new Error(`'${token}' is not a list index`)
  const positions = forInsert ? length + 1 : length
  let index = Number(token)
  if (index < 0) index += positions
  if (index < 0 || index >= positions) {
    throw new Error(`index ${token} is out of range (length ${length})`)
  }
  return index
}

/** A missing key of an existing object reads as null; a missing parent is an error. */
function getOrNull(document: unknown, pointer: string): unknown {
  if (pointer === '') return document
  const { parent, token } = locate(document, pointer)
  if (Array.isArray(parent)) return childOf(parent, token)
  return Object.hasOwn(parent, token) ? parent[token] : null
}

/** The value at a pointer, or undefined when anything on the way is missing. */
function lookup(document: unknown, pointer: string): unknown {
  try {
    let value: unknown = document
    for (const token of parsePointer(pointer)) value = childOf(value, token)
    return value
  } catch {
    return undefined
  }
}

function add(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value
  const { parent, token } = locate(document, pointer)
  if (Array.isArray(parent)) {
    const index = token === '-' ? parent.length : parseIndex(token, parent.length, true)
    parent.splice(index, 0, value)
  } else {
    parent[token] = value
  }
  return document
}

function remove(document: unknown, pointer: string): { document: unknown; removed: unknown } {
  const { parent, token } = locate(document, pointer)
  if (Array.isArray(parent)) {
    const index = parseIndex(token, parent.length, false)
    const [removed] = parent.splice(index, 1)
    return { document, removed }
  }
  if (!Object.hasOwn(parent, token)) throw new Error(`path '${pointer}' not found`)
  const removed = parent[token]
  delete parent[token]
  return { document, removed }
}

function replace(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value
  const { parent, token } = locate(document, pointer)
  if (Array.isArray(parent)) {
    parent[parseIndex(token, parent.length, false)] = value
  } else {
    parent[token] = value
  }
  return document
}

function move(document: unknown, from: string, pointer: string): unknown {
  if (from === pointer) return document
  if (pointer.startsWith(`${from}/`)) throw new Error(`cannot move '${from}' into itself`)
  const { removed } = remove(document, from)
  return add(document, pointer, removed)
}

function test(document: unknown, pointer: string, expected: unknown): void {
  const actual = lookup(document, pointer)
  if (actual === undefined && (expected === null || expected === undefined)) return
  if (!deepEqual(actual, expected)) {
    const found = actual === undefined ? 'nothing' : JSON.stringify(actual)
    throw new Error(`test failed: expected ${JSON.stringify(expected)}, found ${found}`)
  }
}
