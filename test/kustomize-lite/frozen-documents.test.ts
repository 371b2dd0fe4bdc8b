import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseYamlDocuments } from '../../src/kustomize-lite/index.js'
import { parsedDocumentChecks } from '../../src/kustomize-lite/yaml-documents.js'

// npm test turns the check on for every test (test/helpers/freeze-parsed.ts); this proves what it does.
test('with the parse check on, every node of a parsed document is frozen: an edit throws', () => {
  const was = parsedDocumentChecks.freeze
  parsedDocumentChecks.freeze = true
  try {
    const parsed = parseYamlDocuments('a: {b: [1, {c: 2}]}\n---\nx: &x {y: 1}\nz: *x\n', 'f.yaml')
    assert.ok(parsed.ok)
    const [first, second] = parsed.documents as [
      { a: { b: [number, { c: number }] } },
      { z: { y: number } }
    ]
    assert.ok(Object.isFrozen(first.a.b[1]))
    assert.throws(() => {
      first.a.b[1].c = 3
    }, TypeError)
    assert.throws(() => {
      second.z.y = 2
    }, TypeError)
    assert.equal(first.a.b[1].c, 2)
  } finally {
    parsedDocumentChecks.freeze = was
  }
})
