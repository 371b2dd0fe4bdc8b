import { isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'

export type { YamlObject }

export function objectAt(value: unknown, ...keys: string[]): YamlObject | undefined {
  let current: unknown = value
  for (const key of keys) current = isObject(current) ? current[key] : undefined
  return isObject(current) ? current : undefined
}

export function stringAt(value: unknown, ...keys: string[]): string | undefined {
  const last = keys.at(-1)
  const parent = keys.length > 1 ? objectAt(value, ...keys.slice(0, -1)) : value
  const found = isObject(parent) && last !== undefined ? parent[last] : undefined
  return typeof found === 'string' ? found : undefined
}

export function listAt(value: unknown, ...keys: string[]): unknown[] {
  const last = keys.at(-1)
  const parent = keys.length > 1 ? objectAt(value, ...keys.slice(0, -1)) : value
  const found = isObject(parent) && last !== undefined ? parent[last] : undefined
  return Array.isArray(found) ? found : []
}

/** String entries of a mapping; non-string values are turned into their YAML-ish text. */
export function stringMap(value: unknown): Map<string, string> {
  const result = new Map<string, string>()
  if (!isObject(value)) return result
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || entry === undefined) continue
    result.set(key, typeof entry === 'string' ? entry : String(entry))
  }
  return result
}

export function apiGroup(object: YamlObject): string {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : ''
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''
}

export function isKind(object: unknown, group: string, kind: string): object is YamlObject {
  return isObject(object) && object.kind === kind && apiGroup(object) === group
}
