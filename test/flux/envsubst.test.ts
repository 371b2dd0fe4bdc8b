import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { envsubst, EnvsubstError } from '../../src/flux/index.js'
import type { VariableValue } from '../../src/flux/index.js'

function expand(text: string, values: Record<string, string> = {}, unknown: string[] = []): string {
  return envsubst(text, (name): VariableValue => {
    if (unknown.includes(name)) return { kind: 'unknown' }
    const value = values[name]
    return value === undefined ? { kind: 'unset' } : { kind: 'set', value }
  })
}

// Expectations follow fluxcd/pkg/envsubst's parser and its test table.
describe('envsubst (Flux dialect)', () => {
  it('expands ${var} and leaves $var alone', () => {
    assert.equal(expand('a ${x} $x', { x: '1' }), 'a 1 $x')
  })

  it('expands an undefined variable to the empty string', () => {
    assert.equal(expand('[${missing}]'), '[]')
  })

  it('takes the default for unset or empty values, in every default form Flux parses', () => {
    assert.equal(expand('${v:=d}'), 'd')
    assert.equal(expand('${v:-d}'), 'd')
    assert.equal(expand('${v=d}'), 'd')
    assert.equal(expand('${v:=d}', { v: '' }), 'd')
    assert.equal(expand('${v=d}', { v: 'set' }), 'set')
    assert.equal(expand('${v:=${other}-x}', { other: 'o' }), 'o-x')
    assert.equal(expand('${v:=prefix${other}}', { other: 'o' }), 'prefixo')
  })

  it('rejects ${var-default}, which Flux cannot parse', () => {
    assert.throws(() => expand('${v-d}'), EnvsubstError)
    assert.throws(() => expand('${v'), /missing closing brace/)
    assert.throws(() => expand('${}'), /unable to parse variable name/)
  })

  it('treats $$ as an escaped $', () => {
    assert.equal(expand('$${x}', { x: '1' }), '${x}')
    assert.equal(expand('some ${x}$${v$${x}$x${x}', { x: 'X' }), 'some X${v${x}$xX')
    assert.equal(expand('$${v=${d}}', { d: 'foo' }), '${v=foo}')
    assert.equal(expand('cost: $$5'), 'cost: $5')
  })

  it('supports the bash string functions', () => {
    const values = { v: 'abcABC123ABCabc', f: 'bash.string.txt', p: '/path/to/file' }
    assert.equal(expand('${v/abc/xyz}', values), 'xyzABC123ABCabc')
    assert.equal(expand('${v//abc/xyz}', values), 'xyzABC123ABCxyz')
    assert.equal(expand('${v/#abc/XYZ}', values), 'XYZABC123ABCabc')
    assert.equal(expand('${v/%abc/XYZ}', values), 'abcABC123ABCXYZ')
    assert.equal(expand('${f#*.}', values), 'string.txt')
    assert.equal(expand('${f##*.}', values), 'txt')
    assert.equal(expand('${f%.*}', values), 'bash.string')
    assert.equal(expand('${f%%.*}', values), 'bash')
    assert.equal(expand('${p##*/}', values), 'file')
    assert.equal(expand('${#f}', values), '15')
    assert.equal(expand('${f:5}', values), 'string.txt')
    assert.equal(expand('${f:5:6}', values), 'string')
    assert.equal(expand('${f^^}', values), 'BASH.STRING.TXT')
    assert.equal(expand('${f^}', values), 'Bash.string.txt')
    assert.equal(expand('${x/\\//-}', { x: 'foo/bar' }), 'foo-bar')
  })

  it('keeps an expression whose variable Git cannot know as written', () => {
    assert.equal(
      expand('host: ${SECRET_DOMAIN:=x}.io', {}, ['SECRET_DOMAIN']),
      'host: ${SECRET_DOMAIN:=x}.io'
    )
  })
})
