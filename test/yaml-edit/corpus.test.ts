import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { isMap, parseAllDocuments, type Document } from 'yaml'
import { setScalars, type SetScalar } from '../../src/yaml-edit/index.js'
import { lineDiff, splitLines } from '../../src/cli/line-diff.js'
import { CORPUS_MISSING, corpusAvailable, corpusRoot } from '../helpers/corpus.js'

const corpus = corpusRoot
// Measured on the corpus: every parseable file with a map document is edited, none refused.
const EXPECTED_REFUSALS = 0
const MIN_EDITED = 5049
const value = 'sha256:0123456789abcdef'
const key = 'gitops-reloader/test'

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

function targetPath(document: Document.Parsed): string[] {
  const template = document.getIn(['spec', 'template'])
  return isMap(template)
    ? ['spec', 'template', 'metadata', 'annotations', key]
    : ['metadata', 'annotations', key]
}

/** One edit per map document: the pod template's annotations where there is one, else metadata's. */
function editsFor(documents: readonly Document.Parsed[]): SetScalar[] {
  return documents.flatMap((document, index) =>
    isMap(document.contents) ? [{ document: index, path: targetPath(document), value }] : []
  )
}

const allowedNewLine = new RegExp(`${key}|^\\s*"?(metadata|annotations)"?:\\s*(#.*)?\\r?$`)

/** Appending after an unterminated last line gives it a line break; that alone is no change. */
function terminated(text: string): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  return text === '' || text.endsWith('\n') ? text : `${text}${eol}`
}

function assertOnlyIntendedLines(file: string, before: string, after: string, edits: number) {
  const { removed, added } = lineDiff(terminated(before), terminated(after))
  assert.ok(removed.length <= edits, `${file}: ${removed.length} lines changed for ${edits} edits`)
  const afterLines = splitLines(terminated(after))
  for (const index of added) {
    assert.match(afterLines[index] ?? '', allowedNewLine, `${file}: unexpected line ${index + 1}`)
  }
}

function assertValuesSet(
  file: string,
  original: readonly Document.Parsed[],
  after: string,
  edits: SetScalar[]
) {
  const edited = parseAllDocuments(after)
  assert.equal(edited.length, original.length, file)
  edited.forEach((document, index) => {
    const edit = edits.find(e => e.document === index)
    if (edit) assert.equal(document.getIn(edit.path), value, `${file}: document ${index}`)
    else assert.deepEqual(document.toJS(), original[index]?.toJS(), `${file}: document ${index}`)
  })
}

test('yaml-edit on every corpus file: only intended lines change, or a clear refusal', t => {
  if (!corpusAvailable()) {
    t.skip(CORPUS_MISSING)
    return
  }
  const counts = { files: 0, edited: 0, unchanged: 0, refused: 0, unparseable: 0 }
  const refusals = new Map<string, number>()
  for (const file of yamlFiles(corpus)) {
    counts.files++
    const before = readFileSync(file, 'utf8')
    const documents = [...parseAllDocuments(before)]
    const parses = documents.every(document => document.errors.length === 0)
    const edits = editsFor(documents)
    const outcome = setScalars(before, edits)
    if (!parses) {
      assert.equal(outcome.ok, false, `${file} does not parse but was edited`)
      counts.unparseable++
      continue
    }
    if (!outcome.ok) {
      assert.ok(outcome.line >= 1 && outcome.column >= 1, `${file}: refusal without a position`)
      counts.refused++
      const reason = outcome.message.replace(/^[\w./-]+ /, '').replace(/[*&]\S+/g, '…')
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1)
      continue
    }
    if (!outcome.changed) {
      assert.equal(outcome.text, before)
      counts.unchanged++
      continue
    }
    counts.edited++
    assertOnlyIntendedLines(file, before, outcome.text, edits.length)
    assertValuesSet(file, documents, outcome.text, edits)
  }
  t.diagnostic(`corpus: ${JSON.stringify(counts)}`)
  const reasons = [...refusals].map(([reason, count]) => `refused ${count}×: ${reason}`)
  assert.equal(counts.refused, EXPECTED_REFUSALS, reasons.join('\n'))
  assert.ok(counts.edited >= MIN_EDITED, `${counts.edited} files edited, expected ${MIN_EDITED}+`)
})
