import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { CORE_SCHEMA, loadAll } from 'js-yaml'
import { fastAppendItems, fastSetScalars, sameValue } from '../../src/yaml-edit/fast.js'
import {
  appendItems,
  setScalars,
  type AppendItem,
  type SetScalar
} from '../../src/yaml-edit/index.js'
import { planAppendItem, planSetScalar } from '../../src/yaml-edit/plan.js'
import { runEdits } from '../../src/yaml-edit/session.js'
import { CORPUS_MISSING, corpusAvailable, corpusRoot } from '../helpers/corpus.js'
import { keys, manifest, shapes, values } from './manifests.js'

type Tree = Record<string | number, unknown>
function updateAt(root: unknown, at: readonly (string | number)[], value: string): unknown {
  const [head, ...rest] = at
  if (head === undefined) return value
  const container = (root !== null && typeof root === 'object' ? root : {}) as Tree
  container[head] = updateAt(container[head], rest, value)
  return container
}

/** The same kind of edit setScalars runs, so both paths are compared on equal terms. */
const SET = {
  plan: planSetScalar,
  expect: (current: unknown, edit: SetScalar) => updateAt(current, edit.path, edit.value)
}

function appendAt(root: unknown, at: readonly (string | number)[], item: unknown): unknown {
  const [head, ...rest] = at
  if (head === undefined) {
    const items = Array.isArray(root) ? root : []
    return items.some(existing => isDeepStrictEqual(existing, item)) ? items : [...items, item]
  }
  const container = (root !== null && typeof root === 'object' ? root : {}) as Tree
  container[head] = appendAt(container[head], rest, item)
  return container
}

const APPEND = {
  plan: planAppendItem,
  expect: (current: unknown, edit: AppendItem) => appendAt(current, edit.path, edit.item)
}

/** As `compared`, for appendItems. */
function comparedAppend(text: string, edits: AppendItem[]) {
  const fast = fastAppendItems(text, edits, APPEND)
  const slow = runEdits(text, edits, APPEND)
  if (fast !== undefined) assert.deepEqual(fast, slow, JSON.stringify({ text, edits }))
  assert.deepEqual(appendItems(text, edits), slow)
  return { fast, slow }
}

/** The fast path's outcome, which must be the `yaml` path's whenever it gives one. */
function compared(text: string, edits: SetScalar[]) {
  const fast = fastSetScalars(text, edits, SET)
  const slow = runEdits(text, edits, SET)
  if (fast !== undefined) assert.deepEqual(fast, slow, JSON.stringify({ text, edits }))
  assert.deepEqual(setScalars(text, edits), slow)
  return { fast, slow }
}

function assertPlaced(text: string, edits: SetScalar[]) {
  const { fast, slow } = compared(text, edits)
  assert.ok(fast, `placed without yaml: ${JSON.stringify(text)}`)
  assert.ok(slow.ok)
}

function assertLeftToYaml(text: string, edits: SetScalar[]) {
  const { fast } = compared(text, edits)
  assert.equal(fast, undefined, `left to yaml: ${JSON.stringify(text)}`)
}

const hash = 'sha256:0123456789abcdef'
const key = 'gitops-reloader/config-hash'
const podAnnotation = (document = 0): SetScalar => ({
  document,
  path: ['spec', 'template', 'metadata', 'annotations', key],
  value: hash
})
const annotation = (document = 0, value = hash, before?: string[]): SetScalar => ({
  document,
  path: ['metadata', 'annotations', key],
  value,
  ...(before ? { before } : {})
})

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app # the name
spec:
  selector:
    matchLabels: { app: app }
  template:
    metadata:
      labels:
        app: app
    spec:
      containers:
        - name: app
          image: "ghcr.io/example/app:1.0"
          ports: [8080]
          envFrom:
          - configMapRef:
              name: app-config
`

test('the common shapes are placed without yaml, exactly as the yaml path places them', () => {
  const cases: [string, SetScalar[]][] = [
    [deployment, [podAnnotation()]],
    [deployment, [podAnnotation(), annotation(), podAnnotation()]],
    [deployment, [annotation()]],
    [deployment, [annotation(0, hash, ['labels', 'name'])]],
    [
      deployment.replace(
        'app: app\n    spec:',
        `app: app\n      annotations:\n        ${key}: sha256:old\n    spec:`
      ),
      [podAnnotation()]
    ],
    [
      deployment.replace(
        '  name: app # the name',
        `  annotations:\n    ${key}: "sha256:old"\n  name: app`
      ),
      [annotation()]
    ],
    [
      deployment.replace(
        '  name: app # the name',
        `  annotations:\n    ${key}: 'sha256:old' # kept\n  name: app`
      ),
      [annotation()]
    ],
    [
      deployment.replace(
        '  name: app # the name',
        `  annotations:\n    ${key}: ${hash}\n  name: app`
      ),
      [annotation()]
    ],
    [deployment.replace('  name: app # the name', '  annotations:\n  name: app'), [annotation()]],
    [
      deployment.replace('  name: app # the name', '  annotations: ~ # none yet\n  name: app'),
      [annotation()]
    ],
    [
      deployment.replace('  name: app # the name', '  annotations: # none yet\n  name: app'),
      [annotation()]
    ],
    [
      deployment.replace('  name: app # the name', `  annotations:\n    ${key}:\n  name: app`),
      [annotation()]
    ],
    [
      deployment.replace('  name: app # the name', `  annotations:\n    ${key}: null\n  name: app`),
      [annotation()]
    ],
    [
      `# leading comment\n---\n${deployment}---\n${deployment}...\n---\n${deployment}---\n`,
      [podAnnotation(0), podAnnotation(2), annotation(1)]
    ],
    [`\uFEFF${deployment}`, [podAnnotation(), annotation()]],
    [deployment.replace(/\n/g, '\r\n'), [podAnnotation(), annotation()]],
    [deployment.slice(0, -1), [podAnnotation()]],
    [`${deployment}  # a comment under the last item\n\n`, [podAnnotation()]],
    [
      `${deployment.replace('  name: app # the name', '  name: &name app')}  strategy: *name\n`,
      [annotation()]
    ],
    [
      `metadata:\n  name: a\n  labels:\n    # about the labels\n    a: b\nspec:\n  x: 1\n`,
      [annotation(0, hash, ['labels'])]
    ],
    [`metadata:\n    name: a\nspec:\n    list:\n    - a\n    - b\n`, [annotation()]]
  ]
  for (const [text, edits] of cases) assertPlaced(text, edits)
})

test('what the yaml path may read or place otherwise is left to it', () => {
  const withName = (replacement: string) =>
    deployment.replace('  name: app # the name', replacement)
  const cases: [string, SetScalar[]][] = [
    [withName('  name:\tapp'), [annotation()]], // a tab
    [deployment.replace(/\n/g, '\r'), [annotation()]], // lone CR line breaks
    [withName('  name: "app"#note'), [annotation()]], // a comment touching a quote
    [`%YAML 1.2\n---\n${deployment}`, [annotation()]], // a directive
    [`--- # c\n${deployment}--- !!map\na: b\n`, [annotation()]], // content on a marker's line
    [`? metadata\n: {name: a}\n`, [annotation()]], // an explicit key
    [withName('  name: "multi\n    line"'), [annotation()]], // a quoted scalar over lines
    [withName('  name: [a,\n    b]'), [annotation()]], // a flow collection over lines
    [withName('  &anchor name: app'), [annotation()]], // a key with an anchor
    [withName('  name: app\n  annotations: &a {x: y}\n  other: *a'), [annotation()]], // an aliased anchor on the path
    [withName('  name: app\n  <<: {x: y}'), [annotation()]], // a merge key on the path
    [withName('  name: app\n  1: one'), [annotation()]], // a key that is not a string
    [withName(`  name: app\n  annotations:\n    ${key}: |\n      sha256:old`), [annotation()]], // a block scalar
    [withName(`  name: app\n  annotations:\n    ${key}: 12`), [annotation()]], // not a string
    [withName(`  name: app\n  annotations:\n    ${key}: plain words`), [annotation()]],
    [withName('  name: app\n  annotations: [a]'), [annotation()]], // refused: a sequence
    [withName('  name: app\n  annotations: text'), [annotation()]], // refused: a scalar
    [deployment, [{ document: 3, path: ['metadata'], value: 'x' }]], // refused: no such document
    [
      deployment,
      [{ document: 0, path: ['spec', 'template', 'spec', 'containers', 0, 'name'], value: 'x' }]
    ],
    [`b: &b 2\n${deployment}a: [${'*b, '.repeat(11)}1]\n`, [annotation()]], // 11 aliases
    ['{metadata: {name: a}}\n', [annotation()]], // a flow mapping
    ['', [annotation()]],
    ['metadata:\n  name: a\n  annotations: {}\n', [annotation()]] // into a flow mapping
  ]
  for (const [text, edits] of cases) assertLeftToYaml(text, edits)
})

const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ./namespace.yaml
  - ../../base/app # the app
patches:
  - path: ./app.patch.yaml
  - path: "./quoted.patch.yaml"
    target:
      kind: Deployment
`
const patchItem = (path: string[] = ['patches']): AppendItem => ({
  document: 0,
  path,
  item: { path: 'config-hash.patch.yaml' }
})
const withoutPatches = kustomization.slice(0, kustomization.indexOf('patches:'))

test('appended items are placed without yaml, exactly as the yaml path places them', () => {
  const cases: [string, AppendItem[]][] = [
    [kustomization, [patchItem()]],
    [kustomization, [patchItem(), patchItem(), patchItem()]], // once per workload, as fix asks
    [kustomization, [{ document: 0, path: ['resources'], item: 'config-hash.yaml' }]],
    [kustomization, [{ document: 0, path: ['resources'], item: './namespace.yaml' }]], // there
    [withoutPatches, [patchItem()]],
    [`${withoutPatches}patches:\n`, [patchItem()]],
    [`${withoutPatches}patches: ~ # none\n`, [patchItem()]],
    [kustomization.replace(/\n {2}/g, '\n'), [patchItem()]], // indentless sequences
    [kustomization.replace(/\n/g, '\r\n'), [patchItem()]],
    ['metadata:\n  name: a\n', [patchItem(['metadata', 'finalizers'])]],
    ['metadata:\n  name: a\n', [patchItem(['spec', 'list'])]]
  ]
  for (const [text, edits] of cases) {
    const { fast, slow } = comparedAppend(text, edits)
    assert.ok(fast, `placed without yaml: ${JSON.stringify(text)}`)
    assert.ok(slow.ok)
  }
})

test('appends that the yaml path may see otherwise are left to it', () => {
  const cases: [string, AppendItem[]][] = [
    [`${kustomization}x: &a ./a.yaml\ny: *a\n`, [patchItem()]], // an alias anywhere
    ['patches: [{path: a.yaml}]\n', [patchItem()]], // a flow sequence
    ['patches:\n  - patch: |\n      x: 1\n', [patchItem()]], // a block scalar in an item
    ['patches:\n  - path: 1e3\n', [patchItem()]], // a scalar the readers may type otherwise
    ['patches:\n  - {path: a.yaml}\n', [patchItem()]], // a flow item
    ['patches: text\n', [patchItem()]] // refused: not a sequence
  ]
  for (const [text, edits] of cases)
    assert.equal(comparedAppend(text, edits).fast, undefined, JSON.stringify(text))
})

test('on generated manifests, the fast path gives what the yaml path gives', () => {
  fc.assert(
    fc.property(shapes, keys, values, (shape, name, value) => {
      const text = manifest(shape, name)
      const edit = {
        document: shape.documentsBefore,
        path: ['spec', 'template', 'metadata', 'annotations', name],
        value
      }
      compared(text, [edit])
      compared(text, [edit, { ...edit, path: ['metadata', 'annotations', name] }])
    }),
    { numRuns: 400 }
  )
})

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

test('on every corpus file, the fast path places most edits and gives what the yaml path gives', t => {
  if (!corpusAvailable()) {
    t.skip(CORPUS_MISSING)
    return
  }
  let edits = 0
  let placed = 0
  for (const file of yamlFiles(corpusRoot)) {
    const text = readFileSync(file, 'utf8')
    let documents: unknown[]
    try {
      documents = loadAll(text, undefined, { schema: CORE_SCHEMA })
    } catch {
      continue
    }
    const maps = documents.flatMap((document, index) =>
      document && typeof document === 'object' && !Array.isArray(document)
        ? [{ document, index }]
        : []
    )
    if (maps.length === 0) continue
    const perDocument = maps.map(({ document, index }) => {
      const template = (document as { spec?: { template?: unknown } }).spec?.template
      return template && typeof template === 'object' ? podAnnotation(index) : annotation(index)
    })
    for (const attempt of [
      perDocument,
      maps.map(({ index }) => annotation(index, 'yes', ['labels']))
    ]) {
      edits++
      if (compared(text, attempt).fast) placed++
    }
    for (const { index } of maps) comparedAppend(text, [{ ...patchItem(), document: index }])
  }
  assert.ok(edits > 9000, `${edits} edits`)
  assert.ok(placed / edits > 0.95, `${placed} of ${edits} placed without yaml`)
})

test('sameValue is isDeepStrictEqual on the values js-yaml reads', () => {
  const leaf = fc.oneof(
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -2, max: 2 }),
    fc.constantFrom(0, -0, NaN, null, true, false, 1.5)
  )
  const { tree } = fc.letrec(tie => ({
    tree: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('tree'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__'), tie('tree'), { maxKeys: 3 })
    )
  }))
  fc.assert(
    fc.property(tree, tree, (a, b) => sameValue(a, b) === isDeepStrictEqual(a, b)),
    { numRuns: 20000 }
  )
  fc.assert(
    fc.property(tree, a => {
      const copy: unknown = structuredClone(a)
      return sameValue(a, copy) === isDeepStrictEqual(a, copy)
    })
  )
})
