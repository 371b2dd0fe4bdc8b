import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isSopsEncrypted } from '../../src/shared/sops.js'

const secret = (extra: Record<string, unknown>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'app' },
  data: { password: 'ENC[AES256_GCM,data:3q2+7w==,iv:abc=,tag:def=,type:str]' },
  ...extra
})

test('a document with SOPS metadata (a top-level sops map with mac or lastmodified) is encrypted', () => {
  assert.equal(
    isSopsEncrypted(
      secret({
        sops: {
          mac: 'ENC[AES256_GCM,data:xyz=,iv:abc=,tag:def=,type:str]',
          lastmodified: '2024-01-01T00:00:00Z',
          age: [{ recipient: 'age1...', enc: '-----BEGIN AGE ENCRYPTED FILE-----' }],
          version: '3.8.1'
        }
      })
    ),
    true
  )
  assert.equal(isSopsEncrypted(secret({ sops: { lastmodified: '2024-01-01T00:00:00Z' } })), true)
  assert.equal(isSopsEncrypted(secret({ sops: { mac: 'ENC[...]' } })), true)
})

test('ENC[...] values without SOPS metadata, or a sops key that is not its metadata, are not', () => {
  assert.equal(isSopsEncrypted(secret({})), false)
  assert.equal(isSopsEncrypted(secret({ sops: {} })), false)
  assert.equal(isSopsEncrypted(secret({ sops: 'mac' })), false)
  assert.equal(isSopsEncrypted(secret({ sops: ['mac', 'lastmodified'] })), false)
  assert.equal(isSopsEncrypted({ kind: 'ConfigMap', data: { sops: 'mac' } }), false)
})
