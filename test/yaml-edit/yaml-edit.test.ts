import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parse } from 'yaml'
import { appendItems, locate, setScalars, type SetScalar } from '../../src/yaml-edit/index.js'
import { renderScalar } from '../../src/yaml-edit/render.js'
import { applySplices, columnOf, offsetBeforeSplices } from '../../src/yaml-edit/source-text.js'

const set = (path: SetScalar['path'], value: string, document = 0): SetScalar => ({
  document,
  path,
  value
})

function edited(source: string, edits: SetScalar[]): string {
  const outcome = setScalars(source, edits)
  assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.line}:${outcome.column} ${outcome.message}`)
  return outcome.text
}

function refusal(source: string, edits: SetScalar[]) {
  const outcome = setScalars(source, edits)
  assert.equal(outcome.ok, false, 'the edit must be refused')
  return outcome as Extract<typeof outcome, { ok: false }>
}

describe('renderScalar', () => {
  test('quotes what YAML 1.1 or 1.2 would read as something else', () => {
    for (const value of [
      'yes',
      'no',
      'on',
      'y',
      '0755',
      '0o14',
      '1e3',
      '1_000',
      'null',
      '~',
      'true',
      ''
    ]) {
      const rendered = renderScalar(value, 'block')
      assert.match(rendered, /^"/, value)
      assert.equal(parse(rendered, { version: '1.1' }), value)
      assert.equal(parse(rendered), value)
    }
  })

  test('leaves plain what is a string everywhere', () => {
    assert.equal(renderScalar('sha256:0123456789abcdef', 'block'), 'sha256:0123456789abcdef')
    assert.equal(renderScalar('podinfo', 'block'), 'podinfo')
  })

  test('quotes comment and mapping indicators, and flow indicators in flow collections', () => {
    assert.equal(renderScalar('a: b', 'block'), '"a: b"')
    assert.equal(renderScalar('a #b', 'block'), '"a #b"')
    assert.equal(renderScalar('a,b', 'block'), 'a,b')
    assert.equal(renderScalar('a,b', 'flow'), '"a,b"')
  })

  test('keeps a quoting style when it can hold the value, and stays on one line', () => {
    assert.equal(renderScalar("it's", 'block', 'single'), "'it''s'")
    assert.equal(renderScalar('a\nb', 'block', 'single'), '"a\\nb"')
    assert.equal(renderScalar('plain', 'block', 'double'), '"plain"')
    assert.equal(renderScalar('a\nb', 'block'), '"a\\nb"')
  })
})

describe('source text helpers', () => {
  test('a byte-order mark is not indentation', () => {
    assert.equal(columnOf('\uFEFFa: 1', 1), 0)
    assert.equal(columnOf('x:\n  a: 1', 5), 2)
  })

  test('offsets after splices map back to the text before them', () => {
    const splices = [
      { start: 2, end: 2, text: 'XYZ' },
      { start: 5, end: 7, text: '' }
    ]
    assert.equal(applySplices('0123456789', splices), '01XYZ234789')
    assert.equal(offsetBeforeSplices(0, splices), 0)
    assert.equal(offsetBeforeSplices(3, splices), 2)
    assert.equal(offsetBeforeSplices(6, splices), 3)
    assert.equal(offsetBeforeSplices(8, splices), 7)
    assert.equal(offsetBeforeSplices(10, splices), 9)
  })
})

describe('setScalars', () => {
  test('a value equal to the current one is a no-op', () => {
    const source = 'a:\n  b: "v" # c\n'
    assert.deepEqual(setScalars(source, [set(['a', 'b'], 'v')]), {
      ok: true,
      text: source,
      changed: false
    })
    assert.deepEqual(setScalars(source, []), { ok: true, text: source, changed: false })
  })

  test('a boolean or number that prints like the value is replaced by a string', () => {
    assert.equal(
      edited('a: true\nb: 0755\n', [set(['a'], 'true'), set(['b'], '0755')]),
      'a: "true"\nb: "0755"\n'
    )
  })

  test('several keys under one missing map create it once', () => {
    const source = 'metadata:\n  name: x\n'
    const edits = [
      set(['metadata', 'annotations', 'a'], '1'),
      set(['metadata', 'annotations', 'b'], '2')
    ]
    assert.equal(
      edited(source, edits),
      'metadata:\n  name: x\n  annotations:\n    a: "1"\n    b: "2"\n'
    )
  })

  test('edits in several documents apply together', () => {
    const source = 'a: 1\n---\nb: 2\n'
    assert.equal(
      edited(source, [set(['x'], 'z', 1), set(['x'], 'z', 0)]),
      'a: 1\nx: z\n---\nb: 2\nx: z\n'
    )
  })

  test('numbers index sequences on the way', () => {
    const source = 'spec:\n  containers:\n  - name: a\n'
    assert.equal(
      edited(source, [set(['spec', 'containers', 0, 'image'], 'i')]),
      `${source.trimEnd()}\n    image: i\n`
    )
  })

  test('a block scalar value is replaced on its first line', () => {
    assert.equal(edited('a: |\n  x\n  y\nb: 1\n', [set(['a'], 'z')]), 'a: z\nb: 1\n')
  })

  test('null values inside flow maps are filled in place', () => {
    assert.equal(edited('m: {a: , b: 1}\n', [set(['m', 'a'], 'w')]), 'm: {a: w, b: 1}\n')
    assert.equal(edited('m: {a: ~}\n', [set(['m', 'a', 'k'], 'w')]), 'm: {a: {k: w}}\n')
    assert.equal(edited('e: # c\n', [set(['e'], 'v')]), 'e: v # c\n')
  })

  test('refuses with a message and the position of the problem', () => {
    const cases: [string, SetScalar, RegExp, number, number][] = [
      ['spec: 1\n', set(['spec', 'template', 'x'], 'v'), /spec is the scalar "1", not a map/, 1, 7],
      ['a:\n  - x\n', set(['a', 'b'], 'v'), /a is a sequence, not a map with the key b/, 2, 3],
      ['a:\n  - x\n', set(['a', 3, 'b'], 'v'), /a has no item 3/, 2, 3],
      ['a: 1\n', set(['b', 0], 'v'), /cannot create the sequence item 0/, 1, 1],
      ['a:\n  b: 1\n', set(['a'], 'v'), /the value is a map, not a scalar/, 2, 3],
      ['a: 1\n', set(['a'], 'v', 2), /the file has 1 documents, not a document 2/, 1, 1],
      ['a: 1\n', set([], 'v'), /the path is empty/, 1, 1],
      ['a: &x v\nb: *x\n', set(['a'], 'w'), /anchor &x that an alias uses/, 1, 1],
      ['a: &x {k: v}\nb: *x\n', set(['b', 'k'], 'w'), /b is the alias \*x/, 2, 1],
      ['a:\n  <<: {k: v}\n', set(['a', 'k'], 'w'), /merge key/, 2, 3],
      ['a: !!null ~\n', set(['a', 'k'], 'w'), /explicit tag !!null/, 1, 1],
      ['a: 1\nb: [\n', set(['a'], 'w'), /does not parse/, 3, 1]
    ]
    for (const [source, edit, message, line, column] of cases) {
      const outcome = refusal(source, [edit])
      assert.match(outcome.message, message, source)
      assert.deepEqual(
        [outcome.line, outcome.column],
        [line, column],
        `${source}: ${outcome.message}`
      )
    }
  })

  test('a refusal after an earlier edit points into the original text', () => {
    const source = 'metadata:\n  name: x\nspec: 1\n'
    const outcome = refusal(source, [
      set(['metadata', 'annotations', 'a'], '1'),
      set(['metadata', 'annotations', 'a', 'b'], '2')
    ])
    assert.match(outcome.message, /metadata.annotations.a is the scalar/)
    assert.equal(outcome.line, 3)
  })
})

describe('appendItems', () => {
  test('appends to block and flow sequences in their style', () => {
    const block = appendItems('r:\n  - path: a\n', [
      { document: 0, path: ['r'], item: { path: 'p', yes: 'no' } }
    ])
    assert.deepEqual(block, {
      ok: true,
      text: 'r:\n  - path: a\n  - path: p\n    "yes": "no"\n',
      changed: true
    })
    const flow = appendItems('r: [a]\n', [{ document: 0, path: ['r'], item: 'b c' }])
    assert.deepEqual(flow, { ok: true, text: 'r: [a, b c]\n', changed: true })
  })

  test('an equal item makes it a no-op', () => {
    const source = 'r: [a, {path: p}]\n'
    const outcome = appendItems(source, [{ document: 0, path: ['r'], item: { path: 'p' } }])
    assert.deepEqual(outcome, { ok: true, text: source, changed: false })
  })

  test('creates the missing key and maps', () => {
    const outcome = appendItems('a: 1\n', [{ document: 0, path: ['x', 'list'], item: 'i' }])
    assert.deepEqual(outcome, { ok: true, text: 'a: 1\nx:\n  list:\n    - i\n', changed: true })
  })

  test('refuses a scalar', () => {
    const outcome = appendItems('x: 1\n', [{ document: 0, path: ['x'], item: 'i' }])
    assert.deepEqual(outcome, {
      ok: false,
      message: 'the value is not a sequence',
      line: 1,
      column: 4
    })
  })
})

describe('locate', () => {
  const source = 'a:\n  b:\n    c: 1\nl:\n- x\n- k: v\n'
  test('finds the key of an existing path', () => {
    assert.deepEqual(locate(source, 0, ['a', 'b', 'c']), { line: 3, column: 5 })
    assert.deepEqual(locate(source, 0, ['l', 1, 'k']), { line: 6, column: 3 })
  })

  test('stops at the deepest node that exists', () => {
    assert.deepEqual(locate(source, 0, ['a', 'b', 'missing', 'deeper']), { line: 2, column: 3 })
    assert.deepEqual(locate(source, 0, ['missing']), { line: 1, column: 1 })
  })

  test('knows nothing of documents that are not there', () => {
    assert.equal(locate(source, 1, ['a']), undefined)
  })
})
