import assert from 'node:assert/strict'
import { isDeepStrictEqual } from 'node:util'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test } from 'node:test'
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import { fix, memoryRepository } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { parseYamlDocuments } from '../../src/kustomize-lite/index.js'
import {
  CORPUS_MISSING,
  corpusAvailable,
  corpusRepositories,
  projectRoot
} from '../helpers/corpus.js'
import { source } from '../helpers/source.js'
import { copyToTemp } from '../helpers/temp.js'

// An oracle independent of src/helm: the chart's own values.schema.json (vendored with its source
// and license in fixtures/app-template-schemas) must accept what `fix` writes into app-template
// values. Every app-template HelmRelease of the corpus whose chart version has a vendored schema
// of the same major is validated before and after fix; fix must add no schema error.

// Measured on the corpus (see docs/helm.md): HelmReleases valid after fix, and those among them
// that fix changed. Each count drops if fix writes what the schema rejects, or if the corpus
// reading here stops finding the releases.
const FLOORS = {
  exact: { validAfter: 65, changedAndValid: 11 },
  proxy: { validAfter: 281, changedAndValid: 39 }
}

const schemaRoot = join(projectRoot, 'fixtures/app-template-schemas')
const APP_TEMPLATE_SCHEMA = 'charts/other/app-template/values.schema.json'
const COMMON_SCHEMA = 'charts/library/common/values.schema.json'
const COMMON_SCHEMAS_DIR = 'charts/library/common/schemas'

// The CommonJS default exports, as NodeNext types them.
type AjvClass = typeof Ajv
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvClass }).default ??
  AjvDraft04Module) as unknown as AjvClass
type AddFormats = (ajv: Ajv) => Ajv
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats

interface Version {
  major: number
  minor: number
  patch: number
  text: string
}

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim())
  if (!match) return undefined
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text }
}

function readJson(path: string): AnySchemaObject {
  return JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject
}

/** The Ajv class for a schema's `$schema` draft. */
function ajvFor(draft: unknown): Ajv {
  const uri = typeof draft === 'string' ? draft : ''
  const options = { allErrors: true, strict: false }
  const ajv = uri.includes('draft-04')
    ? new AjvDraft04(options)
    : uri.includes('2020-12')
      ? new Ajv2020(options)
      : uri.includes('2019-09')
        ? new Ajv2019(options)
        : new Ajv(options)
  return addFormats(ajv)
}

/** The vendored schema of one chart version, compiled on first use. */
class VendoredSchema {
  private compiled: ValidateFunction | undefined
  constructor(
    readonly version: Version,
    private readonly directory: string
  ) {}

  get validate(): ValidateFunction {
    if (this.compiled) return this.compiled
    const common = readJson(join(this.directory, COMMON_SCHEMA))
    const ajv = ajvFor(common.$schema)
    const commonId = common.$id as string
    ajv.addSchema(common)
    // The per-kind files have no `$id`: register each under the URL the common schema's
    // relative `$ref`s resolve to.
    for (const name of readdirSync(join(this.directory, COMMON_SCHEMAS_DIR)).sort())
      ajv.addSchema(
        readJson(join(this.directory, COMMON_SCHEMAS_DIR, name)),
        new URL(`schemas/${name}`, commonId).href
      )
    this.compiled = ajv.compile(readJson(join(this.directory, APP_TEMPLATE_SCHEMA)))
    return this.compiled
  }
}

function vendoredSchemas(): VendoredSchema[] {
  return readdirSync(schemaRoot, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(entry => {
      const version = parseVersion(entry.name)
      const directory = join(schemaRoot, entry.name)
      return version && existsSync(join(directory, APP_TEMPLATE_SCHEMA))
        ? [new VendoredSchema(version, directory)]
        : []
    })
}

/** Same major, nearest minor, then nearest patch; on a tie the newer schema. */
function nearestSchema(schemas: VendoredSchema[], version: Version): VendoredSchema | undefined {
  const distance = (s: VendoredSchema): [number, number, number] => [
    Math.abs(s.version.minor - version.minor),
    Math.abs(s.version.patch - version.patch),
    -(s.version.minor * 1000 + s.version.patch)
  ]
  return schemas
    .filter(s => s.version.major === version.major)
    .sort((a, b) => {
      const [x, y] = [distance(a), distance(b)]
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
    })[0]
}

/**
 * No 5.x schema could be vendored (see fixtures/app-template-schemas/SOURCE.md), and 5.x is most
 * of the corpus. Until one is, 5.x values are also checked against the newest 4.x schema: a proxy,
 * counted apart. 4.6.2 has the same `controllers.<c>.pod.annotations` and
 * `defaultPodOptions.annotations` shapes, and "fix adds no error" holds whatever 5.x-only keys the
 * 4.x schema rejects before fix.
 */
const PROXY_MAJOR: Record<number, number> = { 5: 4 }

function proxySchema(schemas: VendoredSchema[], version: Version): VendoredSchema | undefined {
  const major = PROXY_MAJOR[version.major]
  return schemas
    .filter(s => s.version.major === major)
    .sort((a, b) => b.version.minor - a.version.minor || b.version.patch - a.version.patch)[0]
}

type Doc = Record<string, unknown>

const isMap = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function at(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (!isMap(current)) return undefined
    current = current[key]
  }
  return current
}

function parseFile(text: string, file: string): unknown[] {
  const parsed = parseYamlDocuments(text, file)
  return parsed.ok ? parsed.documents : []
}

interface OciSource {
  name: string
  namespace: string | undefined
  tag: string | undefined
}

/** Every OCIRepository of a repository that serves the app-template chart. */
function appTemplateOciSources(files: Map<string, unknown[]>): OciSource[] {
  const sources: OciSource[] = []
  for (const documents of files.values())
    for (const document of documents) {
      if (at(document, 'kind') !== 'OCIRepository') continue
      const url = at(document, 'spec', 'url')
      if (typeof url !== 'string' || !/\/app-template\/?$/.test(url)) continue
      const tag = at(document, 'spec', 'ref', 'tag')
      const namespace = at(document, 'metadata', 'namespace')
      sources.push({
        name: String(at(document, 'metadata', 'name')),
        namespace: typeof namespace === 'string' ? namespace : undefined,
        tag: typeof tag === 'string' ? tag : undefined
      })
    }
  return sources
}

/** The app-template chart version a HelmRelease asks for, or why none can be told. */
function appTemplateVersion(
  document: unknown,
  sources: OciSource[]
): { version: string } | { unknown: string } | undefined {
  if (at(document, 'kind') !== 'HelmRelease') return undefined
  if (at(document, 'spec', 'chart', 'spec', 'chart') === 'app-template') {
    const version = at(document, 'spec', 'chart', 'spec', 'version')
    return typeof version === 'string' ? { version } : { unknown: 'chart without a version' }
  }
  const ref = at(document, 'spec', 'chartRef')
  if (at(ref, 'kind') !== 'OCIRepository') return undefined
  const name = at(ref, 'name')
  const namespace = at(ref, 'namespace')
  const candidates = sources.filter(
    s =>
      s.name === name &&
      (typeof namespace !== 'string' || s.namespace === undefined || s.namespace === namespace)
  )
  if (candidates.length === 0) return undefined // a chartRef to some other chart
  const tags = new Set(candidates.map(s => s.tag))
  const [tag] = tags
  return tags.size === 1 && tag !== undefined
    ? { version: tag }
    : { unknown: `chartRef ${String(name)}: tags ${[...tags].join(', ')}` }
}

const errorKey = (error: ErrorObject): string =>
  `${error.instancePath} ${error.keyword} ${error.message ?? ''} ${JSON.stringify(error.params)}`

function validate(schema: VendoredSchema, values: unknown): ErrorObject[] {
  // `spec.values` absent is the chart's defaults: an empty map.
  const valid = schema.validate(values ?? {})
  return valid ? [] : [...(schema.validate.errors ?? [])]
}

interface Tier {
  validated: number
  validBefore: number
  validAfter: number
  changed: number
  changedAndValid: number
  perVersion: Map<string, number>
  invalidBefore: string[]
}

const newTier = (): Tier => ({
  validated: 0,
  validBefore: 0,
  validAfter: 0,
  changed: 0,
  changedAndValid: 0,
  perVersion: new Map(),
  invalidBefore: []
})

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

function describeTier(name: string, tier: Tier): string {
  const versions = [...tier.perVersion]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  return (
    `${name}: ${tier.validated} validated (${versions}); valid before fix ${tier.validBefore}, ` +
    `after ${tier.validAfter}; changed by fix ${tier.changed}, of which valid ${tier.changedAndValid}` +
    tier.invalidBefore.map(line => `\n    invalid before fix too: ${line}`).join('')
  )
}

test("app-template values after fix pass the chart's own values.schema.json", async t => {
  if (!corpusAvailable()) {
    t.skip(CORPUS_MISSING)
    return
  }
  const schemas = vendoredSchemas()
  assert.ok(schemas.length > 0, `no vendored schema under ${schemaRoot}`)
  let documents = 0
  const exact = newTier()
  const proxy = newTier()
  const unchecked = new Map<string, number>()

  for (const repository of corpusRepositories()) {
    await t.test(basename(repository), () => {
      using copy = copyToTemp(repository)
      const tree = readWorkTree(copy.path)
      const yamlFiles = tree.files.filter(file => /\.ya?ml$/i.test(file))
      const before = new Map(
        yamlFiles.map(file => [file, parseFile(tree.readFile(file) ?? '', file)] as const)
      )
      const result = fix(tree)
      assert.deepEqual(writeChanges(tree, result.changes), [])
      const after = new Map(before)
      for (const change of result.changes)
        after.set(
          change.file,
          parseFile(readFileSync(join(copy.path, change.file), 'utf8'), change.file)
        )
      const sources = appTemplateOciSources(before)

      const failures: string[] = []
      for (const [file, fileDocuments] of before)
        fileDocuments.forEach((document, index) => {
          const chart = appTemplateVersion(document, sources)
          if (!chart) return
          documents++
          const where = `${basename(repository)}/${file} #${index + 1}`
          if ('unknown' in chart) return void bump(unchecked, chart.unknown)
          const version = parseVersion(chart.version)
          const same = version && nearestSchema(schemas, version)
          const schema = same ?? (version && proxySchema(schemas, version))
          if (!schema) return void bump(unchecked, `${version?.major ?? chart.version}.x`)
          const tier = same ? exact : proxy
          const afterDocument = after.get(file)?.[index]
          assert.equal(at(afterDocument, 'kind'), 'HelmRelease', `${where}: document moved`)
          const valuesBefore = at(document, 'spec', 'values')
          const valuesAfter = at(afterDocument, 'spec', 'values')
          const errorsBefore = validate(schema, valuesBefore)
          const errorsAfter = validate(schema, valuesAfter)
          const changed = !isDeepStrictEqual(valuesBefore, valuesAfter)
          const label = `app-template ${chart.version}, schema ${schema.version.text}`
          tier.validated++
          bump(tier.perVersion, `${chart.version}→${schema.version.text}`)
          if (errorsBefore.length === 0) tier.validBefore++
          else tier.invalidBefore.push(`${where} (${label}): ${describe(errorsBefore[0]!)}`)
          if (errorsAfter.length === 0) tier.validAfter++
          if (changed) tier.changed++
          if (changed && errorsAfter.length === 0) tier.changedAndValid++
          const known = new Set(errorsBefore.map(errorKey))
          const added = errorsAfter.filter(error => !known.has(errorKey(error)))
          if (added.length > 0)
            failures.push(`${where} (${label}): fix added ${added.map(describe).join('; ')}`)
        })
      assert.deepEqual(failures, [], 'fix introduced schema errors')
    })
  }

  const skipped = [...unchecked].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'
  console.log(
    `app-template schema check over ${documents} HelmReleases\n  ` +
      describeTier('same-major schema', exact) +
      '\n  ' +
      describeTier('5.x against the 4.x proxy', proxy) +
      `\n  not checked (no schema): ${skipped}`
  )
  for (const [name, tier, floors] of [
    ['same-major schema', exact, FLOORS.exact],
    ['4.x proxy', proxy, FLOORS.proxy]
  ] as const) {
    assert.ok(
      tier.validAfter >= floors.validAfter,
      `${name}: ${tier.validAfter} HelmReleases valid after fix, expected at least ${floors.validAfter}`
    )
    assert.ok(
      tier.changedAndValid >= floors.changedAndValid,
      `${name}: ${tier.changedAndValid} HelmReleases changed by fix and valid, expected at least ${floors.changedAndValid}`
    )
  }
})

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`
}

// No corpus release that fix changes has `defaultPodOptions.annotations`, so the 4.3+ copy of those
// keys into `pod.annotations` is checked here, against the exact 4.6.2 schema.
test('the 4.3+ copy of defaultPodOptions.annotations passes the 4.6.2 schema', () => {
  const schema = vendoredSchemas().find(s => s.version.text === '4.6.2')
  assert.ok(schema, 'fixtures/app-template-schemas/4.6.2 is vendored')
  const files = {
    'apps/kustomization.yaml': 'resources:\n  - helmrelease.yaml\n  - configmap.yaml\n',
    'apps/configmap.yaml': source`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: radarr-config
      data:
        LOG_LEVEL: info
    `,
    'apps/helmrelease.yaml': source`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: radarr
      spec:
        chart:
          spec:
            chart: app-template
            version: 4.6.2
            sourceRef:
              kind: HelmRepository
              name: bjw-s
        values:
          defaultPodOptions:
            annotations:
              k8s.v1.cni.cncf.io/networks: multus
          controllers:
            radarr:
              containers:
                app:
                  image:
                    repository: ghcr.io/example/radarr
                    tag: 1.0.0
                  envFrom:
                    - configMapRef:
                        name: radarr-config
    `
  }
  const values = (text: string) => at(parseFile(text, 'helmrelease.yaml')[0], 'spec', 'values')
  const before = values(files['apps/helmrelease.yaml'])
  assert.deepEqual(validate(schema, before), [])
  const { changes } = fix(memoryRepository(files))
  assert.equal(changes.length, 1)
  const after = values(changes[0]!.after)
  const annotations = at(after, 'controllers', 'radarr', 'pod', 'annotations')
  assert.ok(isMap(annotations), 'fix wrote controllers.radarr.pod.annotations')
  assert.deepEqual(Object.keys(annotations), [
    'k8s.v1.cni.cncf.io/networks',
    'gitops-reloader/config-hash'
  ])
  assert.deepEqual(validate(schema, after).map(describe), [])
})
