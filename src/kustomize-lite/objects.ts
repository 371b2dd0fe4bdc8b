import { isObject } from '../shared/objects.js'
import type { YamlObject } from './types.js'

export function stringField(object: unknown, key: string): string | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

/** Returns the mapping at `key`, creating it (or replacing a non-mapping) when absent. */
export function ensureObject(object: YamlObject, key: string): YamlObject {
  const existing = object[key]
  if (isObject(existing)) return existing
  const created: YamlObject = {}
  object[key] = created
  return created
}
