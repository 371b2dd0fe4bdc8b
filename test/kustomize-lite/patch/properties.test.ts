import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'

import {
  applyJson6902,
  applyStrategicMergePatch,
  isJson6902Patch
} from '../../../src/kustomize-lite/patch/index.js'

const plain = { noNullPrototype: true } as const

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean())
const key = fc.constantFrom('name', 'image', 'env', 'value', 'spec', 'data', 'args', 'ports', 'x')

const jsonValue = fc.letrec(tie => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 3 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true })
})).value

const envVar = fc.record({ name: fc.constantFrom('A', 'B', 'C'), value: fc.string() }, plain)

const container = fc.record(
  {
    name: fc.constantFrom('app', 'sidecar', 'init'),
    image: fc.string({ maxLength: 5 }),
    env: fc.array(envVar, { maxLength: 3 })
  },
  plain
)

const podTemplate = fc.record(
  {
    spec: fc.record({ containers: fc.array(container, { maxLength: 3 }) }, plain),
    extra: jsonValue
  },
  plain
)

const deployment = fc.record(
  {
    apiVersion: fc.constant('apps/v1'),
    kind: fc.constant('Deployment'),
    metadata: fc.record(
      { name: fc.constant('web'), labels: fc.dictionary(key, fc.string(), plain) },
      plain
    ),
    spec: fc.record({ replicas: fc.nat(5), template: podTemplate }, plain)
  },
  plain
)

const crd = fc.record(
  {
    apiVersion: fc.constant('helm.toolkit.fluxcd.io/v2'),
    kind: fc.constant('HelmRelease'),
    metadata: fc.record({ name: fc.constant('release') }, plain),
    spec: fc.dictionary(key, jsonValue, { maxKeys: 4, noNullPrototype: true })
  },
  plain
)

const resource = fc.oneof(deployment, crd)

const identityPatch = (target: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: target.apiVersion,
  kind: target.kind,
  metadata: { name: (target.metadata as Record<string, unknown>).name }
})

/** Strategic merge drops duplicate keys of a merged list (kyaml does too), so compare on unique ones. */
const withUniqueContainers = deployment.filter(candidate => {
  const names = candidate.spec.template.spec.containers.map(c => c.name)
  const envsUnique = candidate.spec.template.spec.containers.every(
    c => new Set(c.env.map(e => e.name)).size === c.env.length
  )
  return new Set(names).size === names.length && envsUnique
})

describe('patch engine properties', () => {
  it('an empty strategic-merge patch is the identity (lists with unique keys)', () => {
    fc.assert(
      fc.property(fc.oneof(withUniqueContainers, crd), target => {
        assert.deepEqual(applyStrategicMergePatch(target, identityPatch(target)), target)
      })
    )
  })

  it('an empty JSON 6902 list is the identity', () => {
    fc.assert(
      fc.property(resource, target => {
        assert.deepEqual(applyJson6902(target, []), target)
      })
    )
  })

  it('strategic merge never mutates its inputs', () => {
    fc.assert(
      fc.property(resource, resource, (target, patch) => {
        const targetBefore = structuredClone(target)
        const patchBefore = structuredClone(patch)
        try {
          applyStrategicMergePatch(target, patch)
        } catch {
          // a kind mismatch may be refused; the inputs must still be intact
        }
        assert.deepEqual(target, targetBefore)
        assert.deepEqual(patch, patchBefore)
      })
    )
  })

  it('applying a patch twice gives the same result as once (maps and replaced lists)', () => {
    fc.assert(
      fc.property(crd, crd, (target, patch) => {
        let once: Record<string, unknown>
        try {
          once = applyStrategicMergePatch(target, patch)
        } catch {
          return // kustomize refuses to merge a map into a scalar and so do we
        }
        assert.deepEqual(applyStrategicMergePatch(once, patch), once)
      })
    )
  })

  it('JSON 6902 never mutates its inputs, even when an operation fails', () => {
    fc.assert(
      fc.property(resource, jsonValue, (target, value) => {
        const before = structuredClone(target)
        const operations = [
          { op: 'add', path: '/spec/added', value },
          { op: 'replace', path: '/metadata/name', value: 'renamed' },
          { op: 'remove', path: '/spec/does-not-exist' }
        ]
        assert.throws(() => applyJson6902(target, operations))
        assert.deepEqual(target, before)
      })
    )
  })

  it('a list of operations is JSON 6902, a map is strategic merge', () => {
    fc.assert(
      fc.property(resource, candidate => {
        assert.equal(isJson6902Patch(candidate), false)
        assert.equal(isJson6902Patch([{ op: 'remove', path: '/spec' }]), true)
      })
    )
  })
})
