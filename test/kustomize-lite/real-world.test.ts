import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { renderBuild } from '../../src/cli/render.js'
import { parseYamlDocuments } from '../../src/kustomize-lite/index.js'
import { buildDir, hasKubectl, kubectlObjects, ourObjects, writeTree } from './helpers.js'

// Issue 11: kustomize and go-yaml behaviours that real repositories hit beyond the corpus. Each
// case is checked against `kubectl kustomize` itself.

const skip = !hasKubectl() && 'kubectl not installed'

function assertSameAsKubectl(files: Record<string, string>): string {
  const dir = writeTree(files)
  assert.deepEqual(ourObjects(dir), kubectlObjects(dir))
  return dir
}

function kubectlFails(dir: string): boolean {
  try {
    execFileSync('kubectl', ['kustomize', dir], { stdio: 'ignore' })
    return false
  } catch {
    return true
  }
}

const configMap = (name: string, data: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}`

test('1. folded scalars with more-indented lines read as go-yaml reads them', { skip }, () => {
  assertSameAsKubectl({
    'kustomization.yaml': 'resources: [cm.yaml]\npatches:\n- path: patch.yaml\n',
    'cm.yaml': configMap(
      'policy',
      [
        '  cel: >-',
        '    object.spec.containers.all(c,',
        '      c.image.startsWith("registry/"))',
        '    && true',
        '  json: >',
        '    [',
        '      {"a": 1}',
        '    ]',
        '  gap: >',
        '    one',
        '    two',
        '',
        '      three',
        '    four',
        '  startsIndented: >2',
        '      more',
        '    normal',
        '      more',
        '  kept: >+',
        '    n1',
        '',
        '',
        '  anchored: &folded >',
        '    a',
        '      b',
        '  alias: *folded',
        '  trailingSpace: >',
        '    a ',
        '      b',
        ''
      ].join('\n')
    ),
    'patch.yaml': configMap('policy', '  fromPatch: >\n    n1\n      m1\n')
  })
})

test('1. a kustomization file is read without the folded round trip', { skip }, () => {
  assertSameAsKubectl({
    'kustomization.yaml': 'resources: [cm.yaml]\ncommonAnnotations:\n  note: >\n    a\n      b\n',
    'cm.yaml': configMap('a', '  k: v\n')
  })
})

test(
  '1. a block scalar ending the file without a newline keeps no final line break',
  {
    skip
  },
  () => {
    assertSameAsKubectl({
      'kustomization.yaml': 'resources: [a.yaml, b.yaml, c.yaml]\n',
      'a.yaml': configMap('a', '  script: |\n    echo a\n    echo b'),
      'b.yaml': configMap('b', '  text: >\n    folded\n    text'),
      'c.yaml': configMap('c', '  kept: |+\n    x')
    })
  }
)

test('1. an alias used as a mapping key', { skip }, () => {
  assertSameAsKubectl({
    'kustomization.yaml': 'resources: [cm.yaml]\n',
    'cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &app web\n  labels:\n    *app: yes\n' +
      'data:\n  *app: value\n  list: "[*notAlias]"\n'
  })
  // Document offsets stay those of the text as written.
  const starts: number[] = []
  const text = 'a: &k x\n*k: 1\n---\nb: 2\n'
  const parsed = parseYamlDocuments(text, 'f.yaml', offset => starts.push(offset))
  assert.deepEqual(parsed, { ok: true, documents: [{ a: 'x', x: 1 }, { b: 2 }] })
  assert.equal(text.slice(starts[1]), 'b: 2\n')
})

test(
  '2. empty or null annotations are dropped, empty labels stay; patches drop empty values but keep textual nulls',
  {
    skip
  },
  () => {
    assertSameAsKubectl({
      'kustomization.yaml': [
        'resources: [r.yaml, crd.yaml]',
        'patches:',
        '- patch: |',
        '    apiVersion: v1',
        '    kind: ConfigMap',
        '    metadata:',
        '      name: a',
        '    data:',
        '      x: "1"',
        '      removed:',
        '      alsoRemoved: null',
        '- target: {kind: CustomResourceDefinition}',
        '  patch: |',
        '    - op: add',
        '      path: /metadata/labels',
        '      value: {patched: "yes"}',
        ''
      ].join('\n'),
      'r.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: a',
        '  creationTimestamp: null',
        '  empty:',
        '  tilde: ~',
        '  annotations: {}',
        '  labels: {}',
        'data:',
        '  e:',
        '  n: null',
        '  removed: r',
        '  alsoRemoved: r',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: b',
        '  annotations:',
        '  creationTimestamp: null',
        '  empty:',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: c',
        '  annotations: null',
        '  labels:',
        ''
      ].join('\n'),
      'crd.yaml': [
        'apiVersion: apiextensions.k8s.io/v1',
        'kind: CustomResourceDefinition',
        'metadata:',
        '  name: things.example.com',
        '  creationTimestamp: null',
        'spec:',
        '  group: example.com',
        '  names: {kind: Thing, plural: things}',
        '  scope: Namespaced',
        '  versions: []',
        'status:',
        '  acceptedNames: {kind: "", plural: ""}',
        '  conditions: null',
        ''
      ].join('\n')
    })
  }
)

test(
  '3. a targeted patch written for another apiVersion keeps the target group and version',
  {
    skip
  },
  () => {
    assertSameAsKubectl({
      'kustomization.yaml': [
        'resources: [hr.yaml]',
        'patches:',
        '- target: {kind: HelmRelease, name: podinfo}',
        '  patch: |',
        '    apiVersion: helm.toolkit.fluxcd.io/v2beta1',
        '    kind: HelmRelease',
        '    metadata:',
        '      name: not-used',
        '    spec:',
        '      values: {replicaCount: 2}',
        ''
      ].join('\n'),
      'hr.yaml': [
        'apiVersion: helm.toolkit.fluxcd.io/v2beta2',
        'kind: HelmRelease',
        'metadata:',
        '  name: podinfo',
        '  namespace: apps',
        'spec:',
        '  interval: 10m',
        '  chart: {spec: {chart: podinfo, sourceRef: {kind: HelmRepository, name: podinfo}}}',
        ''
      ].join('\n')
    })
  }
)

const roleBinding = (kind: string, name: string, namespace: string, subject: string) =>
  [
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    `roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${kind.replace('Binding', '')}, name: r}`,
    'subjects:',
    subject,
    ''
  ].join('\n')

test(
  '4. name references: empty namespaces are default, only renamed resources rewrite',
  {
    skip
  },
  () => {
    // Never renamed: the subject keeps its form (no namespace added).
    assertSameAsKubectl({
      'kustomization.yaml': 'resources: [r.yaml]\n',
      'r.yaml': [
        'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: foo}\n---',
        roleBinding('RoleBinding', 'rb', 'foo', '- {kind: ServiceAccount, name: sa}'),
        '---',
        roleBinding('ClusterRoleBinding', 'crb', '', '- {kind: ServiceAccount, name: sa}')
      ].join('\n')
    })
    // Renamed, in no namespace: a subject in `default` finds it.
    assertSameAsKubectl({
      'kustomization.yaml': 'resources: [r.yaml]\nnamePrefix: p-\n',
      'r.yaml': [
        'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa}\n---',
        roleBinding(
          'ClusterRoleBinding',
          'crb',
          '',
          '- {kind: ServiceAccount, name: sa, namespace: default}'
        )
      ].join('\n')
    })
  }
)

test('5. generators: no sources, any behavior, binary files', { skip }, () => {
  const dir = writeTree({
    'kustomization.yaml': [
      'configMapGenerator:',
      '- name: empty-cm',
      '- name: binary',
      '  files: [archive.tar.gz, small.bin, text.txt]',
      '- name: added',
      '  behavior: add',
      '  literals: [a=b]',
      'secretGenerator:',
      '- name: empty-secret',
      '- name: binary-secret',
      '  files: [archive.tar.gz]',
      ''
    ].join('\n'),
    'text.txt': 'plain text\n'
  })
  // Bytes that are not UTF-8, long enough to be wrapped.
  const archive = Buffer.from(Array.from({ length: 200 }, (_, index) => (index * 37 + 128) % 256))
  writeFileSync(path.join(dir, 'archive.tar.gz'), archive)
  writeFileSync(path.join(dir, 'small.bin'), Buffer.from([0xff, 0xfe, 0x00, 0x01]))
  assert.deepEqual(ourObjects(dir), kubectlObjects(dir))
  assert.deepEqual(buildDir(dir).problems, [])
})

test(
  '6. vars: resolved after name references in varReference fields; kustomize errors',
  {
    skip
  },
  () => {
    const resources = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec:',
      '  ports: [{port: 8080}]',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: app',
      '  annotations: {url: "http://$(SVC):$(PORT)/x"}',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations: {svc: $(SVC)}',
      '    spec:',
      '      containers:',
      '      - name: c',
      '        image: x',
      '        args: ["--svc=$(SVC)", "$(PORT)", "$$(SVC)", "$(UNKNOWN)", "$(CUSTOM)"]',
      '        env: [{name: P, value: $(PORT)}]',
      '        custom: $(SVC)',
      ''
    ].join('\n')
    assertSameAsKubectl({
      'kustomization.yaml': 'resources: [base]\nnamePrefix: p-\nvars: []\n',
      'base/kustomization.yaml': [
        'resources: [r.yaml]',
        'configurations: [config.yaml]',
        'vars:',
        '- name: SVC',
        '  objref: {kind: Service, name: web, apiVersion: v1}',
        '- name: PORT',
        '  objref: {kind: Service, name: web, apiVersion: v1}',
        '  fieldref:',
        '    fieldpath: spec.ports[0].port',
        ''
      ].join('\n'),
      'base/config.yaml':
        'varReference:\n- path: spec/template/spec/containers/custom\n  kind: Deployment\n',
      'base/r.yaml': resources
    })
    const unresolved = writeTree({
      'kustomization.yaml':
        'resources: [r.yaml]\nvars:\n- name: X\n  objref: {kind: Service, name: missing, apiVersion: v1}\n',
      'r.yaml': resources
    })
    assert.ok(kubectlFails(unresolved))
    assert.match(
      buildDir(unresolved)
        .problems.map(problem => problem.message)
        .join('\n'),
      /var 'X' cannot be mapped to a field in the set of known resources/
    )
    const duplicate = writeTree({
      'kustomization.yaml': [
        'resources: [r.yaml]',
        'vars:',
        '- {name: X, objref: {kind: Service, name: web, apiVersion: v1}}',
        '- {name: X, objref: {kind: Service, name: web, apiVersion: v1}}',
        ''
      ].join('\n'),
      'r.yaml': resources
    })
    assert.ok(kubectlFails(duplicate))
    assert.match(
      buildDir(duplicate)
        .problems.map(problem => problem.message)
        .join('\n'),
      /var 'X' already encountered/
    )
  }
)

test('7. build prints floats as kubectl kustomize does', { skip }, () => {
  const dir = writeTree({
    'kustomization.yaml': 'resources: [thing.yaml]\n',
    'thing.yaml': [
      'apiVersion: example.com/v1',
      'kind: Thing',
      'metadata:',
      '  name: t',
      'spec:',
      '  a: 2e-7',
      '  b: 1.5e21',
      '  c: 0.5',
      '  d: 1234567.5',
      '  e: 1.0',
      '  f: 0.0001',
      '  g: 0.00001',
      '  h: 123456.5',
      '  i: -2.5e-10',
      '  k: 1e3',
      ''
    ].join('\n')
  })
  const kubectl = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })
  assert.equal(renderBuild(buildDir(dir).resources.map(resource => resource.object)), kubectl)
})
