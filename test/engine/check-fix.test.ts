import assert from 'node:assert/strict'
import { test } from 'node:test'
import { check, fix, memoryRepository } from '../../src/engine/index.js'
import type { Repository } from '../../src/engine/index.js'
import { source } from '../helpers/source.js'

const configMap = source`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: app
    namespace: shop
  data:
    LEVEL: debug
    UNUSED: x
`

const deployment = source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      spec:
        containers:
          - name: web
            image: web:1
            env:
              - name: LEVEL
                valueFrom:
                  configMapKeyRef:
                    name: app
                    key: LEVEL
`

function applyChanges(
  files: Record<string, string>,
  repository: Repository
): Record<string, string> {
  const result = fix(repository)
  const next = { ...files }
  for (const change of result.changes) next[change.file] = change.after
  return next
}

test('check finds the missing annotation, fix writes it, and check is then clean', () => {
  const files = { 'config.yaml': configMap, 'deploy.yaml': deployment }
  const before = check(memoryRepository(files))
  assert.deepEqual(
    before.problems.map(p => [p.rule, p.file, p.line]),
    [['config-hash-missing', 'deploy.yaml', 1]]
  )
  const after = applyChanges(files, memoryRepository(files))
  assert.equal(after['config.yaml'], configMap)
  const hash = before.workloads[0]?.desiredHash
  assert.match(
    after['deploy.yaml'] ?? '',
    new RegExp(
      `  template:\\n    metadata:\\n      annotations:\\n        gitops-reloader/config-hash: ${hash}\\n    spec:`
    )
  )
  assert.deepEqual(check(memoryRepository(after)).problems, [])
  assert.deepEqual(fix(memoryRepository(after)).changes, [])
})

test('a stale annotation is reported with both hashes and replaced in place', () => {
  const stale = deployment.replace(
    '  template:\n',
    '  template:\n    metadata:\n      annotations:\n        gitops-reloader/config-hash: sha256:0000000000000000 # kept\n'
  )
  const files = { 'config.yaml': configMap, 'deploy.yaml': stale }
  const report = check(memoryRepository(files))
  assert.equal(report.problems[0]?.rule, 'config-hash-stale')
  assert.match(report.problems[0]?.message ?? '', /sha256:0000000000000000/)
  const after = applyChanges(files, memoryRepository(files))
  assert.equal(
    after['deploy.yaml'],
    stale.replace('sha256:0000000000000000', report.workloads[0]?.desiredHash ?? '')
  )
})

test('ignored workloads, Jobs and workloads reading nothing from Git are never annotated', () => {
  const ignored = deployment.replace(
    '  namespace: shop\n',
    '  namespace: shop\n  annotations:\n    gitops-reloader/ignore: "true"\n'
  )
  const job = deployment
    .replace('apps/v1', 'batch/v1')
    .replace('Deployment', 'Job')
    .replace('name: web\n', 'name: migrate\n')
  const external = deployment
    .replace('name: web\n', 'name: other\n')
    .replace('configMapKeyRef', 'secretKeyRef')
    .replace('name: app\n', 'name: made-outside\n')
  const externalSecret =
    'apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: made-outside, namespace: shop}\nspec: {}\n'
  const files = {
    'config.yaml': configMap,
    'ignored.yaml': ignored,
    'job.yaml': job,
    'other.yaml': external,
    'es.yaml': externalSecret
  }
  const report = check(memoryRepository(files))
  assert.deepEqual(
    report.workloads.map(w => [w.kind, w.name, w.status]),
    [
      ['Deployment', 'web', 'ignored'],
      ['Job', 'migrate', 'job'],
      ['Deployment', 'other', 'no-tracked-config']
    ]
  )
  assert.deepEqual(report.problems.map(p => p.rule).sort(), [
    'job-not-annotated',
    'reference-untrackable'
  ])
  assert.deepEqual(fix(memoryRepository(files)).changes, [])
})

test('a missing reference is reported unless optional, and a parse error does not stop the rest', () => {
  const missing = deployment.replace('name: app\n', 'name: nowhere\n')
  const files = { 'deploy.yaml': missing, 'broken.yaml': 'a: [1\n', 'config.yaml': configMap }
  const report = check(memoryRepository(files))
  assert.deepEqual(
    report.problems.map(p => [p.rule, p.file]),
    [
      ['yaml-parse-error', 'broken.yaml'],
      ['reference-missing', 'deploy.yaml']
    ]
  )
})

test('config is matched by namespace', () => {
  const otherNamespace = configMap.replace('namespace: shop', 'namespace: elsewhere')
  const report = check(
    memoryRepository({ 'config.yaml': otherNamespace, 'deploy.yaml': deployment })
  )
  assert.equal(report.workloads[0]?.references[0]?.coverage, 'missing')
})

test('two Flux Kustomizations that give one generated path different config conflict', () => {
  const flux = (name: string, level: string) => source`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: {name: ${name}, namespace: flux-system}
    spec:
      interval: 10m
      path: ./app
      sourceRef: {kind: GitRepository, name: flux-system}
      postBuild:
        substitute: {LEVEL: ${level}}
  `
  const files = {
    'clusters/a.yaml': flux('a', 'debug'),
    'clusters/b.yaml': flux('b', 'info'),
    'app/config.yaml': configMap.replace('LEVEL: debug', 'LEVEL: ${LEVEL}'),
    'app/deploy.yaml': deployment
  }
  const report = check(memoryRepository(files))
  assert.deepEqual(
    report.workloads.map(w => [w.root, w.status]),
    [
      ['flux-system/a', 'missing'],
      ['flux-system/b', 'missing']
    ]
  )
  assert.notEqual(report.workloads[0]?.desiredHash, report.workloads[1]?.desiredHash)
  assert.ok(
    report.problems.some(p => p.rule === 'config-hash-conflict' && p.file === 'app/deploy.yaml')
  )
  assert.deepEqual(fix(memoryRepository(files)).changes, [])
})

test('a file that cannot be read is reported, and Helm chart templates are not read at all', () => {
  const files: Record<string, string> = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\n',
    'chart/templates/deployment.yaml':
      'metadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . }}\n'
  }
  const repository = {
    files: [...Object.keys(files), 'huge.yaml'],
    readFile: (path: string) => files[path]
  }
  assert.deepEqual(
    check(repository).problems.map(p => [p.rule, p.file]),
    [['file-unreadable', 'huge.yaml']]
  )
})

test('overlays that give a base different config get patches, kept current when the config converges', () => {
  const overlay = (level: string) =>
    `resources: [../../base]\npatches:\n  - patch: |\n      apiVersion: v1\n      kind: ConfigMap\n      metadata: {name: app, namespace: shop}\n      data: {LEVEL: ${level}}\n`
  let files: Record<string, string> = {
    'base/kustomization.yaml': 'resources: [config.yaml, deploy.yaml]\n',
    'base/config.yaml': configMap,
    'base/deploy.yaml': deployment,
    'overlays/a/kustomization.yaml': overlay('warn'),
    'overlays/b/kustomization.yaml': overlay('error')
  }
  const applyAll = () => {
    for (const change of fix(memoryRepository(files)).changes)
      files = { ...files, [change.file]: change.after }
  }
  applyAll()
  assert.equal(files['base/deploy.yaml'], deployment)
  assert.match(files['overlays/a/kustomization.yaml'] ?? '', /- path: config-hash\.patch\.yaml\n$/)
  assert.match(
    files['overlays/b/config-hash.patch.yaml'] ?? '',
    /gitops-reloader\/config-hash: sha256:/
  )
  assert.deepEqual(check(memoryRepository(files)).problems, [])

  files = {
    ...files,
    'overlays/b/kustomization.yaml': files['overlays/b/kustomization.yaml']!.replace(
      'error',
      'warn'
    )
  }
  applyAll()
  const report = check(memoryRepository(files))
  assert.deepEqual(report.problems, [])
  const [hash] = new Set(report.workloads.map(w => w.desiredHash))
  assert.match(files['base/deploy.yaml'] ?? '', new RegExp(`config-hash: ${hash}`))
  assert.match(files['overlays/b/config-hash.patch.yaml'] ?? '', new RegExp(`config-hash: ${hash}`))
  assert.deepEqual(fix(memoryRepository(files)).changes, [])
})
