import { isObject } from '../shared/objects.js'

export function stringField(object: unknown, key: string): string | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}
