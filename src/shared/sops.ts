import { isObject } from './objects.js'

/**
 * Whether a document is SOPS-encrypted: SOPS writes a top-level `sops` map holding its metadata
 * (`mac`, `lastmodified`, the keys), and kustomize-controller decrypts only such documents.
 * `ENC[...]` values alone, without that map, are not something Flux can decrypt.
 */
export function isSopsEncrypted(object: Record<string, unknown>): boolean {
  const sops = object['sops']
  return isObject(sops) && ('mac' in sops || 'lastmodified' in sops)
}
