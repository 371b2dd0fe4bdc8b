// src/shared depends on nothing in the project, so kustomize-lite and yaml-edit, which may import
// it, still stand alone (a bundler inlines it when one of them is published by itself).

/** A YAML mapping as plain data (js-yaml's and yaml's `toJS()` output). */
export type YamlObject = Record<string, unknown>

export function isObject(value: unknown): value is YamlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Deep copy of plain data (arrays and plain objects; anything else is kept as is) that also
 * unshares YAML aliases, so editing one occurrence never edits another.
 */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepClone) as T
  if (isObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: YamlObject = {}
    for (const key of Object.keys(value)) {
      const item = deepClone(value[key])
      // A `__proto__` key is data here: assigning it would set the copy's prototype instead.
      if (key === '__proto__')
        Object.defineProperty(copy, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true
        })
      else copy[key] = item
    }
    return copy as T
  }
  return value
}
