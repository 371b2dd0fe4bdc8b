import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseYamlFile } from '../../src/engine/index.js'
import type { ParseJob } from '../../src/engine/index.js'
import { parseWithWorkers, startWorkers } from '../../src/io/parallel-parse.js'
import { textualNullPaths } from '../../src/kustomize-lite/index.js'
import { isTextualNull } from '../../src/kustomize-lite/yaml-documents.js'

// What a worker's structured clone could lose or change: textual nulls (kustomize keeps `null`
// and `~` but drops an empty value), aliases, go-yaml scalars, a BOM, and a broken document,
// whose neighbours are still read and whose error keeps its line.
const SAMPLES: Record<string, string> = {
  'nulls.yaml': 'kind: ConfigMap\ndata:\n  written: null\n  tilde: ~\n  empty:\nlist: [null, ~]\n',
  'aliases.yaml': 'base: &b {a: 1, b: [x, y]}\none: *b\ntwo: *b\n---\nkind: Second\n',
  'scalars.yaml':
    'octal: 0755\nhex: 0x1F\nfloat: 1e3\nyes: yes\ntime: 2001-12-14t21:59:43.10-05:00\n',
  'bom.yaml': '\uFEFFkind: Bom\nmetadata: {name: b}\n',
  'broken.yaml': 'kind: Good\n---\nkind: [unclosed\n---\nkind: AlsoGood\n'
}

function jobs(copies: number): ParseJob[] {
  return Array.from({ length: copies }, (_, copy) =>
    Object.entries(SAMPLES).map(([file, text]) => ({ file: `${copy}/${file}`, text }))
  ).flat()
}

test('files parsed by workers alone equal the single-thread parse, textual-null marks included', () => {
  const input = jobs(30) // 150 files: several chunks per worker
  const results = parseWithWorkers(startWorkers(2), input, false)
  input.forEach((job, index) => {
    const expected = parseYamlFile(job.file, job.text)
    const actual = results[index]
    assert.ok(actual, `${job.file} was not delivered`)
    assert.deepEqual(actual, expected, job.file)
    actual.documents.forEach((document, position) =>
      assert.deepEqual(
        textualNullPaths(document.value),
        textualNullPaths(expected.documents[position]?.value),
        job.file
      )
    )
  })
  const nulls = results[0]?.documents[0]?.value as { data: object; list: unknown[] }
  assert.equal(isTextualNull(nulls.data, 'written'), true)
  assert.equal(isTextualNull(nulls.data, 'tilde'), true)
  assert.equal(isTextualNull(nulls.data, 'empty'), false)
  const broken = results[4]
  assert.deepEqual(
    broken?.documents.map(document => document.line),
    [1, 5]
  )
  assert.equal(broken?.problems[0]?.line, 4) // where the unclosed flow sequence is found
})

test('this thread and the workers share the chunks; every file is delivered once', () => {
  const input = jobs(200) // 1,000 files
  const results = parseWithWorkers(startWorkers(1), input, true)
  assert.equal(results.filter(Boolean).length, input.length)
  input.forEach((job, index) => assert.deepEqual(results[index], parseYamlFile(job.file, job.text)))
})
