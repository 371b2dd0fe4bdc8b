import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadAll } from 'js-yaml'
import { configObjectsOf } from '../../src/engine/config-objects.js'
import type { KObject } from '../../src/engine/objects.js'
import { source } from '../helpers/source.js'

const objects = loadAll(source`
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: app, namespace: shop, labels: {a: b}}
  data: {level: debug}
  binaryData: {blob: aGk=}
  ---
  apiVersion: v1
  kind: Secret
  metadata: {name: db}
  data: {password: aHVudGVyMg==, user: YWRtaW4=}
  stringData: {user: root}
  ---
  apiVersion: v1
  kind: Secret
  metadata: {name: sops}
  data:
    token: ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]
  sops:
    mac: ENC[x]
    lastmodified: '2024-01-01T00:00:00Z'
  ---
  apiVersion: bitnami.com/v1alpha1
  kind: SealedSecret
  metadata: {name: sealed, namespace: shop}
  spec:
    encryptedData: {key: AgBy3i4OJSWK}
    template: {metadata: {name: produced}}
  ---
  apiVersion: external-secrets.io/v1
  kind: ExternalSecret
  metadata: {name: external}
  spec: {target: {name: made-in-cluster}}
  ---
  apiVersion: external-secrets.io/v1
  kind: ExternalSecret
  metadata: {name: own-name}
  spec: {}
`) as KObject[]

const [configMap, secret, sops, sealed, external, ownName] = objects.map(
  o => configObjectsOf(o, false)[0]
)

test('ConfigMap data and binaryData are read as the bytes a pod sees', () => {
  assert.equal(configMap?.tracking, 'git')
  assert.equal(configMap?.values().get('level')?.toString(), 'debug')
  assert.equal(configMap?.values().get('blob')?.toString(), 'hi')
})

test('Secret data is decoded and stringData wins, as the API server merges them', () => {
  assert.equal(secret?.values().get('password')?.toString(), 'hunter2')
  assert.equal(secret?.values().get('user')?.toString(), 'root')
})

test('a SOPS Secret is hashed over its ciphertext, never decrypted', () => {
  assert.equal(sops?.source, 'SOPS-encrypted Secret')
  assert.equal(
    sops?.values().get('token')?.toString(),
    'ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]'
  )
})

test('a SealedSecret stands for the Secret it produces', () => {
  assert.deepEqual(
    [sealed?.kind, sealed?.name, sealed?.namespace, sealed?.tracking],
    ['Secret', 'produced', 'shop', 'git']
  )
  assert.equal(sealed?.values().get('key')?.toString(), 'AgBy3i4OJSWK')
})

test('an ExternalSecret makes an untrackable Secret named by its target, else by itself', () => {
  assert.deepEqual([external?.name, external?.tracking], ['made-in-cluster', 'untrackable'])
  assert.deepEqual([ownName?.name, ownName?.tracking], ['own-name', 'untrackable'])
})

test('a generated object with a name-suffix hash is left to kustomize', () => {
  assert.equal(configObjectsOf(objects[0] as KObject, true)[0]?.tracking, 'kustomize-suffix')
})
