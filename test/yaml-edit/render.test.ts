import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { renderScalar } from '../../src/yaml-edit/render.js'

/** The general rule, as renderScalar applied it to every string before its shortcut. */
function generalRule(value: string, context: 'block' | 'flow'): string {
  const doubleQuoted = JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  const rendered = stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd()
  const isPlain = !/^["'|>]/.test(rendered) && !rendered.includes('\n')
  if (!isPlain)
    return rendered.startsWith("'") && !rendered.includes('\n') ? rendered : doubleQuoted
  if (context === 'flow' && /[,[\]{}]/.test(rendered)) return doubleQuoted
  let readsBack = false
  try {
    readsBack = parse(rendered, { version: '1.1' }) === value && parse(rendered) === value
  } catch {
    readsBack = false
  }
  return readsBack ? rendered : doubleQuoted
}

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
const rest = fc.constantFrom(...'abcyYnNoOfFtTeEsSlLuU0123456789_./-')
const run = fc.array(rest, { minLength: 1, maxLength: 12 }).map(chars => chars.join(''))
/** Strings of the shortcut's shape: a letter, a run, and `:`-separated runs. */
const plainShaped = fc
  .tuple(letter, fc.array(rest, { maxLength: 12 }), fc.array(run, { maxLength: 3 }))
  .map(([first, chars, segments]) => [first + chars.join(''), ...segments].join(':'))

const words = ['y', 'Y', 'n', 'N', 'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'true', 'True', 'TRUE']
const moreWords = ['false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'null', 'Null']
const samples = [
  ...words,
  ...moreWords,
  'NULL',
  'nULL',
  'yES',
  'sha256:0123456789abcdef',
  'gitops-reloader/config-hash',
  'annotations',
  'a:b:c',
  'e1',
  'E-5',
  'e_1',
  'e1.5',
  'x.inf',
  'n0',
  'O_o'
]

test('a plain-shaped string renders as the general rule renders it, in block and flow context', () => {
  const check = (value: string) => {
    assert.equal(renderScalar(value, 'block'), generalRule(value, 'block'), value)
    assert.equal(renderScalar(value, 'flow'), generalRule(value, 'flow'), value)
  }
  samples.forEach(check)
  fc.assert(fc.property(plainShaped, check), { numRuns: 3000 })
})

test('booleans and null in any case stay quoted, and read back as strings', () => {
  for (const word of [...words, ...moreWords, 'NULL', 'nULL', 'yES', 'oN']) {
    for (const context of ['block', 'flow'] as const) {
      const rendered = renderScalar(word, context)
      assert.equal(parse(rendered, { version: '1.1' }), word, rendered)
      assert.equal(parse(rendered), word, rendered)
    }
  }
})
