import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readPlainScalar, substituteVariables } from '../../src/flux/index.js'

const vars = (values: Record<string, string>) => ({ values: new Map(Object.entries(values)) })

describe('substituteVariables', () => {
  it('substitutes string values and keys, and reads plain results again as YAML does', () => {
    const object = {
      kind: 'Deployment',
      metadata: { name: 'app-${env}', labels: { '${key}': 'x' } },
      spec: {
        replicas: '${replicas}',
        paused: '${paused}',
        version: '${version}',
        quoted: '${q}${n}${q}'
      }
    }
    const { object: result } = substituteVariables(
      object,
      vars({
        env: 'prod',
        key: 'team',
        replicas: '3',
        paused: 'false',
        version: '1.10',
        q: '"',
        n: '42'
      })
    )
    assert.deepEqual(result, {
      kind: 'Deployment',
      metadata: { name: 'app-prod', labels: { team: 'x' } },
      spec: { replicas: 3, paused: false, version: 1.1, quoted: '42' }
    })
  })

  it('keeps multi-line strings as strings', () => {
    const { object } = substituteVariables(
      { data: { script: 'echo ${a}\nexit 0' } },
      vars({ a: '1' })
    )
    assert.deepEqual(object, { data: { script: 'echo 1\nexit 0' } })
  })

  it('skips objects labelled or annotated kustomize.toolkit.fluxcd.io/substitute: disabled', () => {
    for (const place of ['labels', 'annotations']) {
      const object = {
        metadata: {
          name: '${x}',
          [place]: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' }
        }
      }
      assert.equal(substituteVariables(object, vars({ x: '1' })).object, object)
    }
  })

  it('does nothing when no variable is defined, as Flux (not even $$ escapes)', () => {
    const object = { metadata: { name: 'a$$b ${x:=d}' } }
    assert.equal(substituteVariables(object, vars({})).object, object)
  })

  it('reports a parse error instead of substituting, as Flux fails the object', () => {
    const result = substituteVariables({ a: '${x-y}' }, vars({ x: '1' }))
    assert.match(result.error ?? '', /variable substitution failed/)
  })

  it('lists undefined variables (Flux writes an empty value, read back as null)', () => {
    const result = substituteVariables({ a: '${nope}', b: 'x${nope}' }, vars({ x: '1' }))
    assert.deepEqual(result.object, { a: null, b: 'x' })
    assert.deepEqual(result.undefinedNames, ['nope'])
  })

  it('reads YAML 1.1 plain scalars as sigs.k8s.io/yaml does', () => {
    assert.equal(readPlainScalar('yes'), true)
    assert.equal(readPlainScalar('Off'), false)
    assert.equal(readPlainScalar('~'), null)
    assert.equal(readPlainScalar('0x1f'), 31)
    assert.equal(readPlainScalar('010'), 8)
    assert.equal(readPlainScalar('1e3'), 1000)
    assert.equal(readPlainScalar("'a''b'"), "a'b")
    assert.equal(readPlainScalar('v1.2.3'), 'v1.2.3')
  })
})
