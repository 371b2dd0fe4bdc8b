import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runCliCapturing } from '../helpers/cli.js'
import { maskSecretValues } from '../../src/output/index.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'

const run = runCliCapturing

// A Deployment whose name carries an ESC sequence, a forged workflow command and a bidi override.
const hostileName = 'app\\u001b[31m\\n::error file=x::forged\\u202e'

const files = {
  'config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      LEVEL: info
  `,
  'deploy.yaml': source`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: "${hostileName}"
    spec:
      template:
        spec: {containers: [{name: app, envFrom: [{configMapRef: {name: app}}]}]}
    ---
    stringData: {password: hunter2-in-context}
    data:
      token: aHVudGVyMg==
    kind: Secret
    apiVersion: v1
    metadata:
      name: db
  `
}

test('names from the repository cannot drive the terminal or forge a workflow command', async () => {
  using repository = tempDirectory(files)
  for (const argv of [['check'], ['check', '--diff'], ['fix'], ['roots']]) {
    using copy = tempDirectory(files)
    const result = await run(argv[0] ?? 'check', copy.path, ...argv.slice(1))
    const output = result.stdout + result.stderr
    assert.ok(!output.includes('\u001b') && !output.includes('\u202e'), argv.join(' '))
    assert.doesNotMatch(output, /^::error/m, argv.join(' '))
  }
  const text = (await run('check', repository.path)).stdout
  assert.match(text, /app\\x1b\[31m\\n::error file=x::forged\\u202e/)
  const json = (await run('check', repository.path, '--format', 'json')).stdout
  assert.doesNotMatch(json, /\u202e/)
  assert.match(json, /\\u202e/)
})

test('check --diff masks Secret values that sit within the diff context', async () => {
  using repository = tempDirectory(files)
  for (const format of ['text', 'json']) {
    const result = await run('check', repository.path, '--diff', '--format', format)
    assert.match(result.stdout, /gitops-reloader\/config-hash/)
    assert.match(result.stdout, /stringData: \{password: <masked>\}/)
    assert.doesNotMatch(result.stdout, /hunter2|aHVudGVy/)
  }
})

test('build prints no Secret value, a generated one included: only the keys, masked', async () => {
  using repository = tempDirectory({
    ...files,
    'kustomization.yaml': source`
      resources: [config.yaml, deploy.yaml]
      secretGenerator:
        - name: generated
          literals: [apiKey=s3cr3t-literal]
    `
  })
  for (const format of ['text', 'json']) {
    const result = await run('build', repository.path, '--format', format)
    assert.equal(result.code, 0, result.stderr)
    assert.doesNotMatch(result.stdout, /hunter2|aHVudGVy|s3cr3t|czNjcjN0/, format)
    assert.match(result.stdout, /password.{1,4}<masked>/, format)
    assert.match(result.stdout, /apiKey.{1,4}<masked>/, format)
  }
})

test('masking keeps every line, the keys and the layout, and hides only values', () => {
  const text = [
    'kind: Secret',
    'stringData:',
    '  a: one',
    '  b: |',
    '    two',
    '    three',
    'data: {c: Zm91cg==}',
    '---',
    'secretGenerator:',
    '- name: s',
    '  literals:',
    '  - KEY=five',
    'configMapGenerator:',
    '- name: c',
    '  literals:',
    '  - SHOWN=six',
    ''
  ].join('\r\n')
  assert.equal(
    maskSecretValues(text),
    [
      'kind: Secret',
      'stringData:',
      '  a: <masked>',
      '  b: <masked>',
      '    ',
      '    ',
      'data: {c: <masked>}',
      '---',
      'secretGenerator:',
      '- name: s',
      '  literals:',
      '  - <masked>',
      'configMapGenerator:',
      '- name: c',
      '  literals:',
      '  - SHOWN=six',
      ''
    ].join('\r\n')
  )
})
