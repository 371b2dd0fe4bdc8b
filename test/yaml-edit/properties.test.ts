import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { parse, parseAllDocuments, type Document } from 'yaml'
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

/** A line of the edited text: its exact indentation, and what its content must be. */
interface LineCheck {
  depth: number
  check(content: string): void
}

/** The value a line reads as, under YAML 1.2 and 1.1, so a quoting mistake shows. */
function assertLineReads(content: string, expected: unknown): void {
  for (const version of ['1.2', '1.1'] as const) {
    assert.deepEqual(
      parse(content, { version }),
      expected,
      `${JSON.stringify(content)} (YAML ${version})`
    )
  }
}

const keyLine = (name: string, depth: number): LineCheck => ({
  depth,
  check: content => assert.match(content, new RegExp(`^"?${name}"?:( #.*)?$`))
})

const entryLine = (key: string, value: string): LineCheck => ({
  depth: 4,
  check: content => assertLineReads(content, { [key]: value })
})

const flowLine = (existing: Record<string, string>, key: string, value: string): LineCheck => ({
  depth: 3,
  check: content => assertLineReads(content, { annotations: { ...existing, [key]: value } })
})

/**
 * What the edit may change, from the shape alone: lines removed, and the lines added in their
 * order. The pod template's metadata is at depth 2, its annotations at 3, their entries at 4.
 */
function expectedChange(shape: Shape, key: string, value: string) {
  const entry = entryLine(key, value)
  switch (shape.annotations) {
    case 'no-metadata':
      return { removed: 0, added: [keyLine('metadata', 2), keyLine('annotations', 3), entry] }
    case 'no-annotations':
      return { removed: 0, added: [keyLine('annotations', 3), entry] }
    case 'tilde':
      return { removed: 1, added: [keyLine('annotations', 3), entry] }
    case 'empty-flow':
      return { removed: 1, added: [flowLine({}, key, value)] }
    case 'flow':
      return { removed: 1, added: [flowLine({ team: 'a' }, key, value)] }
    case 'block':
      return { removed: shape.staleValue ? 1 : 0, added: [entry] }
    case 'null':
      return { removed: 0, added: [entry] }
  }
}

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

test('only the annotation line, and a missing metadata or annotations line, are added', () => {
  fc.assert(
    fc.property(cases, ({ shape, key, value }) => {
      const before = manifest(shape, key)
      const outcome = setScalars(before, [editOf(shape, key, value)])
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message)
      const { removed, added } = lineDiff(terminated(before), terminated(outcome.text))
      const expected = expectedChange(shape, key, value)
      assert.equal(removed.length, expected.removed, 'lines removed or replaced')
      assert.equal(added.length, expected.added.length, 'lines added')
      assert.deepEqual(
        added,
        added.map((_, offset) => (added[0] ?? 0) + offset),
        'the added lines are together'
      )
      const afterLines = splitLines(terminated(outcome.text))
      expected.added.forEach((line, offset) => {
        const text = afterLines[added[offset] ?? -1] ?? ''
        assert.ok(text.endsWith(shape.eol), `${JSON.stringify(text)} ends with the file's EOL`)
        const indentation = ' '.repeat(shape.indent * line.depth)
        const content = text.slice(0, -shape.eol.length)
        assert.ok(
          content.startsWith(indentation) && content[indentation.length] !== ' ',
          `${JSON.stringify(content)} is indented by ${indentation.length}`
        )
        line.check(content.slice(indentation.length))
      })
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
