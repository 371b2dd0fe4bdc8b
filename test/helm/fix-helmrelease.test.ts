import assert from 'node:assert/strict'
import { test } from 'node:test'
import { check, fix, memoryRepository } from '../../src/engine/index.js'
import { source } from '../helpers/source.js'

const files = {
  'clusters/main/apps.yaml': source`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata:
      name: apps
      namespace: flux-system
    spec:
      interval: 10m
      path: ./apps
      targetNamespace: media
      sourceRef:
        kind: GitRepository
        name: flux-system
  `,
  'clusters/main/flux-system/gotk-sync.yaml': source`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: GitRepository
    metadata:
      name: flux-system
      namespace: flux-system
    spec:
      url: https://example.com/repo
  `,
  'apps/kustomization.yaml':
    'resources:\n  - helmrelease.yaml\n  - ocirepository.yaml\n  - secret.yaml\n',
  'apps/ocirepository.yaml': source`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata:
      name: app-template
    spec:
      url: oci://ghcr.io/bjw-s-labs/helm/app-template
      ref:
        tag: 5.1.0
  `,
  'apps/secret.yaml': source`
    apiVersion: v1
    kind: Secret
    metadata:
      name: radarr-secret
    stringData:
      API_KEY: abc
  `,
  'apps/helmrelease.yaml': source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: &app radarr
    spec:
      chartRef:
        kind: OCIRepository
        name: app-template
      values:
        defaultPodOptions:
          annotations:
            k8s.v1.cni.cncf.io/networks: multus # keep
        controllers:
          *app :
            containers:
              app:
                envFrom:
                  - secretRef:
                      name: "{{ .Release.Name }}-secret"
  `
}

test('fix writes the hash into the controller pod annotations of the HelmRelease, with the defaults it would drop', () => {
  const report = check(memoryRepository(files))
  const radarr = report.workloads.find(w => w.name === 'radarr')
  assert.deepEqual(
    [radarr?.kind, radarr?.namespace, radarr?.status, radarr?.chart?.name, radarr?.chart?.version],
    ['Deployment', 'media', 'missing', 'app-template', '5.1.0']
  )
  const { changes } = fix(memoryRepository(files))
  assert.equal(changes.length, 1)
  assert.equal(
    changes[0]?.after,
    `${files['apps/helmrelease.yaml']}        pod:\n          annotations:\n            k8s.v1.cni.cncf.io/networks: multus\n            gitops-reloader/config-hash: ${radarr?.desiredHash}\n`
  )
  const fixed = { ...files, 'apps/helmrelease.yaml': changes[0]!.after }
  assert.deepEqual(fix(memoryRepository(fixed)).changes, [])
  assert.equal(check(memoryRepository(fixed)).workloads[0]?.status, 'current')
})

test('a Secret value change changes only the controllers that read it', () => {
  const changed = { ...files, 'apps/secret.yaml': files['apps/secret.yaml'].replace('abc', 'xyz') }
  const before = check(memoryRepository(files)).workloads[0]?.desiredHash
  const after = check(memoryRepository(changed)).workloads[0]?.desiredHash
  assert.ok(before && after && before !== after)
})
