import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { load, loadAll } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { substituteVariables } from '../../src/flux/index.js'
import { analyzeRoot } from '../../src/engine/analyze.js'
import { configObjectsOf } from '../../src/engine/config-objects.js'
import { check, fix } from '../../src/engine/index.js'
import type { KObject } from '../../src/engine/objects.js'
import type { Root } from '../../src/engine/roots.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { copyToTemp } from '../helpers/temp.js'

const example = join(projectRoot, 'fixtures/example-flux-repo')
const clusters = ['staging', 'production']
const overlays = clusters.map(cluster => `apps/overlays/${cluster}`)
const kustomizationDirectories = [
  'apps/base',
  ...overlays,
  'clusters/staging/flux-system',
  'clusters/production/flux-system',
  'infrastructure/configs',
  'infrastructure/controllers/reloader'
]

/**
 * What Flux substitutes into a cluster's apps: the cluster-settings values its infra-configs
 * Kustomization patches in, overridden by the apps Kustomization's own postBuild.substitute.
 */
function clusterVariables(repository: string, cluster: string): Map<string, string> {
  const read = (file: string) =>
    loadAll(readFileSync(join(repository, 'clusters', cluster, file), 'utf8')) as KObject[]
  const infraConfigs = read('infrastructure.yaml').find(
    doc => (doc['metadata'] as KObject)['name'] === 'infra-configs'
  )
  const patch = ((infraConfigs?.['spec'] as KObject)['patches'] as KObject[])[0]?.[
    'patch'
  ] as string
  const settings = (load(patch) as KObject)['data'] as Record<string, string>
  const apps = read('apps.yaml')[0]?.['spec'] as KObject
  const substitute = (apps['postBuild'] as KObject)['substitute'] as Record<string, string>
  return new Map(Object.entries({ ...settings, ...substitute }))
}

function kubectlKustomize(directory: string): KObject[] {
  const output = execFileSync('kubectl', ['kustomize', directory], { encoding: 'utf8' })
  return loadAll(output) as KObject[]
}

/** The hashes the engine gives to what kubectl built: the oracle for what each overlay reads. */
function expectedHashes(objects: readonly KObject[]): Map<string, string | undefined> {
  const root: Root = {
    id: 'kubectl',
    kind: 'kustomization',
    declaredAt: 'kubectl kustomize',
    path: undefined,
    interval: undefined,
    overlayDirectory: undefined,
    problems: [],
    resources: objects.map(object => ({
      object,
      source: undefined,
      sourceName: built => built.name,
      generatedWithSuffix: /-[a-z0-9]{10}$/.test(configObjectsOf(object, false)[0]?.name ?? '')
    }))
  }
  return new Map(
    analyzeRoot(root, () => 1)
      .filter(w => w.shape.annotatable && w.status !== 'ignored')
      .map(w => [`${w.kind}/${w.name}`, w.desiredHash])
  )
}

test('after fix, kubectl kustomize builds every directory, and each overlay carries the hash of its own config', () => {
  using copy = copyToTemp(example)
  const tree = readWorkTree(copy.path)
  const result = fix(tree)
  assert.ok(result.changes.length > 0)
  assert.deepEqual(writeChanges(tree, result.changes), [])

  for (const directory of kustomizationDirectories) kubectlKustomize(join(copy.path, directory))
  const perOverlay = clusters.map(cluster => {
    const overlay = `apps/overlays/${cluster}`
    const values = clusterVariables(copy.path, cluster)
    const objects = kubectlKustomize(join(copy.path, overlay)).map(
      object => substituteVariables(object, { values }).object
    )
    const expected = expectedHashes(objects)
    for (const object of objects) {
      const key = `${String(object['kind'])}/${String((object['metadata'] as KObject)['name'])}`
      if (!expected.has(key) || !expected.get(key)) continue
      const template =
        object['kind'] === 'CronJob'
          ? ['spec', 'jobTemplate', 'spec', 'template']
          : ['spec', 'template']
      const annotations = template.reduce<unknown>(
        (value, field) => (value as KObject)[field],
        object
      ) as KObject
      const written = (
        (annotations['metadata'] as KObject)['annotations'] as KObject | undefined
      )?.['gitops-reloader/config-hash']
      assert.equal(written, expected.get(key), `${overlay}: ${key}`)
    }
    return expected
  })
  // The overlays give web different config, so their hashes differ.
  assert.notEqual(perOverlay[0]?.get('Deployment/web'), perOverlay[1]?.get('Deployment/web'))
  assert.equal(perOverlay[0]?.get('DaemonSet/log-agent'), perOverlay[1]?.get('DaemonSet/log-agent'))

  const after = check(readWorkTree(copy.path))
  assert.deepEqual(
    after.problems.filter(p => p.severity === 'error'),
    []
  )
})
