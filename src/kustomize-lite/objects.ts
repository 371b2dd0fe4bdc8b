import type { YamlObject } from './types.js'

export function isObject(value: unknown): value is YamlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep copy that also unshares YAML aliases, so editing one occurrence never edits another. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepClone) as T
  if (isObject(value)) {
    const copy: YamlObject = {}
    for (const key of Object.keys(value)) copy[key] = deepClone(value[key])
    return copy as T
  }
  return value
}

export function stringField(object: unknown, key: string): string | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

export function objectField(object: unknown, key: string): YamlObject | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return isObject(value) ? value : undefined
}

/** Returns the mapping at `key`, creating it (or replacing a non-mapping) when absent. */
export function ensureObject(object: YamlObject, key: string): YamlObject {
  const existing = object[key]
  if (isObject(existing)) return existing
  const created: YamlObject = {}
  object[key] = created
  return created
}
