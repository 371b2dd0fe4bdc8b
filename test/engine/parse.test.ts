import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseYamlFile } from '../../src/engine/parse.js'

test('documents keep their index and the line they start on, also after a BOM and CRLF', () => {
  const parsed = parseYamlFile('a.yaml', '\uFEFF# head\r\n---\r\na: 1\r\n---\r\n\r\nb: 2\r\n')
  assert.deepEqual(parsed.documents, [
    { index: 0, line: 3, value: { a: 1 } },
    { index: 1, line: 6, value: { b: 2 } }
  ])
})

test('a syntax error is reported with file, line and column, and the valid documents are kept', () => {
  const parsed = parseYamlFile('bad.yaml', 'a: 1\n---\nb: [unclosed\n---\nc: 3\n')
  assert.deepEqual(
    parsed.documents.map(d => d.value),
    [{ a: 1 }, { c: 3 }]
  )
  assert.equal(parsed.problems.length, 1)
  assert.equal(parsed.problems[0]?.file, 'bad.yaml')
  // The error is found where the flow sequence should have closed.
  assert.ok([3, 4].includes(parsed.problems[0]?.line ?? 0))
  assert.ok(parsed.problems[0]?.column)
})

// Helm templates as they appear outside a chart's templates/ folder (docs/decisions.md).
const helmTemplates: Record<string, string> = {
  'an include in a flow position':
    'metadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . }}\n',
  'a value as a whole scalar':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n',
  'an if block on lines of its own':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n{{- if .Values.debug }}\n  DEBUG: "1"\n{{- end }}\n',
  'an indented include':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\n'
}

for (const [shape, text] of Object.entries(helmTemplates)) {
  test(`Helm template syntax is reported as such: ${shape}`, () => {
    const parsed = parseYamlFile('templates.yaml', text)
    assert.deepEqual(parsed.documents, [])
    assert.equal(parsed.problems.length, 1)
    assert.equal(parsed.problems[0]?.rule, 'yaml-parse-error')
    assert.match(parsed.problems[0]?.message ?? '', /Helm template syntax/)
  })
}

test('a parse error in a file without template syntax does not mention Helm', () => {
  const parsed = parseYamlFile('bad.yaml', 'a: {b: 1\nc: 2\n')
  assert.equal(parsed.problems.length, 1)
  assert.doesNotMatch(parsed.problems[0]?.message ?? '', /Helm/)
})

test('template text inside a YAML string is valid YAML, not an error', () => {
  const parsed = parseYamlFile(
    'alerts.yaml',
    'data:\n  summary: "{{ $labels.instance }} is down"\n'
  )
  assert.deepEqual(parsed.problems, [])
  assert.deepEqual(parsed.documents[0]?.value, {
    data: { summary: '{{ $labels.instance }} is down' }
  })
})

test('a duplicate key is refused with its line, as kubectl refuses it', () => {
  const parsed = parseYamlFile('dup.yaml', 'a: 1\nb: 2\na: 3\n')
  assert.deepEqual(parsed.documents, [])
  assert.equal(parsed.problems[0]?.line, 3)
})

test('an alias bomb is refused instead of expanded', () => {
  const bomb = [
    'a: &a [x, x]',
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`
    )
  ].join('\n')
  const manyAliases = `${bomb}\n${Array.from({ length: 1100 }, (_, i) => `k${i}: *a`).join('\n')}\n`
  const parsed = parseYamlFile('bomb.yaml', manyAliases)
  assert.equal(parsed.documents.length, 0)
  assert.equal(parsed.problems.length, 1)
})
