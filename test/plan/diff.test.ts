import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { fix, memoryRepository } from '../../src/engine/index.js'
import type { Repository } from '../../src/engine/index.js'
import { planChanges } from '../../src/plan/diff.js'
import type { Restart } from '../../src/plan/types.js'
import { source } from '../helpers/source.js'

const configMap = (level: string, color = 'azure-secretish') => source`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  data:
    LEVEL: ${level}
    COLOR: ${color}
`

const deployment = (image: string, extra = '') => source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      spec:
        containers:
          - name: app
            image: ${image}
            env:
              - name: LEVEL
                valueFrom:
                  configMapKeyRef: {name: settings, key: LEVEL}
${extra}
`

const statefulSet = source`
  apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: db
  spec:
    updateStrategy:
      rollingUpdate: {partition: 2}
    template:
      spec:
        containers:
          - name: db
            envFrom:
              - configMapRef: {name: settings}
`

/** A repository as it would be after the bot's fix: every hash current. */
function fixed(files: Record<string, string>): Repository {
  const repository = memoryRepository(files)
  const { changes } = fix(repository)
  return memoryRepository({ ...files, ...Object.fromEntries(changes.map(c => [c.file, c.after])) })
}

function summary(restarts: readonly Restart[]): string[] {
  return restarts.map(
    r => `${r.kind} ${r.name}: ${r.reasons.map(reason => JSON.stringify(reason)).join(' ')}`
  )
}

test('plan(A, A) is empty', () => {
  const repository = fixed({
    'config.yaml': configMap('info'),
    'web.yaml': deployment('app:1'),
    'db.yaml': statefulSet
  })
  const plan = planChanges(repository, repository)
  assert.deepEqual([plan.restarts, plan.upgrades, plan.added, plan.removed], [[], [], [], []])
})

test('a key change restarts exactly the workloads that read it, naming the key, never its value', () => {
  const base = fixed({
    'config.yaml': configMap('info'),
    'web.yaml': deployment('app:1'),
    'db.yaml': statefulSet
  })
  // head as the author pushes it: config changed, hashes not yet updated (fix runs on top).
  const head = memoryRepository({
    ...Object.fromEntries(base.files.map(f => [f, base.readFile(f) ?? ''])),
    'config.yaml': configMap('info', 'crimson-secretish')
  })
  const plan = planChanges(base, head)
  assert.deepEqual(summary(plan.restarts), [
    'StatefulSet db: {"type":"config","kind":"ConfigMap","name":"settings","keys":["COLOR"]}'
  ])
  assert.deepEqual(plan.restarts[0]?.strategy, { type: 'ordered', partition: 2 })
  assert.doesNotMatch(JSON.stringify(plan), /secretish/)
})

test('image, env and other pod-template changes are named; added and removed workloads are listed', () => {
  const base = fixed({ 'config.yaml': configMap('info'), 'web.yaml': deployment('app:1') })
  const head = fixed({
    'config.yaml': configMap('info'),
    'web.yaml': deployment('app:2', '        nodeSelector: {disk: ssd}'),
    'db.yaml': statefulSet
  })
  const plan = planChanges(base, head)
  assert.deepEqual(summary(plan.restarts), [
    'Deployment web: {"type":"image","container":"app","from":"app:1","to":"app:2"} {"type":"pod-template","paths":["spec.template.spec.nodeSelector"]}'
  ])
  assert.deepEqual(
    plan.added.map(w => `${w.kind} ${w.name}`),
    ['StatefulSet db']
  )
  assert.deepEqual(
    planChanges(head, base).removed.map(w => `${w.kind} ${w.name}`),
    ['StatefulSet db']
  )
})

test('warnings where the annotation restarts nothing, and a Flagger Canary as the strategy', () => {
  const files = (level: string) => ({
    'config.yaml': configMap(level),
    'web.yaml': deployment('app:1').replace(
      'spec:\n  template:',
      'spec:\n  paused: true\n  replicas: 0\n  template:'
    ),
    'canary.yaml':
      'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n'
  })
  const plan = planChanges(fixed(files('info')), fixed(files('debug')))
  assert.deepEqual(plan.restarts[0]?.strategy, { type: 'canary', canary: 'web' })
  assert.deepEqual(plan.restarts[0]?.warnings, [
    'the Deployment is paused: nothing rolls until it is resumed',
    'replicas: 0: no pod runs, so none restarts'
  ])
})

const release = (version: string, env: string) => source`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: media
  spec:
    chart:
      spec: {chart: app-template, version: ${version}}
    values:
      controllers:
        sonarr:
          containers:
            app:
              env: {TZ: ${env}}
              envFrom: [{configMapRef: {name: settings}}]
        radarr:
          containers:
            app:
              env: {TZ: UTC}
`

test('a HelmRelease upgrade lists its reasons and the app-template controllers that restart', () => {
  const base = fixed({ 'config.yaml': configMap('info'), 'release.yaml': release('5.0.1', 'UTC') })
  const head = fixed({
    'config.yaml': configMap('debug'),
    'release.yaml': release('5.1.0', 'Europe/Paris')
  })
  const plan = planChanges(base, head)
  assert.deepEqual(
    plan.upgrades.map(u => [u.name, u.reasons.map(r => r.type), u.restarts]),
    [['media', ['chart', 'values'], ['Deployment media-sonarr', 'Deployment media-radarr']]]
  )
  assert.deepEqual(summary(plan.restarts), [
    'Deployment media-sonarr: {"type":"config","kind":"ConfigMap","name":"settings","keys":["LEVEL"]} {"type":"chart","name":"app-template","from":"5.0.1","to":"5.1.0"} {"type":"values","paths":["controllers.sonarr.containers.app.env.TZ"]}',
    'Deployment media-radarr: {"type":"chart","name":"app-template","from":"5.0.1","to":"5.1.0"}'
  ])
})

test('property: a revert restarts the same workloads as the change it reverts', () => {
  const variant = fc.record({
    level: fc.constantFrom('info', 'debug'),
    color: fc.constantFrom('azure', 'crimson'),
    image: fc.constantFrom('app:1', 'app:2'),
    withDb: fc.boolean()
  })
  const repository = (v: { level: string; color: string; image: string; withDb: boolean }) =>
    fixed({
      'config.yaml': configMap(v.level, v.color),
      'web.yaml': deployment(v.image),
      ...(v.withDb ? { 'db.yaml': statefulSet } : {})
    })
  fc.assert(
    fc.property(variant, variant, (a, b) => {
      const [A, B] = [repository(a), repository(b)]
      const names = (restarts: readonly Restart[]) =>
        restarts.map(r => `${r.kind}/${r.name}`).sort()
      assert.deepEqual(names(planChanges(A, B).restarts), names(planChanges(B, A).restarts))
      assert.deepEqual(planChanges(A, A).restarts, [])
    }),
    { numRuns: 40 }
  )
})
