import { sha256Hex } from '../shared/sha256.js'
import type { ConfigKind } from './workloads.js'

/** What one workload reads of one object: some keys, every key, or an object that is absent. */
export interface ReadConfig {
  kind: ConfigKind
  /** The object's name as its source writes it, before kustomize's prefixes and suffixes. */
  name: string
  /** Key -> bytes read; undefined bytes mean the key is referenced but absent. Undefined: absent object. */
  values: ReadonlyMap<string, Buffer | undefined> | undefined
}

/**
 * The config hash of a workload: `sha256:` and the first 16 hex digits of SHA-256 over the
 * canonical lines, sorted, each ending in `\n` (docs/hashing.md shows how to recompute it):
 *   <Kind>/<name>/<key>=<base64 of the bytes>   a key that is read
 *   <Kind>/<name>/<key>                         a key that is read but absent
 *   <Kind>/<name>                               an optional object that is absent
 */
export function configHash(reads: readonly ReadConfig[]): string {
  const digest = sha256Hex(canonicalLines(reads).join(''))
  return `sha256:${digest.slice(0, 16)}`
}

export function canonicalLines(reads: readonly ReadConfig[]): string[] {
  const lines = new Set<string>()
  // Base64 is ASCII: only the names and keys can make a line another.
  let ascii = true
  for (const read of reads) {
    const object = `${read.kind}/${read.name}`
    ascii &&= isAscii(object)
    if (!read.values) {
      lines.add(`${object}\n`)
      continue
    }
    for (const [key, bytes] of read.values) {
      ascii &&= isAscii(key)
      lines.add(bytes ? `${object}/${key}=${bytes.toString('base64')}\n` : `${object}/${key}\n`)
    }
  }
  return sortByUtf8Bytes([...lines], ascii)
}

// eslint-disable-next-line no-control-regex -- ASCII is the whole range U+0000 to U+007F
const isAscii = (text: string) => /^[\u0000-\u007f]*$/.test(text)

/**
 * Byte order of the UTF-8 text, so every implementation sorts the same way. For ASCII, the
 * default (UTF-16 code unit) order is that order; other text is compared as encoded bytes.
 */
function sortByUtf8Bytes(lines: string[], ascii: boolean): string[] {
  if (ascii) return lines.sort()
  return lines
    .map(line => ({ line, bytes: Buffer.from(line, 'utf8') }))
    .sort((left, right) => Buffer.compare(left.bytes, right.bytes))
    .map(({ line }) => line)
}
