// src/shared depends on nothing in the project, so kustomize-lite and yaml-edit, which may import
// it, still stand alone (a bundler inlines it when one of them is published by itself).

/** A YAML mapping as plain data (js-yaml's and yaml's `toJS()` output). */
export type YamlObject = Record<string, unknown>

export function isObject(value: unknown): value is YamlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `target[key] = value` for data: a `__proto__` key (YAML can hold one) becomes an own property,
 * where assigning it would set the target's prototype instead.
 */
export function setOwn(target: YamlObject, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
  else target[key] = value
}

/**
 * Deep copy of plain data (arrays and plain objects; anything else is kept as is) that also
 * unshares YAML aliases, so editing one occurrence never edits another. `copyExtras` may carry
 * what is not an enumerable key (kustomize-lite's textual-null marks) from each map to its copy.
 */
export function deepClone<T>(
  value: T,
  copyExtras?: (source: YamlObject, copy: YamlObject) => void
): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length)
    for (let index = 0; index < value.length; index++)
      items[index] = deepClone(value[index] as unknown, copyExtras)
    return items as T
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  const source = value as YamlObject
  const copy: YamlObject = {}
  const keys = Object.keys(source)
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    setOwn(copy, key, deepClone(source[key], copyExtras))
  }
  copyExtras?.(source, copy)
  return copy as T
}
