import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseYamlFile } from '../../src/engine/parse.js'
import { build, parseYamlDocuments } from '../../src/kustomize-lite/index.js'
import type { FileSystem } from '../../src/kustomize-lite/index.js'

const deepFlow = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
const tabIndented = 'a:\n\tb: 1\n'
const deepBlock = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')

/** Nine levels of nine aliases: 9^9 nodes when expanded, 90 lines when written. */
const aliasBomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  'kind: ConfigMap',
  'apiVersion: v1',
  'metadata: {name: bomb}'
].join('\n')

function memoryFileSystem(files: Record<string, string>): FileSystem {
  return {
    readFile: path => files[path],
    isDirectory: path => path === '.',
    readDirectory: () => Object.keys(files)
  }
}

test('a 100,000-deep flow sequence beside a tab-indented document: both reported, the rest kept', () => {
  const text = `${tabIndented}---\n${deepFlow}---\nkind: ConfigMap\nmetadata: {name: kept}\n`
  const parsed = parseYamlFile('deep.yaml', text)
  assert.deepEqual(
    parsed.problems.map(p => [p.line, p.message.replace(/;.*/, '')]),
    [
      [2, 'cannot parse YAML: tab characters must not be used in indentation'],
      [4, 'cannot parse YAML: nested deeper than 100 levels']
    ]
  )
  assert.deepEqual(parsed.documents, [
    { index: 2, line: 6, value: { kind: 'ConfigMap', metadata: { name: 'kept' } } }
  ])
})

test('deep block nesting is refused with its line, not by exhausting the stack', () => {
  const parsed = parseYamlFile('block.yaml', deepBlock)
  assert.equal(parsed.documents.length, 0)
  assert.equal(parsed.problems[0]?.line, 100)
  assert.match(parsed.problems[0]?.message ?? '', /nested deeper than 100 levels/)
})

test('an alias bomb is refused by every entry point: the engine and kustomize-lite build', () => {
  const parsed = parseYamlFile('bomb.yaml', aliasBomb)
  assert.equal(parsed.documents.length, 0)
  assert.match(parsed.problems[0]?.message ?? '', /aliases expand to more than a million nodes/)
  const built = build(
    '.',
    memoryFileSystem({ 'kustomization.yaml': 'resources:\n- bomb.yaml\n', 'bomb.yaml': aliasBomb })
  )
  assert.deepEqual(built.resources, [])
  assert.match(built.problems[0]?.message ?? '', /aliases expand to more than a million nodes/)
})

test('a file larger than the limit is refused before parsing', () => {
  const huge = `a: "${'x'.repeat(17 * 1024 * 1024)}"\n`
  const parsed = parseYamlDocuments(huge, 'huge.yaml')
  assert.equal(parsed.ok, false)
  assert.match(parsed.ok ? '' : parsed.error.message, /larger than 16777216 characters/)
})

test('a Helm template is named as such, at its line', () => {
  const parsed = parseYamlFile(
    't.yaml',
    'metadata:\n  name: x\n  labels:\n    {{- include "l" . }}\n'
  )
  assert.equal(parsed.problems.length, 1)
  assert.match(parsed.problems[0]?.message ?? '', /Helm template syntax is not YAML/)
})
