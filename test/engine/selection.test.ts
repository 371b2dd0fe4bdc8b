import assert from 'node:assert/strict'
import { test } from 'node:test'
import { check, memoryRepository } from '../../src/engine/index.js'
import type { Report } from '../../src/engine/index.js'
import { source } from '../helpers/source.js'

const deployment = (name: string, annotations: string) => source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    annotations: ${annotations}
  spec:
    template:
      spec:
        containers:
          - name: app
            envFrom:
              - configMapRef: {name: settings}
              - secretRef: {name: creds}
              - secretRef: {name: external}
`

const files = {
  'config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: settings
    data: {LEVEL: info}
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: creds
      annotations: {reloader.stakater.com/match: "true"}
    stringData: {PASSWORD: x}
    ---
    apiVersion: external-secrets.io/v1
    kind: ExternalSecret
    metadata:
      name: external
    spec:
      target: {name: external}
  `,
  'auto.yaml': deployment('auto', '{reloader.stakater.com/auto: "true"}'),
  'secrets-only.yaml': deployment('secrets-only', '{secret.reloader.stakater.com/auto: "true"}'),
  'named.yaml': deployment('named', '{configmap.reloader.stakater.com/reload: "other, settings"}'),
  'search.yaml': deployment('search', '{reloader.stakater.com/search: "true"}'),
  'plain.yaml': deployment('plain', '{}')
}

function coverage(report: Report): Record<string, string> {
  return Object.fromEntries(
    report.workloads.map(w => [w.name, w.references.map(r => `${r.name}:${r.coverage}`).join(' ')])
  )
}

test('--selection reloader hashes only what Reloader annotations watch', () => {
  const report = check(memoryRepository(files), { selection: 'reloader' })
  assert.deepEqual(coverage(report), {
    auto: 'settings:git-hash creds:git-hash external:reloader',
    'secrets-only': 'settings:not-selected creds:git-hash external:reloader',
    named: 'settings:git-hash creds:not-selected external:untrackable',
    search: 'settings:not-selected creds:git-hash external:untrackable',
    plain: 'settings:not-selected creds:not-selected external:untrackable'
  })
  const status = Object.fromEntries(report.workloads.map(w => [w.name, w.status]))
  assert.equal(status.plain, 'no-tracked-config')
  assert.equal(status.auto, 'missing')
})

test('by default every Git reference is hashed; Reloader still covers what Git cannot see', () => {
  const report = check(memoryRepository(files))
  const all = coverage(report)
  assert.equal(all.plain, 'settings:git-hash creds:git-hash external:untrackable')
  assert.equal(all.auto, 'settings:git-hash creds:git-hash external:reloader')
  const untrackable = report.problems
    .filter(p => p.rule === 'reference-untrackable')
    .map(p => p.file)
  assert.deepEqual(untrackable.sort(), ['named.yaml', 'plain.yaml', 'search.yaml'])
})

test('app-template: Reloader annotations on controllers.<c>.annotations select the controller', () => {
  const release = source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: app
    spec:
      chart:
        spec: {chart: app-template, version: 5.1.0}
      values:
        controllers:
          watched:
            annotations: {reloader.stakater.com/auto: "true"}
            containers: {app: {envFrom: [{configMapRef: {name: settings}}]}}
          unwatched:
            containers: {app: {envFrom: [{configMapRef: {name: settings}}]}}
  `
  const report = check(
    memoryRepository({ 'config.yaml': files['config.yaml'], 'release.yaml': release }),
    {
      selection: 'reloader'
    }
  )
  assert.deepEqual(coverage(report), {
    'app-watched': 'settings:git-hash',
    'app-unwatched': 'settings:not-selected'
  })
})

test('the coverage map counts every reference by what restarts it and lists what nothing restarts', () => {
  const report = check(memoryRepository(files))
  assert.deepEqual(report.coverage.counts, { 'git-hash': 10, reloader: 2, untrackable: 3 })
  assert.deepEqual(
    report.coverage.notCovered.map(entry => `${entry.workload} -> ${entry.reference}`),
    [
      'Deployment named -> Secret external',
      'Deployment plain -> Secret external',
      'Deployment search -> Secret external'
    ]
  )
})
