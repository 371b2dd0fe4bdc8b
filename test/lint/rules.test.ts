import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fix, lint, memoryRepository } from '../../src/engine/index.js'
import type { Problem } from '../../src/engine/index.js'
import { editDistance, typoMessage } from '../../src/lint/index.js'
import { source } from '../helpers/source.js'

function findings(files: Record<string, string>, rule?: string): Problem[] {
  const { problems } = lint(memoryRepository(files))
  return rule ? problems.filter(found => found.rule === rule) : problems
}

/** Where each finding is, as `rule file:line`. */
function places(problems: readonly Problem[]): string[] {
  return problems.map(found => `${found.rule} ${found.file}:${found.line}`)
}

const helmRepository = source`
  apiVersion: source.toolkit.fluxcd.io/v1
  kind: HelmRepository
  metadata:
    name: stakater
    namespace: flux-system
  spec:
    url: https://stakater.github.io/stakater-charts
`

const reloaderRelease = source`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: reloader
    namespace: reloader
  spec:
    interval: 1h
    chart:
      spec:
        chart: reloader
        version: 2.2.16
        sourceRef:
          kind: HelmRepository
          name: stakater
          namespace: flux-system
    values:
      fullnameOverride: reloader # keep the name
      reloader:
        watchGlobally: true
`

test('reloader-reload-strategy: a HelmRelease of the reloader chart without the annotations strategy, fixed in its values', () => {
  const files = { 'repo.yaml': helmRepository, 'reloader.yaml': reloaderRelease }
  const found = findings(files, 'reloader-reload-strategy')
  assert.deepEqual(places(found), ['reloader-reload-strategy reloader.yaml:18'])
  assert.equal(found[0]!.severity, 'warning')
  assert.match(
    found[0]!.message,
    /HelmRelease reloader\/reloader .*chart reloader 2\.2\.16.*does not set reloader\.reloadStrategy/
  )

  const result = fix(memoryRepository(files))
  const change = result.changes.find(c => c.file === 'reloader.yaml')
  assert.ok(change, 'fix writes the strategy')
  assert.equal(
    change.after,
    reloaderRelease.replace(
      '      watchGlobally: true\n',
      '      watchGlobally: true\n      reloadStrategy: annotations\n'
    )
  )
  const after = { ...files, 'reloader.yaml': change.after }
  assert.deepEqual(findings(after, 'reloader-reload-strategy'), [])
})

test('reloader-reload-strategy: OCI chartRef, a wrong value, and values only from valuesFrom', () => {
  const oci = source`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata:
      name: reloader
    spec:
      url: oci://ghcr.io/stakater/charts/reloader
      ref:
        tag: 2.2.16
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: reloader
    spec:
      chartRef:
        kind: OCIRepository
        name: reloader
      valuesFrom:
        - kind: ConfigMap
          name: reloader-values
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: reloader-values
    data:
      values.yaml: |
        reloader:
          reloadStrategy: env-vars
  `
  const found = findings({ 'reloader.yaml': oci }, 'reloader-reload-strategy')
  assert.deepEqual(places(found), ['reloader-reload-strategy reloader.yaml:14'])
  assert.match(found[0]!.message, /sets reloader\.reloadStrategy to 'env-vars'/)
  // Inline values are merged over valuesFrom: fix writes them, and the release is then clean.
  const change = fix(memoryRepository({ 'reloader.yaml': oci })).changes[0]!
  assert.match(
    change.after,
    /\n {2}valuesFrom:\n {4}- kind: ConfigMap\n {6}name: reloader-values\n {2}values:\n {4}reloader:\n[\s\S]*\n {6}reloadStrategy: annotations\n---\n/
  )
  assert.deepEqual(findings({ 'reloader.yaml': change.after }, 'reloader-reload-strategy'), [])

  const fromValues = oci.replace('reloadStrategy: env-vars', 'reloadStrategy: annotations')
  assert.deepEqual(findings({ 'reloader.yaml': fromValues }, 'reloader-reload-strategy'), [])
  // Another chart is not Reloader.
  const other = oci.replace('charts/reloader', 'charts/podinfo')
  assert.deepEqual(findings({ 'reloader.yaml': other }, 'reloader-reload-strategy'), [])
})

test('reloader-reload-strategy: a Deployment running the reloader image needs --reload-strategy=annotations', () => {
  const deployment = (args: string) => source`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: reloader
    spec:
      template:
        spec:
          containers:
            - name: sidecar
              image: busybox
            - name: reloader
              image: ghcr.io/stakater/reloader:v1.4.14${args}
  `
  assert.deepEqual(places(findings({ 'd.yaml': deployment('') })), [
    'reloader-reload-strategy d.yaml:12'
  ])
  const wrong = findings({
    'd.yaml': deployment('\n              args: ["--reload-strategy=env-vars"]')
  })
  assert.match(wrong[0]!.message, /with --reload-strategy=env-vars/)
  assert.deepEqual(
    findings({ 'd.yaml': deployment('\n              args: ["--reload-strategy=annotations"]') }),
    []
  )
  assert.deepEqual(
    findings({
      'd.yaml': deployment('\n              args: ["--reload-strategy", "annotations"]')
    }),
    []
  )
})

const externalSecret = (labels: string) => source`
  apiVersion: external-secrets.io/v1
  kind: ExternalSecret
  metadata:
    name: app-values
  spec:
    target:
      name: app-values
      template:
        metadata:
          labels:
            app: demo${labels}
`

const appRelease = source`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: app
  spec:
    interval: 30m
    chart:
      spec:
        chart: podinfo
        sourceRef:
          kind: HelmRepository
          name: podinfo
    valuesFrom:
      - kind: Secret
        name: app-values
`

test('helm-values-not-watched: a valuesFrom Secret without the watch label, reported where the label goes', () => {
  const found = findings(
    { 'release.yaml': appRelease, 'secret.yaml': externalSecret('') },
    'helm-values-not-watched'
  )
  assert.deepEqual(places(found), ['helm-values-not-watched secret.yaml:10'])
  assert.match(
    found[0]!.message,
    /Secret app-values feeds the values of HelmRelease app .*interval 30m/
  )
  const labelled = externalSecret('\n            reconcile.fluxcd.io/watch: Enabled')
  assert.deepEqual(
    findings({ 'release.yaml': appRelease, 'secret.yaml': labelled }, 'helm-values-not-watched'),
    []
  )
})

test('helm-values-not-watched: not reported when the release carries a config hash of it', () => {
  const configMap = source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app-values
    data:
      values.yaml: "replicaCount: 2"
  `
  const release = appRelease.replace('kind: Secret', 'kind: ConfigMap')
  // gitops-reloader hashes the values source into the release, so a change upgrades it anyway.
  assert.deepEqual(
    findings({ 'release.yaml': release, 'values.yaml': configMap }, 'helm-values-not-watched'),
    []
  )
  const ignored = release.replace(
    '  name: app\n',
    '  name: app\n  annotations:\n    gitops-reloader/ignore: "true"\n'
  )
  assert.deepEqual(
    places(
      findings({ 'release.yaml': ignored, 'values.yaml': configMap }, 'helm-values-not-watched')
    ),
    ['helm-values-not-watched values.yaml:3']
  )
})

test('flux-v1-object: Flux v1 HelmRelease and v1beta1 Kustomization, at their apiVersion line', () => {
  const files = {
    'v1.yaml': source`
      # Flux v1
      apiVersion: helm.fluxcd.io/v1
      kind: HelmRelease
      metadata:
        name: old
    `,
    'ks.yaml': source`
      apiVersion: kustomize.toolkit.fluxcd.io/v1beta1
      kind: Kustomization
      metadata:
        name: apps
      spec:
        path: ./apps
    `,
    'current.yaml': source`
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: current
      spec:
        path: ./apps
    `
  }
  const found = findings(files, 'flux-v1-object')
  assert.deepEqual(places(found).sort(), ['flux-v1-object ks.yaml:1', 'flux-v1-object v1.yaml:2'])
  assert.match(found.find(f => f.file === 'v1.yaml')!.message, /last-reloaded-from: ""/)
})

const config = source`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  data:
    LEVEL: info
`

function workload(kind: string, extra: string): string {
  return source`
    apiVersion: apps/v1
    kind: ${kind}
    metadata:
      name: app
    spec:${extra}
      template:
        spec:
          containers:
            - name: app
              image: app
              envFrom:
                - configMapRef:
                    name: settings
  `
}

test('hash-restarts-nothing and hash-scaled-to-zero: workloads that get a hash a template change does not restart', () => {
  const onDelete = workload('StatefulSet', '\n      updateStrategy:\n        type: OnDelete')
  const paused = workload('Deployment', '\n      paused: true')
  const zero = workload('Deployment', '\n      replicas: 0')
  const found = findings({
    'config.yaml': config,
    'sts.yaml': onDelete,
    'paused.yaml': paused,
    'zero.yaml': zero,
    'fine.yaml': workload('DaemonSet', '\n      updateStrategy:\n        type: RollingUpdate')
  })
  assert.deepEqual(places(found).sort(), [
    'hash-restarts-nothing paused.yaml:6',
    'hash-restarts-nothing sts.yaml:7',
    'hash-scaled-to-zero zero.yaml:6'
  ])
  assert.equal(found.find(f => f.rule === 'hash-scaled-to-zero')!.severity, 'note')
  // Only workloads that get a hash: without the ConfigMap in Git there is nothing to restart for.
  assert.deepEqual(findings({ 'sts.yaml': onDelete, 'zero.yaml': zero }), [])
})

test('reloader-annotation-typo: misspelt keys on workloads, pod templates and in HelmRelease values', () => {
  const files = {
    'deployment.yaml': source`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: app
        annotations:
          confimap.reloader.stakater.com/reload: settings
          reloader.stakater.com/auto: "true"
      spec:
        template:
          metadata:
            annotations:
              secret.reloader.stakater.com/relaod: creds
          spec:
            containers: []
    `,
    'release.yaml': source`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: app
      spec:
        values:
          controllers:
            main:
              annotations:
                reloader.stakater.com/autos: "true"
                prometheus.io/scrape: "true"
    `
  }
  const found = findings(files, 'reloader-annotation-typo')
  assert.deepEqual(places(found).sort(), [
    'reloader-annotation-typo deployment.yaml:12',
    'reloader-annotation-typo deployment.yaml:6',
    'reloader-annotation-typo release.yaml:10'
  ])
  assert.match(
    found.find(f => f.line === 6)!.message,
    /'confimap\.reloader\.stakater\.com\/reload' .*did you mean 'configmap\.reloader\.stakater\.com\/reload'/
  )
  assert.equal(found.find(f => f.line === 6)!.column, 5)
})

test('typoMessage and editDistance', () => {
  assert.equal(editDistance('confimap', 'configmap'), 1)
  assert.equal(editDistance('kitten', 'sitting'), 3)
  assert.equal(editDistance('kitten', 'sitting', 2), undefined)
  assert.equal(typoMessage('reloader.stakater.com/auto'), undefined)
  assert.equal(typoMessage('prometheus.io/scrape'), undefined)
  assert.equal(typoMessage('app.kubernetes.io/name'), undefined)
  assert.match(
    typoMessage('Reloader.stakater.com/auto') ?? '',
    /did you mean 'reloader\.stakater\.com\/auto'/
  )
  // In Reloader's domain but far from every key: no guess, the keys it reads.
  assert.match(
    typoMessage('reloader.stakater.com/reload-everything') ?? '',
    /no annotation it reads.*reloader\.stakater\.com\/auto/
  )
})
