/** Plain JSON-like values as js-yaml produces them. */
export type PlainObject = Record<string, unknown>

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isEmptyMap(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 0
}

export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepClone(item)) as T
  if (isPlainObject(value)) {
    const copy: PlainObject = {}
    for (const [key, item] of Object.entries(value)) copy[key] = deepClone(item)
    return copy as T
  }
  return value
}

export function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false
    return left.every((item, index) => deepEqual(item, right[index]))
  }
  if (isPlainObject(left) && isPlainObject(right)) {
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
