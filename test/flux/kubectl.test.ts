import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'
import { tempDirectory, writeFiles } from '../helpers/temp.js'
import { rootsOf } from './fixture.js'

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const base = {
  'clusters/prod/gotk-sync.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  path: ./apps/prod
  sourceRef: {kind: GitRepository, name: flux-system}
  targetNamespace: web
  namePrefix: flux-
  images: [{name: nginx, newTag: "2.0"}]
  patches:
    - target: {kind: Deployment, name: base-web}
      patch: |
        - op: add
          path: /spec/replicas
          value: 4
`,
  'apps/base/kustomization.yaml': 'resources: [web.yaml, cm.yaml]\nnamePrefix: base-\n',
  'apps/base/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers: [{name: web, image: nginx:1.0, envFrom: [{configMapRef: {name: cfg}}]}]
`,
  'apps/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {a: b}\n'
}

// kustomize-controller writes its edit into the kustomization it finds: the same edit written to
// disk and built by kubectl must give what the Flux root holds.
const fluxEdit = `namespace: web
namePrefix: flux-
resources: [../base]
images: [{name: nginx, newTag: "2.0"}]
patches:
  - target: {kind: Deployment, name: base-web}
    patch: |
      - op: add
        path: /spec/replicas
        value: 4
`

describe(
  'Flux kustomization edit against kubectl kustomize',
  { skip: kubectlAvailable() ? false : 'kubectl is not installed' },
  () => {
    it('builds the edited kustomization as kubectl does, prefix and namespace included', () => {
      const files = {
        ...base,
        'apps/prod/kustomization.yaml':
          'resources: [../base]\nnamespace: default\nnamePrefix: prod-\n'
      }
      using temp = tempDirectory(files)
      writeFiles(temp.path, { 'apps/prod/kustomization.yaml': fluxEdit })
      const expected = parseAllDocuments(
        execFileSync('kubectl', ['kustomize', join(temp.path, 'apps/prod')], { encoding: 'utf8' })
      ).map(document => document.toJS())
      const { roots } = rootsOf(files)
      assert.deepEqual(
        roots[0]?.resources.map(resource => resource.object),
        expected
      )
    })
  }
)
