import { isObject } from '../../shared/objects.js'

export function isEmptyMap(value: unknown): boolean {
  return isObject(value) && Object.keys(value).length === 0
}

// Not node:util isDeepStrictEqual: like kyaml, 0 equals -0 and NaN equals nothing.
export function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false
    return left.every((item, index) => deepEqual(item, right[index]))
  }
  if (isObject(left) && isObject(right)) {
    const leftKeys = Object.keys(left)
    if (leftKeys.length !== Object.keys(right).length) return false
    return leftKeys.every(key => Object.hasOwn(right, key) && deepEqual(left[key], right[key]))
  }
  return false
}

/** The text kyaml compares when it matches scalars (a YAML node's Value). Collections have none. */
export function scalarText(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  return ''
}

/** Replaces the contents of an array without changing its identity (kyaml shares nodes). */
export function replaceContents(list: unknown[], items: unknown[]): void {
  list.splice(0, list.length, ...items)
}
