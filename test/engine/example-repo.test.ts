import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { load, loadAll } from 'js-yaml'
import { check, fix } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { copyToTemp } from '../helpers/temp.js'

type KObject = Record<string, unknown>

const example = join(projectRoot, 'fixtures/example-flux-repo')
const clusters = ['staging', 'production']
const kustomizationDirectories = [
  'apps/base',
  ...clusters.map(cluster => `apps/overlays/${cluster}`),
  'clusters/staging/flux-system',
  'clusters/production/flux-system',
  'infrastructure/configs',
  'infrastructure/controllers/reloader'
]

/**
 * What Flux substitutes into a cluster's apps: the cluster-settings values its infra-configs
 * Kustomization patches in, overridden by the apps Kustomization's own postBuild.substitute.
 */
function clusterVariables(repository: string, cluster: string): Map<string, string> {
  const read = (file: string) =>
    loadAll(readFileSync(join(repository, 'clusters', cluster, file), 'utf8')) as KObject[]
  const infraConfigs = read('infrastructure.yaml').find(
    doc => (doc['metadata'] as KObject)['name'] === 'infra-configs'
  )
  const patch = ((infraConfigs?.['spec'] as KObject)['patches'] as KObject[])[0]?.[
    'patch'
  ] as string
  const settings = (load(patch) as KObject)['data'] as Record<string, string>
  const apps = read('apps.yaml')[0]?.['spec'] as KObject
  const substitute = (apps['postBuild'] as KObject)['substitute'] as Record<string, string>
  return new Map(Object.entries({ ...settings, ...substitute }))
}

/**
 * Flux's postBuild substitution on the build output, as text: `${NAME}` and `${NAME:=default}`,
 * skipping objects annotated `kustomize.toolkit.fluxcd.io/substitute: disabled`.
 */
function substitute(document: string, values: ReadonlyMap<string, string>): string {
  if (/kustomize\.toolkit\.fluxcd\.io\/substitute: disabled/.test(document)) return document
  return document.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[=-]([^}]*))?\}/g,
    (_, name: string, fallback: string | undefined) => values.get(name) ?? fallback ?? ''
  )
}

/** `kubectl kustomize`, then Flux's substitution, parsed. */
function buildAsFlux(directory: string, values: ReadonlyMap<string, string>): KObject[] {
  const output = execFileSync('kubectl', ['kustomize', directory], { encoding: 'utf8' })
  return output.split(/^---\n/m).map(document => load(substitute(document, values)) as KObject)
}

// --- docs/hashing.md, written out independently of the engine -----------------------------

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (current, key) =>
      typeof current === 'object' && current !== null ? (current as KObject)[key] : undefined,
    value
  )
const list = (value: unknown): KObject[] => (Array.isArray(value) ? (value as KObject[]) : [])
const record = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? (value as Record<string, string>) : {}
const nameOf = (object: KObject): string => String(field(object, 'metadata', 'name'))

/** A ConfigMap or Secret as a pod reads it: each key's bytes, or untracked by Git. */
interface ConfigSource {
  keys: Map<string, Buffer>
  tracked: boolean
}

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const base64 = (text: string) => Buffer.from(text, 'base64')

// A name kustomize suffixed with a content hash: kustomize restarts its readers itself.
const GENERATED_SUFFIX = /-[a-z0-9]{10}$/

function configSources(objects: readonly KObject[]): Map<string, ConfigSource> {
  const sources = new Map<string, ConfigSource>()
  const add = (kind: string, name: string, keys: Map<string, Buffer>, tracked = true) =>
    sources.set(`${kind}/${name}`, { keys, tracked: tracked && !GENERATED_SUFFIX.test(name) })
  for (const object of objects) {
    const kind = object['kind']
    if (kind === 'ConfigMap') {
      add(
        'ConfigMap',
        nameOf(object),
        new Map([
          ...Object.entries(record(object['data'])).map(([k, v]) => [k, utf8(v)] as const),
          ...Object.entries(record(object['binaryData'])).map(([k, v]) => [k, base64(v)] as const)
        ])
      )
    } else if (kind === 'Secret') {
      // SOPS: the ciphertext text is hashed, never decrypted; else stringData wins over data.
      const sops = field(object, 'sops', 'mac') !== undefined
      const decode = sops ? utf8 : base64
      add(
        'Secret',
        nameOf(object),
        new Map([
          ...Object.entries(record(object['data'])).map(([k, v]) => [k, decode(v)] as const),
          ...Object.entries(record(object['stringData'])).map(([k, v]) => [k, utf8(v)] as const)
        ])
      )
    } else if (kind === 'SealedSecret') {
      const name = String(field(object, 'spec', 'template', 'metadata', 'name') ?? nameOf(object))
      add(
        'Secret',
        name,
        new Map([
          ...Object.entries(record(field(object, 'spec', 'encryptedData'))).map(
            ([k, v]) => [k, utf8(v)] as const
          ),
          ...Object.entries(record(field(object, 'spec', 'template', 'data'))).map(
            ([k, v]) => [k, base64(v)] as const
          )
        ])
      )
    } else if (kind === 'ExternalSecret') {
      const target = String(field(object, 'spec', 'target', 'name') ?? nameOf(object))
      add('Secret', target, new Map(), false)
    }
  }
  return sources
}

/** One reference of a pod template: an object, and the keys it reads (all when undefined). */
interface Reference {
  kind: 'ConfigMap' | 'Secret'
  name: string
  keys: string[] | undefined
  optional: boolean
}

function referencesOf(pod: unknown): Reference[] {
  const reference = (kind: Reference['kind'], ref: unknown, name: unknown, keys?: string[]) => ({
    kind,
    name: String(name),
    keys,
    optional: field(ref, 'optional') === true
  })
  const items = (source: unknown) =>
    Array.isArray(field(source, 'items'))
      ? list(field(source, 'items')).map(item => String(item['key']))
      : undefined
  const containers = ['containers', 'initContainers', 'ephemeralContainers'].flatMap(group =>
    list(field(pod, group))
  )
  const fromContainers = containers.flatMap(container => [
    ...list(container['env']).flatMap(env => {
      const configMap = field(env, 'valueFrom', 'configMapKeyRef')
      const secret = field(env, 'valueFrom', 'secretKeyRef')
      if (configMap)
        return [
          reference('ConfigMap', configMap, field(configMap, 'name'), [
            String(field(configMap, 'key'))
          ])
        ]
      if (secret)
        return [reference('Secret', secret, field(secret, 'name'), [String(field(secret, 'key'))])]
      return []
    }),
    ...list(container['envFrom']).flatMap(source => {
      const configMap = source['configMapRef']
      const secret = source['secretRef']
      if (configMap) return [reference('ConfigMap', configMap, field(configMap, 'name'))]
      if (secret) return [reference('Secret', secret, field(secret, 'name'))]
      return []
    })
  ])
  const fromVolumes = list(field(pod, 'volumes')).flatMap(volume => {
    const sources = [volume, ...list(field(volume, 'projected', 'sources'))]
    return sources.flatMap(source => {
      const configMap = source['configMap']
      const secret = source['secret']
      const refs: Reference[] = []
      if (configMap)
        refs.push(reference('ConfigMap', configMap, field(configMap, 'name'), items(configMap)))
      if (secret) {
        const name = field(secret, 'secretName') ?? field(secret, 'name')
        refs.push(reference('Secret', secret, name, items(secret)))
      }
      return refs
    })
  })
  return [...fromContainers, ...fromVolumes]
}

/** The canonical lines of docs/hashing.md, and whether any reference resolved to Git's config. */
function canonicalText(references: readonly Reference[], sources: Map<string, ConfigSource>) {
  const lines = new Set<string>()
  let tracked = false
  for (const ref of references) {
    const id = `${ref.kind}/${ref.name}`
    const source = sources.get(id)
    if (!source) {
      if (ref.optional) lines.add(id)
      continue
    }
    if (!source.tracked) continue
    tracked = true
    for (const key of ref.keys ?? [...source.keys.keys()]) {
      const bytes = source.keys.get(key)
      lines.add(bytes ? `${id}/${key}=${bytes.toString('base64')}` : `${id}/${key}`)
    }
  }
  const sorted = [...lines].map(line => utf8(`${line}\n`)).sort(Buffer.compare)
  return { text: Buffer.concat(sorted), tracked }
}

function sha256Prefix(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`
}

const podTemplatePath: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template']
}

const isIgnored = (object: KObject, template: unknown) =>
  [field(object, 'metadata', 'annotations'), field(template, 'metadata', 'annotations')].some(
    annotations => /^true$/i.test(String(record(annotations)['gitops-reloader/ignore']))
  )

interface WorkloadHashes {
  /** What docs/hashing.md gives each annotatable workload that reads config tracked by Git. */
  expected: Map<string, string>
  /** What the pod templates carry. */
  written: Map<string, string>
}

function hashesOf(objects: readonly KObject[]): WorkloadHashes {
  const sources = configSources(objects)
  const result: WorkloadHashes = { expected: new Map(), written: new Map() }
  for (const object of objects) {
    const path = podTemplatePath[String(object['kind'])]
    if (!path) continue
    const template = field(object, ...path)
    const id = `${String(object['kind'])}/${nameOf(object)}`
    const written = record(field(template, 'metadata', 'annotations'))[
      'gitops-reloader/config-hash'
    ]
    if (written !== undefined) result.written.set(id, written)
    if (isIgnored(object, template)) continue
    const canonical = canonicalText(referencesOf(field(template, 'spec')), sources)
    if (canonical.tracked) result.expected.set(id, sha256Prefix(canonical.text))
  }
  return result
}

test('the canonical form written out in this test gives the by-hand example of docs/hashing.md', () => {
  const sources = new Map<string, ConfigSource>([
    ['ConfigMap/web', { keys: new Map([['LOG_LEVEL', utf8('debug')]]), tracked: true }],
    ['Secret/db', { keys: new Map([['password', utf8('hunter2')]]), tracked: true }]
  ])
  const references: Reference[] = [
    { kind: 'Secret', name: 'db', keys: undefined, optional: false },
    { kind: 'ConfigMap', name: 'web', keys: ['LOG_LEVEL'], optional: false }
  ]
  const script =
    "printf 'ConfigMap/web/LOG_LEVEL=%s\\nSecret/db/password=%s\\n' " +
    '"$(printf debug | base64)" "$(printf hunter2 | base64)" | LC_ALL=C sort | sha256sum | cut -c1-16'
  const byHand = execFileSync('sh', ['-c', script], { encoding: 'utf8' }).trim()
  assert.equal(sha256Prefix(canonicalText(references, sources).text), `sha256:${byHand}`)
})

test('after fix, kubectl kustomize builds every directory, and each overlay carries the hash of its own config', () => {
  using copy = copyToTemp(example)
  const tree = readWorkTree(copy.path)
  const result = fix(tree)
  assert.ok(result.changes.length > 0)
  assert.deepEqual(writeChanges(tree, result.changes), [])

  for (const directory of kustomizationDirectories)
    buildAsFlux(join(copy.path, directory), new Map())
  const perOverlay = clusters.map(cluster => {
    const overlay = `apps/overlays/${cluster}`
    const objects = buildAsFlux(join(copy.path, overlay), clusterVariables(copy.path, cluster))
    const { expected, written } = hashesOf(objects)
    assert.deepEqual(written, expected, overlay)
    return expected
  })
  // Every workload that reads tracked config, and nothing else, carries a hash.
  assert.deepEqual([...(perOverlay[0]?.keys() ?? [])].sort(), [
    'CronJob/nightly-report',
    'DaemonSet/log-agent',
    'Deployment/web',
    'StatefulSet/postgres'
  ])
  // The overlays give web and nightly-report different config, so their hashes differ.
  assert.notEqual(perOverlay[0]?.get('Deployment/web'), perOverlay[1]?.get('Deployment/web'))
  assert.notEqual(
    perOverlay[0]?.get('CronJob/nightly-report'),
    perOverlay[1]?.get('CronJob/nightly-report')
  )
  assert.equal(perOverlay[0]?.get('DaemonSet/log-agent'), perOverlay[1]?.get('DaemonSet/log-agent'))

  const after = check(readWorkTree(copy.path))
  assert.deepEqual(
    after.problems.filter(p => p.severity === 'error'),
    []
  )
})
