import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { test } from 'node:test'
import fc from 'fast-check'
import { canonicalLines, configHash } from '../../src/engine/hash.js'
import type { ReadConfig } from '../../src/engine/hash.js'

const read = (
  kind: 'ConfigMap' | 'Secret',
  name: string,
  values: Record<string, string | undefined>
): ReadConfig => ({
  kind,
  name,
  values: new Map(
    Object.entries(values).map(([key, value]) => [
      key,
      value === undefined ? undefined : Buffer.from(value)
    ])
  )
})

test('the by-hand example of docs/hashing.md gives what the shell gives', () => {
  const shell = execFileSync(
    'sh',
    [
      '-c',
      `printf 'ConfigMap/web/LOG_LEVEL=%s\\nSecret/db/password=%s\\n' "$(printf debug | base64)" "$(printf hunter2 | base64)" | LC_ALL=C sort | sha256sum | cut -c1-16`
    ],
    { encoding: 'utf8' }
  ).trim()
  const hash = configHash([
    read('Secret', 'db', { password: 'hunter2' }),
    read('ConfigMap', 'web', { LOG_LEVEL: 'debug' })
  ])
  assert.equal(hash, `sha256:${shell}`)
  assert.match(hash, /^sha256:[0-9a-f]{16}$/)
})

test('absent keys and absent optional objects have lines of their own', () => {
  const lines = canonicalLines([
    read('ConfigMap', 'web', { missing: undefined }),
    { kind: 'Secret', name: 'maybe', values: undefined }
  ])
  assert.deepEqual(lines, ['ConfigMap/web/missing\n', 'Secret/maybe\n'])
})

const readsArbitrary = fc.array(
  fc.record({
    kind: fc.constantFrom('ConfigMap' as const, 'Secret' as const),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    values: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/), fc.string())
  }),
  { maxLength: 5 }
)

test('the hash depends neither on the order of references nor on repeats', () => {
  fc.assert(
    fc.property(readsArbitrary, reads => {
      const built = reads.map(r => read(r.kind, r.name, r.values))
      assert.equal(configHash(built), configHash([...built].reverse()))
      assert.equal(configHash(built), configHash([...built, ...built]))
    })
  )
})

test('changing any byte of a read key changes the hash', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (before, after) => {
      fc.pre(before !== after)
      assert.notEqual(
        configHash([read('ConfigMap', 'a', { k: before })]),
        configHash([read('ConfigMap', 'a', { k: after })])
      )
    })
  )
})

test('lines sort in UTF-8 byte order, as `LC_ALL=C sort` sorts them, also beyond ASCII', () => {
  // UTF-16 code units put the emoji's surrogate (0xD83D) before U+E000 and ASCII 'z' before
  // both; UTF-8 bytes put 'z' (7A) first, then U+E000 (EE 80 80), then the emoji (F0 9F 98 80).
  const lines = canonicalLines([
    read('ConfigMap', 'app', { '\u{1F600}': undefined, '\uE000': undefined, z: undefined })
  ])
  assert.deepEqual(lines, [
    'ConfigMap/app/z\n',
    'ConfigMap/app/\uE000\n',
    'ConfigMap/app/\u{1F600}\n'
  ])
  const shell = execFileSync('sh', ['-c', 'LC_ALL=C sort'], {
    input: [...lines].reverse().join(''),
    encoding: 'utf8'
  })
  assert.equal(shell, lines.join(''))
})
