import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  build,
  createNodeFileSystem,
  isKustomizationDirectory,
  readKustomization
} from '../../src/kustomize-lite/index.js'
import type { FileSystem } from '../../src/kustomize-lite/index.js'
import { buildDir, hasKubectl, kubectlObjects, ourObjects, writeTree } from './helpers.js'

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      imagePullSecrets: [{name: pull}]
      containers:
      - name: web
        image: nginx:1.0
        env:
        - name: A
          valueFrom: {configMapKeyRef: {name: settings, key: a}}
        - name: B
          valueFrom: {secretKeyRef: {name: creds, key: b}}
        envFrom:
        - configMapRef: {name: settings}
      volumes:
      - name: v
        configMap: {name: settings}
      - name: p
        projected:
          sources:
          - secret: {name: creds}
`

// Each case is built by kustomize-lite and by kubectl; the outputs must be equal.
const cases: Record<string, Record<string, string>> = {
  'overlay with generators, prefix, namespace and merge': {
    'base/kustomization.yaml': `resources: [deployment.yaml]
configMapGenerator:
- name: settings
  literals: [a=1, "quoted='x'"]
secretGenerator:
- name: creds
  literals: [b=secret]
  type: Opaque
`,
    'base/deployment.yaml': deployment,
    'overlay/kustomization.yaml': `namespace: prod
namePrefix: prod-
nameSuffix: -v1
resources: [../base]
commonLabels: {team: blue}
commonAnnotations: {owner: me}
configMapGenerator:
- name: settings
  behavior: merge
  literals: [c=3]
  options:
    labels: {extra: label}
images:
- name: nginx
  newName: registry.example/nginx
  newTag: "1.2"
replicas:
- name: web
  count: 3
`
  },
  'patches: inline, file, targets with selectors, json6902 and deletion': {
    'kustomization.yaml': `resources: [deployment.yaml, extra.yaml]
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata:
          annotations: {patched: "yes"}
- path: json.yaml
  target: {kind: Deployment, name: "w.*"}
- patch: |-
    - op: add
      path: /metadata/labels/selected
      value: "true"
  target: {labelSelector: "app in (web,other),!missing"}
- patch: |-
    $patch: delete
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: doomed}
patchesStrategicMerge:
- sm.yaml
patchesJson6902:
- target: {version: v1, kind: ConfigMap, name: keep}
  patch: '[{"op": "replace", "path": "/data/x", "value": "y"}]'
`,
    'deployment.yaml': deployment,
    'extra.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: doomed}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: keep, labels: {app: other}}
data: {x: "1"}
`,
    'json.yaml': `- op: replace
  path: /spec/template/spec/containers/0/image
  value: busybox:2
`,
    'sm.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
`
  },
  'components, labels with selectors, custom nameReference configuration': {
    'kustomization.yaml': `resources: [release.yaml]
components: [component]
namePrefix: app-
configurations: [config.yaml]
configMapGenerator:
- name: values
  files: [values.yaml]
labels:
- pairs: {tier: web}
  includeSelectors: true
`,
    'release.yaml': `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: web}
spec:
  valuesFrom:
  - kind: ConfigMap
    name: values
`,
    'values.yaml': 'replicas: 2\n',
    'config.yaml': `nameReference:
- kind: ConfigMap
  version: v1
  fieldSpecs:
  - path: spec/valuesFrom/name
    kind: HelmRelease
`,
    'component/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources: [svc.yaml]
`,
    'component/svc.yaml': `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
`
  },
  'env files, file keys, generator options, replacements and scalar forms': {
    'kustomization.yaml': `generatorOptions:
  disableNameSuffixHash: true
  labels: {generated: "true"}
configMapGenerator:
- name: env
  envs: [app.env]
  files: [renamed.txt=data.txt]
  options:
    immutable: true
resources: [things.yaml]
replacements:
- source: {kind: ConfigMap, name: env, fieldPath: data.MODE}
  targets:
  - select: {kind: Thing}
    fieldPaths: [spec.mode]
    options: {create: true}
`,
    'app.env': '# comment\nMODE=fast\n  SPACED=a b \n\nEMPTY=\n',
    'data.txt': 'line one\nline two\n',
    'things.yaml': `apiVersion: example.com/v1
kind: Thing
metadata: {name: t}
spec:
  mode: slow
  octal: 0755
  date: 2024-02-03
`
  },
  'merge into a hashed generator with disableNameSuffixHash in the overlay': {
    'base/kustomization.yaml': `configMapGenerator:
- name: a
  literals: [x=1]
`,
    'overlay/kustomization.yaml': `resources: [../base]
configMapGenerator:
- name: a
  behavior: merge
  literals: [y=2]
  options:
    disableNameSuffixHash: true
    labels: {l: v}
`
  },
  'merge into a generator whose base disables the suffix': {
    'base/kustomization.yaml': `configMapGenerator:
- name: a
  literals: [x=1]
  options:
    disableNameSuffixHash: true
`,
    'overlay/kustomization.yaml': `resources: [../base]
configMapGenerator:
- name: a
  behavior: merge
  literals: [y=2]
`
  },
  'merge a generator into a plain ConfigMap': {
    'base/kustomization.yaml': 'resources: [cm.yaml]\n',
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {x: "1"}\n',
    'overlay/kustomization.yaml': `resources: [../base]
configMapGenerator:
- name: a
  behavior: merge
  literals: [y=2]
`
  }
}

for (const [name, files] of Object.entries(cases)) {
  test(`matches kubectl: ${name}`, { skip: !hasKubectl() && 'kubectl not installed' }, () => {
    const root = writeTree(files)
    const dir = files['overlay/kustomization.yaml'] ? `${root}/overlay` : root
    assert.deepEqual(buildDir(dir).problems, [])
    assert.deepEqual(ourObjects(dir), kubectlObjects(dir))
  })
}

test('generated resources carry their generator origin, file resources their document', () => {
  const root = writeTree(cases['overlay with generators, prefix, namespace and merge']!)
  const { resources } = buildDir(`${root}/overlay`)
  const settings = resources.find(resource => resource.object.kind === 'ConfigMap')!
  assert.equal(settings.origin.kind, 'generator')
  assert.ok(settings.origin.kind === 'generator' && settings.origin.nameSuffixHash)
  const web = resources.find(resource => resource.object.kind === 'Deployment')!
  assert.deepEqual(web.origin, { kind: 'file', path: `${root}/base/deployment.yaml`, document: 0 })
})

test('unsupported fields, remote resources, missing files and bad YAML are problems, not throws', () => {
  const root = writeTree({
    'kustomization.yaml': `resources:
- https://github.com/example/repo//base?ref=main
- missing.yaml
- bad.yaml
helmCharts:
- name: x
surprise: true
`,
    'bad.yaml': 'a: [\n'
  })
  const { resources, problems } = buildDir(root)
  assert.deepEqual(resources, [])
  const messages = problems.map(problem => problem.message).join('\n')
  assert.match(messages, /remote resources are not supported/)
  assert.match(messages, /missing file or directory/)
  assert.match(messages, /invalid YAML/)
  assert.match(messages, /'helmCharts' is not supported/)
  assert.match(messages, /unknown kustomization field 'surprise'/)
  const badYaml = problems.find(problem => problem.message.startsWith('invalid YAML'))!
  assert.equal(badYaml.path, `${root}/bad.yaml`)
  assert.equal(typeof badYaml.line, 'number')
})

test('a cycle of kustomizations is reported and terminates', () => {
  const root = writeTree({
    'a/kustomization.yaml': 'resources: [../b]\n',
    'b/kustomization.yaml': 'resources: [../a]\n'
  })
  const { problems } = buildDir(`${root}/a`)
  assert.ok(problems.some(problem => /cycle/.test(problem.message)))
})

test('works on a virtual file system and shares parsed documents through the cache', () => {
  const files: Record<string, string> = {
    '/repo/kustomization.yaml': 'resources: [cm.yaml]\n',
    '/repo/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n'
  }
  const fs: FileSystem = {
    readFile: path => files[path],
    isDirectory: path => path === '/repo',
    readDirectory: () => ['kustomization.yaml', 'cm.yaml']
  }
  const documentCache = new Map<string, unknown[]>()
  const first = build('/repo', fs, { documentCache })
  first.resources[0]!.object.changed = true
  const second = build('/repo', fs, { documentCache })
  assert.equal(second.resources[0]!.object.changed, undefined)
  assert.ok(documentCache.has('/repo/cm.yaml'))
  assert.ok(isKustomizationDirectory('/repo', fs))
  const read = readKustomization('/repo', fs)
  assert.ok(read.ok && read.file.path === '/repo/kustomization.yaml')
})

test('a configurations file read by builds of many roots: applied in each, its problems reported in each', () => {
  const tree = (config: string) =>
    writeTree({
      'base/kustomization.yaml': [
        'resources: [release.yaml]',
        'configurations: [config.yaml]',
        'configMapGenerator: [{name: values, literals: [a=1]}]',
        ''
      ].join('\n'),
      'base/config.yaml': config,
      'base/release.yaml': [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: {name: app}',
        'spec: {valuesFrom: [{kind: ConfigMap, name: values}]}',
        ''
      ].join('\n'),
      'one/kustomization.yaml': 'resources: [../base]\nnamePrefix: one-\n',
      'two/kustomization.yaml': 'resources: [../base]\nnamePrefix: two-\n'
    })
  const nameReference =
    'nameReference:\n- kind: ConfigMap\n  fieldSpecs: [{path: spec/valuesFrom/name, kind: HelmRelease}]\n'
  const valuesFromOf = (result: ReturnType<typeof build>) => {
    const release = result.resources.find(resource => resource.object.kind === 'HelmRelease')
    const spec = release?.object.spec as { valuesFrom: { name: string }[] }
    return spec.valuesFrom[0]!.name
  }
  for (const config of [nameReference, `${nameReference}unknownKey: 1\n`]) {
    const root = tree(config)
    const fs = createNodeFileSystem()
    const documentCache = new Map<string, unknown[]>()
    for (const overlay of ['one', 'two']) {
      const result = build(`${root}/${overlay}`, fs, { documentCache })
      assert.match(valuesFromOf(result), new RegExp(`^${overlay}-values-[a-z0-9]{10}$`), config)
      assert.deepEqual(
        result.problems.map(problem => problem.message),
        config.includes('unknownKey')
          ? ["transformer configuration 'unknownKey' is not supported"]
          : []
      )
    }
  }
})

test('labels two overlays add to a shared base stay in their own build', () => {
  const root = writeTree({
    'base/kustomization.yaml': 'resources: [cm.yaml]\n',
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, labels: {app: a}}\n',
    'one/kustomization.yaml': 'resources: [../base]\ncommonLabels: {overlay: one}\n',
    'two/kustomization.yaml': 'resources: [../base]\ncommonLabels: {tier: two}\n'
  })
  const fs = createNodeFileSystem()
  const documentCache = new Map<string, unknown[]>()
  const labelsOf = (overlay: string) => {
    const metadata = build(`${root}/${overlay}`, fs, { documentCache }).resources[0]!.object
      .metadata as { labels: Record<string, string> }
    return metadata.labels
  }
  assert.deepEqual(labelsOf('one'), { app: 'a', overlay: 'one' })
  assert.deepEqual(labelsOf('two'), { app: 'a', tier: 'two' })
})
