import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { check, fix, memoryRepository } from '../../src/engine/index.js'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'

const KEYS = ['a', 'b', 'c', 'd'] as const

interface Workload {
  name: string
  keyRefs: string[]
  envFromSecret: boolean
  volumeItems: string[] | 'none'
}

interface Scenario {
  values: Record<string, string>
  labels: Record<string, string>
  secretValue: string
  workloads: Workload[]
  indent: number
  eol: '\n' | '\r\n'
  withTemplateMetadata: boolean
}

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  values: fc.record({ a: fc.string(), b: fc.string(), c: fc.string(), d: fc.string() }),
  labels: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/), {
    maxKeys: 3
  }),
  secretValue: fc.string(),
  workloads: fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z]{1,8}$/),
      keyRefs: fc.subarray([...KEYS]),
      envFromSecret: fc.boolean(),
      volumeItems: fc.oneof(fc.constant('none' as const), fc.subarray([...KEYS], { minLength: 1 }))
    }),
    { minLength: 1, maxLength: 4, selector: w => w.name }
  ),
  indent: fc.constantFrom(2, 4),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  withTemplateMetadata: fc.boolean()
})

function render(scenario: Scenario): Record<string, string> {
  const files: Record<string, string> = { 'config.yaml': renderConfig(scenario) }
  for (const workload of scenario.workloads)
    files[`${workload.name}.yaml`] = renderWorkload(workload, scenario)
  return files
}

function lines(scenario: Scenario, rows: [number, string][]): string {
  return rows.map(([column, text]) => ' '.repeat(column) + text).join(scenario.eol) + scenario.eol
}

function renderConfig(scenario: Scenario): string {
  const u = scenario.indent
  const labels = Object.entries(scenario.labels).map(([k, v]): [number, string] => [
    2 * u,
    `${k}: ${JSON.stringify(v)}`
  ])
  return lines(scenario, [
    [0, 'apiVersion: v1'],
    [0, 'kind: ConfigMap'],
    [0, 'metadata:'],
    [u, 'name: cfg'],
    ...(labels.length ? [[u, 'labels:'] as [number, string], ...labels] : []),
    [0, 'data:'],
    ...KEYS.map((key): [number, string] => [u, `${key}: ${JSON.stringify(scenario.values[key])}`]),
    [0, '---'],
    [0, 'apiVersion: v1'],
    [0, 'kind: Secret'],
    [0, 'metadata:'],
    [u, 'name: sec'],
    [0, 'stringData:'],
    [u, `token: ${JSON.stringify(scenario.secretValue)}`]
  ])
}

/** A Deployment indented by `u` per map level; sequence items sit one level in, content 2 further. */
function renderWorkload(workload: Workload, scenario: Scenario): string {
  const u = scenario.indent
  const item = 4 * u + 2
  const envItem = item + u + 2
  const env = workload.keyRefs.flatMap((key): [number, string][] => [
    [item + u, `- name: ${key.toUpperCase()}`],
    [envItem, 'valueFrom:'],
    [envItem + u, 'configMapKeyRef:'],
    [envItem + 2 * u, 'name: cfg'],
    [envItem + 2 * u, `key: ${key}`]
  ])
  const envFrom: [number, string][] = workload.envFromSecret
    ? [
        [item, 'envFrom:'],
        [item + u, '- secretRef:'],
        [item + 2 * u + 2, 'name: sec']
      ]
    : []
  const volume: [number, string][] =
    workload.volumeItems === 'none'
      ? []
      : [
          [3 * u, 'volumes:'],
          [4 * u, '- name: files'],
          [item, 'configMap:'],
          [item + u, 'name: cfg'],
          [item + u, 'items:'],
          ...workload.volumeItems.map((key): [number, string] => [
            item + 2 * u,
            `- {key: ${key}, path: ${key}}`
          ])
        ]
  return lines(scenario, [
    [0, '# a workload'],
    [0, 'apiVersion: apps/v1'],
    [0, 'kind: Deployment'],
    [0, 'metadata:'],
    [u, `name: ${workload.name}`],
    [0, 'spec:'],
    [u, 'template:'],
    ...(scenario.withTemplateMetadata
      ? ([
          [2 * u, 'metadata:'],
          [3 * u, 'labels:'],
          [4 * u, 'app: x']
        ] as [number, string][])
      : []),
    [2 * u, 'spec:'],
    [3 * u, 'containers:'],
    [4 * u, '- name: app'],
    [item, 'image: app:1'],
    ...(env.length ? [[item, 'env:'] as [number, string], ...env] : []),
    ...envFrom,
    ...volume
  ])
}

function hashes(files: Record<string, string>): Map<string, string | undefined> {
  const report = check(memoryRepository(files))
  assert.deepEqual(
    report.problems.filter(p => p.rule === 'yaml-parse-error'),
    []
  )
  return new Map(report.workloads.map(w => [w.name, w.desiredHash]))
}

function applyFix(files: Record<string, string>): Record<string, string> {
  const next = { ...files }
  for (const change of fix(memoryRepository(files)).changes) next[change.file] = change.after
  return next
}

const reads = (workload: Workload, key: string) =>
  workload.keyRefs.includes(key) ||
  (workload.volumeItems !== 'none' && workload.volumeItems.includes(key))

test('fix twice changes nothing more than fix once, and leaves check clean', () => {
  fc.assert(
    fc.property(scenarioArbitrary, scenario => {
      const once = applyFix(render(scenario))
      assert.deepEqual(applyFix(once), once)
      assert.deepEqual(
        check(memoryRepository(once)).problems.filter(p => p.severity === 'error'),
        []
      )
    }),
    { numRuns: 60 }
  )
})

test('every line fix changes is an annotation line or a created metadata/annotations line', () => {
  fc.assert(
    fc.property(scenarioArbitrary, scenario => {
      const before = render(scenario)
      const after = applyFix(before)
      for (const [file, text] of Object.entries(after)) {
        const diff = lineDiff(before[file] ?? '', text)
        assert.deepEqual(diff.removed, [], `${file} lost lines`)
        const added = splitLines(text).filter((_, index) => diff.added.includes(index))
        for (const line of added)
          assert.match(line, /^\s*(gitops-reloader\/config-hash: |metadata:|annotations:)/)
      }
    }),
    { numRuns: 60 }
  )
})

test('labels and annotations of a ConfigMap change no hash', () => {
  fc.assert(
    fc.property(
      scenarioArbitrary,
      fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/)),
      (scenario, labels) => {
        assert.deepEqual(hashes(render({ ...scenario, labels })), hashes(render(scenario)))
      }
    ),
    { numRuns: 60 }
  )
})

test('changing a key changes exactly the hashes of the workloads that read it', () => {
  fc.assert(
    fc.property(
      scenarioArbitrary,
      fc.constantFrom(...KEYS),
      fc.string(),
      (scenario, key, value) => {
        fc.pre(scenario.values[key] !== value)
        const before = hashes(render(scenario))
        const after = hashes(render({ ...scenario, values: { ...scenario.values, [key]: value } }))
        for (const workload of scenario.workloads) {
          const changed = before.get(workload.name) !== after.get(workload.name)
          assert.equal(
            changed,
            reads(workload, key),
            `${workload.name} reads ${key}: ${reads(workload, key)}`
          )
        }
      }
    ),
    { numRuns: 100 }
  )
})
