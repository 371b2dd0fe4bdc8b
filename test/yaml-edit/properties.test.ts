import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { parseAllDocuments, type Document } from 'yaml'
import { setScalars } from '../../src/yaml-edit/index.js'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'
import { keys, manifest, shapes, values, type Shape } from './manifests.js'

function editOf(shape: Shape, key: string, value: string) {
  return {
    document: shape.documentsBefore,
    path: ['spec', 'template', 'metadata', 'annotations', key],
    value
  }
}

function terminated(text: string): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  return text === '' || text.endsWith('\n') ? text : `${text}${eol}`
}

const cases = fc.record({ shape: shapes, key: keys, value: values })

test('the generated manifests parse', () => {
  fc.assert(
    fc.property(shapes, keys, (shape, key) => {
      const documents = parseAllDocuments(manifest(shape, key))
      assert.deepEqual(
        documents.flatMap(d => d.errors.map(e => e.message)),
        []
      )
    })
  )
})

test('setting a value twice equals setting it once', () => {
  fc.assert(
    fc.property(cases, ({ shape, key, value }) => {
      const edit = editOf(shape, key, value)
      const once = setScalars(manifest(shape, key), [edit])
      assert.ok(once.ok, once.ok ? '' : once.message)
      assert.deepEqual(setScalars(once.text, [edit]), { ok: true, text: once.text, changed: false })
    })
  )
})

test('only inserted lines and the replaced value line differ', () => {
  fc.assert(
    fc.property(cases, ({ shape, key, value }) => {
      const before = manifest(shape, key)
      const outcome = setScalars(before, [editOf(shape, key, value)])
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message)
      const { removed, added } = lineDiff(terminated(before), terminated(outcome.text))
      assert.ok(removed.length <= 1, `${removed.length} lines removed or replaced`)
      assert.ok(added.length - removed.length <= 3, `${added.length} lines added`)
      const afterLines = splitLines(terminated(outcome.text))
      for (const index of added) {
        const line = afterLines[index] ?? ''
        const isNewKeyLine = /^\s*"?(metadata|annotations)"?:/.test(line) || line.includes(': ')
        assert.ok(isNewKeyLine, `unexpected line ${JSON.stringify(line)}`)
      }
    })
  )
})

test('the re-parsed value at the path is the value, under YAML 1.2 and 1.1', () => {
  fc.assert(
    fc.property(cases, ({ shape, key, value }) => {
      const edit = editOf(shape, key, value)
      const outcome = setScalars(manifest(shape, key), [edit])
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message)
      for (const version of ['1.2', '1.1'] as const) {
        const reparsed: Document.Parsed | undefined = parseAllDocuments(outcome.text, { version })[
          edit.document
        ]
        assert.equal(reparsed?.getIn(edit.path), value, `YAML ${version}:\n${outcome.text}`)
      }
    })
  )
})

test('other documents are unchanged', () => {
  fc.assert(
    fc.property(cases, ({ shape, key, value }) => {
      const before = manifest(shape, key)
      const edit = editOf(shape, key, value)
      const outcome = setScalars(before, [edit])
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message)
      const [original, edited] = [parseAllDocuments(before), parseAllDocuments(outcome.text)]
      assert.equal(edited.length, original.length)
      original.forEach((document, index) => {
        if (index === edit.document) return
        assert.deepEqual(edited[index]?.toJS(), document.toJS())
        const [start, end] = [document.range[0], document.range[2]]
        const shift = outcome.text.length - before.length
        const editedRange = edited[index]?.range ?? [0, 0, 0]
        const moved = index > edit.document ? shift : 0
        assert.equal(editedRange[0], start + moved)
        assert.equal(outcome.text.slice(editedRange[0], editedRange[2]), before.slice(start, end))
      })
    })
  )
})
