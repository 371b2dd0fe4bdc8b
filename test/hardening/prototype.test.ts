import assert from 'node:assert/strict'
import { test } from 'node:test'
import { check, fix, memoryRepository } from '../../src/engine/index.js'
import { planChanges } from '../../src/plan/index.js'
import { source } from '../helpers/source.js'

const release = (path: string) => source`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: web
    annotations:
      gitops-reloader/watch: secret/creds
      gitops-reloader/pod-annotations-path: ${path}
  spec:
    chart:
      spec: {chart: podinfo, version: 1.0.0}
    values: {}
`

const secret = (value: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  a: ${value}\n`

test('a values path naming a prototype is not followed: no object prototype is ever written', () => {
  for (const path of ['__proto__.polluted', 'constructor.prototype', 'a..b']) {
    const base = memoryRepository({ 'r.yaml': release(path), 's.yaml': secret('one') })
    const head = memoryRepository({ 'r.yaml': release(path), 's.yaml': secret('two') })
    const [workload] = check(head).workloads
    assert.deepEqual(workload?.shape.annotationsPath, ['spec', 'values', 'podAnnotations'], path)
    planChanges(base, head)
    fix(head)
    const probe: Record<string, unknown> = {}
    assert.equal(probe['polluted'], undefined, path)
    assert.equal(probe['gitops-reloader/config-hash'], undefined, path)
  }
})

test('HelmRelease values and valuesFrom holding a __proto__ key merge as data, never into a prototype', () => {
  const values = (value: string) => source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: web
    spec:
      chart:
        spec: {chart: podinfo, version: 1.0.0}
      valuesFrom:
        - kind: ConfigMap
          name: web-values
      values:
        __proto__: {inline: ${value}}
  `
  const valuesFrom = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: web-values}',
    'data:',
    '  values.yaml: "__proto__: {fromValues: yes}"',
    ''
  ].join('\n')
  const files = (value: string) => ({ 'r.yaml': values(value), 'v.yaml': valuesFrom })
  check(memoryRepository(files('one')))
  planChanges(memoryRepository(files('one')), memoryRepository(files('two')))
  const probe: Record<string, unknown> = {}
  assert.equal(probe['inline'], undefined)
  assert.equal(probe['fromValues'], undefined)
})
