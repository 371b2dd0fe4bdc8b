import type { BuildContext } from './context.js'
import { report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import { joinPath } from './kustomization-file.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { ResId } from './resource-id.js'
import type { Accumulator } from './accumulator.js'
import { appendResources } from './accumulator.js'
import type { GeneratorKind, YamlObject } from './types.js'
import type { GeneratorBehavior, WorkingResource } from './working-resource.js'
import {
  currentId,
  newWorkingResource,
  replaceObject,
  resourcesWithAnyId
} from './working-resource.js'

interface GeneratorOptions {
  labels: Record<string, string>
  annotations: Record<string, string>
  disableNameSuffixHash: boolean
  immutable: boolean
}

interface GeneratorSpec {
  field: GeneratorKind
  args: YamlObject
}

/** configMapGenerator then secretGenerator, each merged into the accumulator per its behavior. */
export function runGenerators(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator
): void {
  const globalOptions = readOptions(file.object.generatorOptions)
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const entries = file.object[field]
    if (entries === undefined || entries === null) continue
    if (!Array.isArray(entries)) {
      report(context, file.path, `${field} must be a list`, { field })
      continue
    }
    for (const args of entries) {
      if (!isObject(args)) {
        report(context, file.path, `${field} entries must be mappings`, { field })
        continue
      }
      const generated = generate(context, file, { field, args }, globalOptions)
      if (generated) absorb(context, file, into, generated)
    }
  }
}

function readOptions(value: unknown): GeneratorOptions {
  const options = isObject(value) ? value : {}
  return {
    labels: stringMap(options.labels),
    annotations: stringMap(options.annotations),
    disableNameSuffixHash: options.disableNameSuffixHash === true,
    immutable: options.immutable === true
  }
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, String(entry)]))
}

// A global `true` wins over a local `false`: kustomize cannot tell an explicit false from unset.
function mergeOptions(local: GeneratorOptions, global: GeneratorOptions): GeneratorOptions {
  return {
    labels: { ...local.labels, ...global.labels },
    annotations: { ...local.annotations, ...global.annotations },
    disableNameSuffixHash: local.disableNameSuffixHash || global.disableNameSuffixHash,
    immutable: local.immutable || global.immutable
  }
}

function generate(
  context: BuildContext,
  file: KustomizationFile,
  spec: GeneratorSpec,
  globalOptions: GeneratorOptions
): WorkingResource | undefined {
  const name = stringField(spec.args, 'name') ?? ''
  const behavior = readBehavior(spec)
  const pairs = loadPairs(context, file, spec)
  if (!pairs) return undefined
  const options = mergeOptions(readOptions(spec.args.options), globalOptions)
  const object = spec.field === 'configMapGenerator' ? configMap(pairs) : secret(pairs, spec.args)
  const metadata: YamlObject = { name }
  const namespace = stringField(spec.args, 'namespace')
  if (namespace) metadata.namespace = namespace
  if (Object.keys(options.labels).length > 0) metadata.labels = options.labels
  if (Object.keys(options.annotations).length > 0) metadata.annotations = options.annotations
  object.metadata = metadata
  if (options.immutable) object.immutable = true
  const resource = newWorkingResource(object, {
    kind: 'generator',
    kustomization: file.path,
    generator: spec.field,
    name,
    nameSuffixHash: !options.disableNameSuffixHash,
    sources: sourceFiles(file, spec)
  })
  resource.generator = { behavior, needsHash: !options.disableNameSuffixHash }
  return resource
}

function readBehavior(spec: GeneratorSpec): GeneratorBehavior {
  const behavior = spec.args.behavior
  if (behavior === 'merge' || behavior === 'replace') return behavior
  // kustomize reads any other behavior (unset, '', `add`, a typo) as unspecified: create.
  return 'create'
}

/** A source's content: text, or the bytes of a file that is not valid UTF-8. */
type SourceValue = string | Uint8Array

function configMap(pairs: [string, SourceValue][]): YamlObject {
  const data: Record<string, string> = {}
  const binaryData: Record<string, string> = {}
  for (const [key, value] of pairs) {
    if (typeof value !== 'string') binaryData[key] = wrappedBase64(value)
    else if (isValidUtf8Text(value)) data[key] = value
    else binaryData[key] = wrappedBase64(Buffer.from(value, 'latin1'))
  }
  const object: YamlObject = { apiVersion: 'v1', kind: 'ConfigMap' }
  if (Object.keys(data).length > 0) object.data = data
  if (Object.keys(binaryData).length > 0) object.binaryData = binaryData
  return object
}

// A Secret always has `data` (`{}` without sources, which the name hash includes); an empty
// ConfigMap has none.
function secret(pairs: [string, SourceValue][], args: YamlObject): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: stringField(args, 'type') || 'Opaque',
    data: Object.fromEntries(pairs.map(([key, value]) => [key, wrappedBase64(value)]))
  }
}

// kyaml wraps secret data at 70 columns (each line ending in a newline) once it is that long; the
// wrapped text is what gets hashed and written.
function wrappedBase64(value: SourceValue): string {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value)
  const encoded = bytes.toString('base64')
  const lineLength = 70
  if (encoded.length < lineLength) return encoded
  let wrapped = ''
  for (let start = 0; start < encoded.length; start += lineLength) {
    wrapped += `${encoded.slice(start, start + lineLength)}\n`
  }
  return wrapped
}

// File contents arrive as JS strings decoded from UTF-8; a replacement character marks bytes that
// were not valid UTF-8, which kustomize would have put in binaryData.
function isValidUtf8Text(value: string): boolean {
  return !value.includes('\uFFFD')
}

/** Key/value pairs in kustomize's order: env files, then literals, then files. */
function loadPairs(
  context: BuildContext,
  file: KustomizationFile,
  spec: GeneratorSpec
): [string, SourceValue][] | undefined {
  const pairs: [string, SourceValue][] = []
  const envs = [...stringList(spec.args.envs), ...stringList(spec.args.env)]
  for (const env of envs) {
    const loaded = envFilePairs(context, file, spec, env)
    if (!loaded) return undefined
    pairs.push(...loaded)
  }
  for (const literal of stringList(spec.args.literals)) {
    const pair = literalPair(literal)
    if (!pair) {
      report(context, file.path, `invalid literal '${literal}', expected key=value`, {
        field: spec.field
      })
      return undefined
    }
    pairs.push(pair)
  }
  for (const source of stringList(spec.args.files)) {
    const pair = filePair(context, file, spec, source)
    if (!pair) return undefined
    pairs.push(pair)
  }
  return rejectDuplicateKeys(context, file, spec, pairs)
}

/** The files a generator reads: its kustomization (for literals), env files and file sources. */
function sourceFiles(file: KustomizationFile, spec: GeneratorSpec): string[] {
  const envs = [...stringList(spec.args.envs), ...stringList(spec.args.env)]
  const files = stringList(spec.args.files).map(source => source.slice(source.indexOf('=') + 1))
  return [file.path, ...[...envs, ...files].map(relative => joinPath(file.directory, relative))]
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : []
  return Array.isArray(value) ? value.map(entry => String(entry)) : []
}

function literalPair(literal: string): [string, string] | undefined {
  const equals = literal.indexOf('=')
  if (equals <= 0) return undefined
  return [literal.slice(0, equals), removeMatchingQuotes(literal.slice(equals + 1))]
}

function removeMatchingQuotes(value: string): string {
  if (value.length < 2) return value
  const first = value[0]
  if ((first === '"' || first === "'") && value[value.length - 1] === first)
    return value.slice(1, -1)
  return value
}

function filePair(
  context: BuildContext,
  file: KustomizationFile,
  spec: GeneratorSpec,
  source: string
): [string, SourceValue] | undefined {
  const equals = source.indexOf('=')
  const key = equals >= 0 ? source.slice(0, equals) : basename(source)
  const relative = equals >= 0 ? source.slice(equals + 1) : source
  if (!key || !relative) {
    report(context, file.path, `invalid file source '${source}'`, { field: spec.field })
    return undefined
  }
  const content = readSource(context, joinPath(file.directory, relative))
  if (content === undefined) {
    report(
      context,
      file.path,
      `cannot read ${joinPath(file.directory, relative)} for ${spec.field}`,
      {
        field: spec.field
      }
    )
    return undefined
  }
  return [key, content]
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** A file source as text when it is valid UTF-8 (as kustomize checks), else its bytes. */
function readSource(context: BuildContext, path: string): SourceValue | undefined {
  if (!context.fs.readBytes) return context.fs.readFile(path)
  const bytes = context.fs.readBytes(path)
  if (bytes === undefined) return undefined
  try {
    return utf8.decode(bytes)
  } catch {
    return bytes
  }
}

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '')
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}

function envFilePairs(
  context: BuildContext,
  file: KustomizationFile,
  spec: GeneratorSpec,
  relative: string
): [string, string][] | undefined {
  const path = joinPath(file.directory, relative)
  const content = context.fs.readFile(path)
  if (content === undefined) {
    report(context, file.path, `cannot read env file ${path}`, { field: spec.field })
    return undefined
  }
  const pairs: [string, string][] = []
  const lines = content.replace(/^\uFEFF/, '').split('\n')
  for (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, '').replace(/^\s+/, '')
    if (line === '' || line.startsWith('#')) continue
    const equals = line.indexOf('=')
    // kustomize reads a bare KEY from its own process environment; a build must not, so it is "".
    if (equals < 0) pairs.push([line, ''])
    else pairs.push([line.slice(0, equals), line.slice(equals + 1)])
  }
  return pairs
}

function rejectDuplicateKeys(
  context: BuildContext,
  file: KustomizationFile,
  spec: GeneratorSpec,
  pairs: [string, SourceValue][]
): [string, SourceValue][] | undefined {
  const seen = new Set<string>()
  for (const [key] of pairs) {
    if (seen.has(key)) {
      report(context, file.path, `duplicate key '${key}' in ${spec.field}`, { field: spec.field })
      return undefined
    }
    seen.add(key)
  }
  return pairs
}

/** kustomize's AbsorbAll: create appends; merge and replace update the resource with that id. */
function absorb(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator,
  generated: WorkingResource
): void {
  const id = currentId(generated)
  const matches = resourcesWithAnyId(into.resources, id)
  const behavior = generated.generator?.behavior ?? 'create'
  if (matches.length === 0) {
    if (behavior === 'create') appendResources(context, into, [generated], file.path)
    else report(context, file.path, `cannot ${behavior} ${describe(id)}: it does not exist`)
    return
  }
  const existing = matches[0]!
  if (matches.length > 1 || behavior === 'create') {
    report(context, file.path, `${describe(id)} already exists; use behavior merge or replace`)
    return
  }
  mergeInto(existing, generated, behavior)
}

function describe(id: ResId): string {
  return `${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}`
}

function mergeInto(
  existing: WorkingResource,
  generated: WorkingResource,
  behavior: 'merge' | 'replace'
) {
  const oldMetadata = isObject(existing.object.metadata) ? existing.object.metadata : {}
  const newMetadata = isObject(generated.object.metadata) ? generated.object.metadata : {}
  const metadata: YamlObject = { ...newMetadata }
  const labels = { ...mapOf(oldMetadata.labels), ...mapOf(newMetadata.labels) }
  const annotations = { ...mapOf(oldMetadata.annotations), ...mapOf(newMetadata.annotations) }
  setOrDelete(metadata, 'labels', labels)
  setOrDelete(metadata, 'annotations', annotations)
  metadata.name = oldMetadata.name
  if (oldMetadata.namespace === undefined) delete metadata.namespace
  else metadata.namespace = oldMetadata.namespace
  const object: YamlObject = { ...generated.object, metadata }
  if (behavior === 'merge') {
    for (const field of ['data', 'binaryData']) {
      const merged = { ...mapOf(existing.object[field]), ...mapOf(generated.object[field]) }
      setOrDelete(object, field, merged)
    }
  }
  replaceObject(existing, object)
  // Either side can turn the suffix off, and `false` cannot turn it back on: kubectl keeps the
  // name fixed when the base or the merging overlay sets disableNameSuffixHash, or when the
  // base is a plain resource rather than a generator's.
  const needsHash =
    (existing.generator?.needsHash ?? false) && (generated.generator?.needsHash ?? true)
  if (generated.generator) existing.generator = { ...generated.generator, needsHash }
  if (existing.origin.kind === 'generator') {
    const added = generated.origin.kind === 'generator' ? generated.origin.sources : []
    const sources = behavior === 'merge' ? [...existing.origin.sources, ...added] : added
    existing.origin = { ...existing.origin, nameSuffixHash: needsHash, sources }
  }
}

function mapOf(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {}
}

function setOrDelete(object: YamlObject, field: string, map: Record<string, unknown>): void {
  if (Object.keys(map).length > 0) object[field] = map
  else delete object[field]
}
