import assert from 'node:assert/strict'
import { test } from 'node:test'
import { kustomizeHashSuffix } from '../../src/kustomize-lite/index.js'

// Vectors from kustomize's api/hasher/hasher_test.go and api/krusty/configmaps_test.go.
const configMap = (fields: Record<string, unknown>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  ...fields
})
const secret = (fields: Record<string, unknown>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  ...fields
})

test('ConfigMap hash vectors', () => {
  assert.equal(kustomizeHashSuffix(configMap({})), '6ct58987ht')
  assert.equal(kustomizeHashSuffix(configMap({ data: { one: '' } })), '9g67k2htb6')
  assert.equal(
    kustomizeHashSuffix(configMap({ data: { two: 2, one: '', three: 3 } })),
    '7757f9kkct'
  )
  assert.equal(kustomizeHashSuffix(configMap({ binaryData: { one: '' } })), '6mtk2m274t')
  assert.equal(
    kustomizeHashSuffix(configMap({ binaryData: { two: 2, one: '', three: 3 } })),
    '9th7kc28dg'
  )
  assert.equal(
    kustomizeHashSuffix(configMap({ data: { one: '' }, binaryData: { two: '' } })),
    '698h7c7t9m'
  )
})

test('Secret hash vectors', () => {
  assert.equal(kustomizeHashSuffix(secret({ type: 'my-type' })), '5gmgkf8578')
  assert.equal(kustomizeHashSuffix(secret({ type: 'my-type', data: { one: '' } })), '74bd68bm66')
  assert.equal(
    kustomizeHashSuffix(secret({ type: 'my-type', data: { two: 2, one: '', three: 3 } })),
    '4gf75c7476'
  )
  assert.equal(
    kustomizeHashSuffix(secret({ type: 'my-type', data: { one: '' }, stringData: { two: 2 } })),
    'c4h4264gdb'
  )
})

test('the name is not part of the hash (golden names from krusty tests)', () => {
  const data = { fruit: 'Indian Gooseberry', year: '2020', crisis: 'true' }
  assert.equal(kustomizeHashSuffix(configMap({ metadata: { name: 'bob' }, data })), '79t79mt227')
  assert.equal(kustomizeHashSuffix(configMap({ metadata: { name: 'other' }, data })), '79t79mt227')
  assert.equal(
    kustomizeHashSuffix(configMap({ metadata: { name: 'bob' }, data: { ...data, month: '12' } })),
    'bk46gm59c6'
  )
  assert.equal(kustomizeHashSuffix(configMap({ data: { VAR1: '100', VAR2: '200' } })), 'hdghb5ddkg')
})
