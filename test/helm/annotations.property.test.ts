import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { dump, load } from 'js-yaml'
import { fix, memoryRepository } from '../../src/engine/index.js'
import { effectivePodAnnotations } from '../../src/helm/index.js'

const HASH_KEY = 'gitops-reloader/config-hash'

const annotationMap = fc.dictionary(
  fc.constantFrom('k8s.v1.cni.cncf.io/networks', 'team', 'prometheus.io/scrape', 'example.com/x'),
  fc.constantFrom('multus', 'a', 'true', 'b'),
  { maxKeys: 3 }
)

const releaseShape = fc.record({
  version: fc.constantFrom('2.6.0', '3.7.3', '4.2.0', '4.3.0', '4.6.2', '5.1.0'),
  defaults: fc.option(annotationMap, { nil: undefined }),
  strategy: fc.constantFrom(undefined, 'merge', 'overwrite'),
  controllers: fc.array(
    fc.record({
      podAnnotations: fc.option(annotationMap, { nil: undefined }),
      readsConfig: fc.boolean()
    }),
    { minLength: 1, maxLength: 3 }
  )
})

type Shape = typeof releaseShape extends fc.Arbitrary<infer T> ? T : never

function valuesOf(shape: Shape): Record<string, unknown> {
  const controllers = Object.fromEntries(
    shape.controllers.map((controller, index) => [
      `c${index}`,
      {
        ...(controller.podAnnotations ? { pod: { annotations: controller.podAnnotations } } : {}),
        containers: {
          app: controller.readsConfig ? { envFrom: [{ configMapRef: { name: 'settings' } }] } : {}
        }
      }
    ])
  )
  return {
    ...(shape.strategy ? { defaultPodOptionsStrategy: shape.strategy } : {}),
    ...(shape.defaults ? { defaultPodOptions: { annotations: shape.defaults } } : {}),
    controllers
  }
}

function releaseText(shape: Shape): string {
  return dump({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: 'app' },
    spec: {
      chart: { spec: { chart: 'app-template', version: shape.version } },
      values: valuesOf(shape)
    }
  })
}

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  A: b\n'

test('adding the hash never changes any other annotation the chart renders on a pod', () => {
  fc.assert(
    fc.property(releaseShape, shape => {
      const before = releaseText(shape)
      const { changes } = fix(
        memoryRepository({ 'release.yaml': before, 'config.yaml': configMap })
      )
      const after = changes.find(change => change.file === 'release.yaml')?.after ?? before
      const valuesBefore = valuesOf(shape)
      const valuesAfter = (load(after) as { spec: { values: Record<string, unknown> } }).spec.values
      shape.controllers.forEach((controller, index) => {
        const id = `c${index}`
        const was = effectivePodAnnotations(valuesBefore, id, shape.version)
        const now = effectivePodAnnotations(valuesAfter, id, shape.version)
        const { [HASH_KEY]: hash, ...others } = now
        assert.deepEqual(others, was, `controller ${id}: other annotations changed`)
        assert.equal(typeof hash === 'string', controller.readsConfig, `controller ${id}: hash`)
      })
    }),
    { numRuns: 150 }
  )
})

test('the 4.3 trap, concretely: a new pod.annotations would drop the Multus default without the copy', () => {
  const values = {
    defaultPodOptions: { annotations: { 'k8s.v1.cni.cncf.io/networks': 'multus' } },
    controllers: { main: { pod: { annotations: { [HASH_KEY]: 'sha256:0' } } } }
  }
  assert.deepEqual(effectivePodAnnotations(values, 'main', '5.1.0'), { [HASH_KEY]: 'sha256:0' })
  assert.deepEqual(effectivePodAnnotations(values, 'main', '4.2.0'), {
    'k8s.v1.cni.cncf.io/networks': 'multus',
    [HASH_KEY]: 'sha256:0'
  })
})
