import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { check } from '../../src/engine/index.js'
import { readWorkTree } from '../../src/io/index.js'
import { commitAll } from '../helpers/git.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'

const deployment = source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: app
  spec:
    template:
      spec:
        containers:
          - name: app
            envFrom:
              - secretRef:
                  name: app-env
              - configMapRef:
                  name: app
`

const files = {
  '.gitignore': '.env\n',
  'kustomization.yaml': source`
    resources:
      - deploy.yaml
      - config.yaml
    secretGenerator:
      - name: app-env
        envs:
          - .env
        options:
          disableNameSuffixHash: true
  `,
  'deploy.yaml': deployment,
  'config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      LEVEL: info
  `
}

function hashWith(password: string, directory: string): string | undefined {
  writeFileSync(join(directory, '.env'), `PASSWORD=${password}\n`)
  return check(readWorkTree(directory)).workloads[0]?.desiredHash
}

test('a git-ignored .env feeding a secretGenerator never enters the committed hash', () => {
  using repository = tempDirectory(files)
  commitAll(repository.path)
  const first = hashWith('a', repository.path)
  assert.ok(first, 'the committed ConfigMap is still hashed')
  assert.equal(hashWith('b', repository.path), first, 'the ignored secret changed the hash')

  const report = check(readWorkTree(repository.path))
  const secret = report.workloads[0]?.references.find(r => r.name === 'app-env')
  assert.equal(secret?.coverage, 'not-in-git')
  const finding = report.problems.find(p => p.rule === 'config-not-in-git')
  assert.equal(finding?.file, 'deploy.yaml')
  assert.match(
    finding?.message ?? '',
    /Secret app-env, made from files Git does not track \(\.env\)/
  )
})

test('an untracked Secret manifest is left out too; once committed it counts', () => {
  using repository = tempDirectory({
    ...files,
    'kustomization.yaml': 'resources:\n- deploy.yaml\n- config.yaml\n- secret.yaml\n'
  })
  commitAll(repository.path)
  writeFileSync(
    join(repository.path, 'secret.yaml'),
    'apiVersion: v1\nkind: Secret\nmetadata: {name: app-env}\nstringData: {PASSWORD: short}\n'
  )
  const untracked = check(readWorkTree(repository.path))
  assert.equal(
    untracked.workloads[0]?.references.find(r => r.name === 'app-env')?.coverage,
    'not-in-git'
  )
  commitAll(repository.path, 'add the secret')
  const committed = check(readWorkTree(repository.path))
  assert.equal(
    committed.workloads[0]?.references.find(r => r.name === 'app-env')?.coverage,
    'git-hash'
  )
  assert.notEqual(committed.workloads[0]?.desiredHash, untracked.workloads[0]?.desiredHash)
})

test('outside Git every file counts as committed', () => {
  using repository = tempDirectory({ ...files, '.env': 'PASSWORD=a\n' })
  const report = check(readWorkTree(repository.path))
  assert.equal(
    report.workloads[0]?.references.find(r => r.name === 'app-env')?.coverage,
    'git-hash'
  )
})
