import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadAll } from 'js-yaml'
import { check, fix, memoryRepository } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { readHelmRelease } from '../../src/helm/index.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'

function view(chart: string, values: unknown, annotations: Record<string, string> = {}) {
  const release = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: 'web', namespace: 'apps', annotations },
    spec: { chart: { spec: { chart, version: '1.0.0' } }, values }
  }
  return readHelmRelease(release, { findSource: () => undefined, findValues: () => undefined })
}

test('another chart: references named by gitops-reloader/watch, hash under podAnnotations', () => {
  const [workload] = view(
    'podinfo',
    {},
    { 'gitops-reloader/watch': 'configmap/settings, secret/creds' }
  ).workloads
  assert.deepEqual(workload?.podAnnotationsPath, ['podAnnotations'])
  assert.deepEqual(
    workload?.references.map(r => `${r.kind}/${r.name}`),
    ['ConfigMap/settings', 'Secret/creds']
  )
})

test('well-known charts keep pod annotations elsewhere; an annotation on the release names the path', () => {
  const watch = { 'gitops-reloader/watch': 'secret/creds' }
  assert.deepEqual(view('ingress-nginx', {}, watch).workloads[0]?.podAnnotationsPath, [
    'controller',
    'podAnnotations'
  ])
  const explicit = view(
    'mychart',
    {},
    { ...watch, 'gitops-reloader/pod-annotations-path': 'server.pod.annotations' }
  )
  assert.deepEqual(explicit.workloads[0]?.podAnnotationsPath, ['server', 'pod', 'annotations'])
})

test('Reloader annotations inside the values name references too; a release that names none renders nothing', () => {
  const reloader = view('grafana', {
    podAnnotations: { 'secret.reloader.stakater.com/reload': 'grafana-admin,grafana-oauth' }
  })
  assert.deepEqual(
    reloader.workloads[0]?.references.map(r => `${r.kind}/${r.name}`),
    ['Secret/grafana-admin', 'Secret/grafana-oauth']
  )
  assert.deepEqual(view('grafana', { replicas: 2 }).workloads, [])
})

test('a HelmRelease of another chart gets its hash written at the podAnnotations path', () => {
  const files = {
    'release.yaml': source`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: web
        annotations:
          gitops-reloader/watch: secret/creds
      spec:
        chart:
          spec: {chart: podinfo, version: 6.0.0}
        values:
          replicaCount: 2
    `,
    'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  a: b\n'
  }
  const { changes, report } = fix(memoryRepository(files))
  const hash = report.workloads[0]?.desiredHash
  assert.equal(
    changes[0]?.after,
    `${files['release.yaml']}    podAnnotations:\n      gitops-reloader/config-hash: ${hash}\n`
  )
})

const base = {
  'apps/base/kustomization.yaml': 'resources:\n  - release.yaml\n',
  'apps/base/release.yaml': source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: web
    spec:
      chart:
        spec: {chart: app-template, version: 5.1.0}
      values:
        controllers:
          main:
            containers:
              app:
                envFrom:
                  - configMapRef: {name: settings}
  `
}

function overlay(level: string): Record<string, string> {
  return {
    [`apps/${level}/kustomization.yaml`]: `resources:\n  - ../base\n  - settings.yaml\n`,
    [`apps/${level}/settings.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LEVEL: ${level}\n`
  }
}

test('overlays that give a shared HelmRelease different config each get a patch, which kubectl applies', () => {
  using repository = tempDirectory({ ...base, ...overlay('staging'), ...overlay('production') })
  const tree = readWorkTree(repository.path)
  const result = fix(tree)
  assert.deepEqual(writeChanges(tree, result.changes), [])
  assert.deepEqual(result.changes.map(change => change.file).sort(), [
    'apps/production/config-hash.patch.yaml',
    'apps/production/kustomization.yaml',
    'apps/staging/config-hash.patch.yaml',
    'apps/staging/kustomization.yaml'
  ])
  const expected = new Map(result.report.workloads.map(w => [w.root, w.desiredHash]))
  for (const level of ['staging', 'production']) {
    const built = loadAll(
      execFileSync('kubectl', ['kustomize', join(repository.path, 'apps', level)], {
        encoding: 'utf8'
      })
    ) as {
      kind: string
      spec: { values: { controllers: { main: { pod: { annotations: Record<string, string> } } } } }
    }[]
    const release = built.find(object => object.kind === 'HelmRelease')
    assert.equal(
      release?.spec.values.controllers.main.pod.annotations['gitops-reloader/config-hash'],
      expected.get(`apps/${level}`)
    )
  }
  assert.equal(
    check(readWorkTree(repository.path)).problems.filter(p => p.severity === 'error').length,
    0
  )
})
