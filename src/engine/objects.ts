import { isObject } from '../shared/objects.js'

/** A Kubernetes object as plain data. */
export type KObject = Record<string, unknown>

export function asMap(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {}
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function getIn(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (!isObject(current)) return undefined
    current = current[key]
  }
  return current
}

export function kindOf(object: KObject): string {
  return asString(object['kind']) ?? ''
}

export function apiGroupOf(object: KObject): string {
  const apiVersion = asString(object['apiVersion']) ?? ''
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

export function nameOf(object: KObject): string {
  return asString(getIn(object, ['metadata', 'name'])) ?? ''
}

/** The namespace written on the object; '' when it has none. */
export function namespaceOf(object: KObject): string {
  return asString(getIn(object, ['metadata', 'namespace'])) ?? ''
}

export function annotationsOf(object: unknown): Record<string, unknown> {
  return asMap(getIn(object, ['metadata', 'annotations']))
}
