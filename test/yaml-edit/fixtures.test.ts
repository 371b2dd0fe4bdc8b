import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import {
  appendItems,
  setScalars,
  type AppendItem,
  type SetScalar
} from '../../src/yaml-edit/index.js'

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/yaml-edit'
)
// Writes missing after.yaml files from the current output, for review before committing.
const recordMissing = process.env.UPDATE_FIXTURES === '1'

const hash = 'sha256:0123456789abcdef'
const podAnnotations = ['spec', 'template', 'metadata', 'annotations']
const configHash = (document = 0): SetScalar => ({
  document,
  path: [...podAnnotations, 'gitops-reloader/config-hash'],
  value: hash
})
const patch = (item: AppendItem['item']): AppendItem => ({ document: 0, path: ['patches'], item })

interface FixtureCase {
  name: string
  set?: SetScalar[]
  append?: AppendItem[]
  /** The edit must be refused with a message matching this, at this line. */
  refused?: { message: RegExp; line: number }
}

const cases: FixtureCase[] = [
  { name: 'missing-metadata', set: [configHash()] },
  { name: 'missing-metadata-before-spec', set: [{ ...configHash(), before: ['spec'] }] },
  { name: 'missing-annotations', set: [configHash()] },
  { name: 'annotations-empty-flow', set: [configHash()] },
  { name: 'annotations-null', set: [configHash()] },
  { name: 'annotations-tilde', set: [configHash()] },
  { name: 'flow-map', set: [configHash()] },
  { name: 'flow-map-missing-annotations', set: [configHash()] },
  { name: 'stale-value-double-quoted', set: [configHash()] },
  { name: 'stale-value-single-quoted', set: [configHash()] },
  { name: 'stale-value-plain', set: [configHash()] },
  { name: 'unchanged-value', set: [configHash()] },
  { name: 'crlf', set: [configHash()] },
  { name: 'bom', set: [configHash()] },
  { name: 'no-final-newline', set: [configHash()] },
  { name: 'indent-4', set: [configHash()] },
  { name: 'indentless-sequences', set: [configHash()] },
  { name: 'anchored-map-kept', set: [configHash()] },
  { name: 'alias-refused', set: [configHash()], refused: { message: /alias \*meta/, line: 8 } },
  {
    name: 'aliased-anchor-refused',
    set: [configHash()],
    refused: { message: /anchor &notes that an alias uses/, line: 9 }
  },
  { name: 'merge-key-refused', set: [configHash()], refused: { message: /merge key/, line: 9 } },
  { name: 'comments', set: [configHash()] },
  { name: 'quoted-keys', set: [configHash()] },
  { name: 'multi-document', set: [configHash(1)] },
  {
    name: 'block-scalar-literal',
    set: [{ document: 0, path: ['spec', 'template', 'metadata', 'annotations', 'a'], value: 'b' }]
  },
  { name: 'block-scalar-keep', set: [configHash()] },
  { name: 'block-scalar-folded-strip', set: [configHash()] },
  { name: 'blank-lines-and-comments-between-keys', set: [configHash()] },
  {
    name: 'values-need-quoting',
    set: ['yes', 'no', 'on', '0755', '1e3', 'null', '~', 'true', 'sha256:abc', 'a: b', 'a #b'].map(
      (value, index) => ({ document: 0, path: ['metadata', 'annotations', `v${index}`], value })
    )
  },
  {
    name: 'cronjob',
    set: [
      {
        document: 0,
        path: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'annotations', 'x/h'],
        value: hash
      }
    ]
  },
  {
    name: 'parse-error-refused',
    set: [configHash()],
    refused: { message: /does not parse/, line: 5 }
  },
  {
    name: 'append-block-sequence',
    append: [{ document: 0, path: ['resources'], item: 'config-hash.yaml' }]
  },
  { name: 'append-indentless-sequence', append: [patch({ path: 'config-hash.yaml' })] },
  { name: 'append-missing-key', append: [patch({ path: 'config-hash.yaml' })] },
  { name: 'append-flow-sequence', append: [patch({ path: 'config-hash.yaml', target: 'a' })] },
  { name: 'append-existing-item', append: [patch({ path: 'config-hash.yaml' })] },
  { name: 'append-null-key', append: [patch('config-hash.yaml')] }
]

function runCase(fixture: FixtureCase, before: string) {
  if (fixture.append) return appendItems(before, fixture.append)
  return setScalars(before, fixture.set ?? [])
}

for (const fixture of cases) {
  test(`yaml-edit fixture ${fixture.name}`, () => {
    const directory = path.join(fixtures, fixture.name)
    const before = readFileSync(path.join(directory, 'before.yaml'), 'utf8')
    const outcome = runCase(fixture, before)
    if (fixture.refused) {
      assert.equal(outcome.ok, false, 'the edit must be refused')
      if (outcome.ok) return
      assert.match(outcome.message, fixture.refused.message)
      assert.equal(outcome.line, fixture.refused.line)
      return
    }
    assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.line}:${outcome.column} ${outcome.message}`)
    const afterPath = path.join(directory, 'after.yaml')
    if (recordMissing && !existsSync(afterPath)) writeFileSync(afterPath, outcome.text)
    assert.equal(outcome.text, readFileSync(afterPath, 'utf8'))
    assert.equal(outcome.changed, outcome.text !== before)
    const again = runCase(fixture, outcome.text)
    assert.deepEqual(
      again,
      { ok: true, text: outcome.text, changed: false },
      'a second run is a no-op'
    )
  })
}
