import { isObject } from '../shared/objects.js'

/**
 * JSON text exactly as Go's encoding/json Marshal writes it for YAML-decoded values: map keys
 * sorted, no spaces, and <, >, &, U+2028 and U+2029 escaped (Go's HTML-safe default). The
 * name-suffix hash is taken over this text, so any byte of difference changes the suffix.
 */
export function goJsonMarshal(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return goJsonString(value)
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) return `[${value.map(goJsonMarshal).join(',')}]`
  if (isObject(value)) {
    const keys = Object.keys(value).sort(compareGoStrings)
    return `{${keys.map(key => `${goJsonString(key)}:${goJsonMarshal(value[key])}`).join(',')}}`
  }
  return goJsonString(String(value))
}

const htmlUnsafe = /[<>&\u2028\u2029]/g

function goJsonString(text: string): string {
  return JSON.stringify(text).replace(
    htmlUnsafe,
    character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Go compares strings bytewise in UTF-8; comparing code points gives the same order. */
function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0
  const left = [...a]
  const right = [...b]
  const length = Math.min(left.length, right.length)
  for (let index = 0; index < length; index++) {
    const difference = (left[index]!.codePointAt(0) ?? 0) - (right[index]!.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}
