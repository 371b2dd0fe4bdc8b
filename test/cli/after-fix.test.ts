import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { reportAfterFix } from '../../src/cli/after-fix.js'
import { runCli } from '../../src/cli/index.js'
import { check, fix } from '../../src/engine/run.js'
import { readWorkTree, writeChanges } from '../../src/io/work-tree.js'
import { projectRoot } from '../helpers/corpus.js'
import { commitAll } from '../helpers/git.js'
import { source } from '../helpers/source.js'
import { copyToTemp, tempDirectory } from '../helpers/temp.js'

interface JsonReport {
  problems: unknown[]
  workloads: unknown[]
  coverage: unknown
  files: number
}

async function json(...argv: string[]): Promise<JsonReport> {
  let stdout = ''
  await runCli([...argv, '--format', 'json'], { stdout: t => (stdout += t), stderr: () => {} })
  return JSON.parse(stdout) as JsonReport
}

/** What `fix` prints, and what `check` prints after it, without the fields only one of them has. */
async function fixThenCheckCli(path: string): Promise<{ fixed: JsonReport; checked: JsonReport }> {
  const fixed = await json('fix', path)
  const checked = await json('check', path)
  return { fixed, checked }
}

/** fix's changes written, and what a fresh check of the work tree then reports. */
function fixThenCheck(path: string) {
  const tree = readWorkTree(path)
  const result = fix(tree)
  const refused = writeChanges(tree, result.changes)
  assert.deepEqual(refused, [])
  return { result, fresh: check(readWorkTree(path)) }
}

test('on the example repository, the report fix derives is the one a fresh check gives after the writes', async () => {
  using engine = copyToTemp(join(projectRoot, 'fixtures/example-flux-repo'))
  commitAll(engine.path)
  const { result, fresh } = fixThenCheck(engine.path)
  assert.ok(result.changes.length > 0, 'the example has hashes to write')
  assert.ok(result.repaired.length > 0)
  const derived = reportAfterFix(result, result.changes)
  assert.ok(derived, 'derived without a second check')
  assert.deepEqual(derived, fresh)

  using cli = copyToTemp(join(projectRoot, 'fixtures/example-flux-repo'))
  commitAll(cli.path)
  const { fixed, checked } = await fixThenCheckCli(cli.path)
  for (const field of ['problems', 'workloads', 'coverage', 'files'] as const)
    assert.deepEqual(fixed[field], checked[field], field)
})

const refusedRepo = {
  'kustomization.yaml': source`
    resources: [config.yaml, web.yaml, api.yaml]
  `,
  'config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      LEVEL: info
  `,
  'web.yaml': source`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        metadata:
          labels: {app: web}
        spec:
          containers:
            - name: web
              image: web:1
              envFrom: [{configMapRef: {name: app}}]
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: web
  `,
  'api.yaml': source`
    apiVersion: apps/v1
    kind: Deployment
    metadata: &meta
      name: api
      labels: {app: api}
    spec:
      template:
        metadata: *meta
        spec:
          containers:
            - name: api
              image: api:1
              envFrom: [{configMapRef: {name: app}}]
  `
}

test('with a refused write, the findings fix leaves are those of a fresh check after the other writes', async () => {
  using engine = tempDirectory(refusedRepo)
  commitAll(engine.path)
  const { result, fresh } = fixThenCheck(engine.path)
  assert.deepEqual(
    result.problems.map(p => [p.rule, p.file]),
    [['write-refused', 'api.yaml']]
  )
  assert.deepEqual(
    result.changes.map(change => change.file),
    ['web.yaml']
  )
  assert.ok(fresh.problems.some(p => p.rule === 'config-hash-missing' && p.file === 'api.yaml'))
  assert.deepEqual(reportAfterFix(result, result.changes)?.problems, fresh.problems)

  using cli = tempDirectory(refusedRepo)
  commitAll(cli.path)
  const { fixed, checked } = await fixThenCheckCli(cli.path)
  const refusals = fixed.problems.filter(p => (p as { rule: string }).rule === 'write-refused')
  assert.equal(refusals.length, 1)
  assert.deepEqual([...refusals, ...checked.problems], fixed.problems)
  for (const field of ['workloads', 'coverage', 'files'] as const)
    assert.deepEqual(fixed[field], checked[field], field)
})

test('workloads and findings below an edit in a written file move down with the inserted lines', () => {
  const deployment = (name: string, secret = '') => source`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: ${name}
    spec:
      template:
        metadata:
          labels: {app: ${name}}
        spec:
          containers:
            - name: ${name}
              image: ${name}:1
              envFrom: [{configMapRef: {name: app}}${secret}]
  `
  using repo = tempDirectory({
    'kustomization.yaml': 'resources: [config.yaml, apps.yaml]\n',
    'config.yaml': refusedRepo['config.yaml'],
    'apps.yaml': [
      deployment('web'),
      deployment('worker', ', {secretRef: {name: made-in-cluster}}')
    ].join('---\n')
  })
  commitAll(repo.path)
  const { result, fresh } = fixThenCheck(repo.path)
  const lineOf = (report: typeof fresh) =>
    report.workloads.find(workload => workload.name === 'worker')?.source?.line ?? 0
  assert.ok(lineOf(fresh) > lineOf(result.report), 'the edit above moved the worker down')
  const missing = fresh.problems.find(p => p.rule === 'reference-missing')
  assert.ok(missing && missing.file === 'apps.yaml' && missing.line === lineOf(fresh))
  assert.deepEqual(reportAfterFix(result, result.changes), fresh)
})

test('a line at or below the first change moves by the lines inserted above it; one above stays', () => {
  const finding = (line: number) => ({
    rule: 'reference-missing',
    severity: 'warning',
    file: 'a.yaml',
    line,
    message: 'm'
  })
  const result = {
    report: { roots: [], workloads: [], problems: [], files: 1 },
    remaining: [finding(1), finding(2), finding(3)],
    repaired: []
  } as unknown as Parameters<typeof reportAfterFix>[0]
  const change = { file: 'a.yaml', before: 'a: 1\nb: 2\nc: 3\n', after: 'a: 1\nx: 0\nb: 2\nc: 3\n' }
  const derived = reportAfterFix(result, [change] as Parameters<typeof reportAfterFix>[1])
  assert.deepEqual(
    derived?.problems.map(p => p.line),
    [1, 3, 4]
  )
})
