import { posix } from 'node:path'
import { build } from '../kustomize-lite/index.js'
import type { FileSystem, Problem, Resource } from '../kustomize-lite/index.js'
import { fluxKustomizationFor } from './generate.js'
import { declarationKey, KUSTOMIZE_GROUP, readInventory } from './inventory.js'
import type { Declaration, Inventory } from './inventory.js'
import { cached, groupBy, uniqueBy } from '../shared/collections.js'
import { isObject } from '../shared/objects.js'
import { normalizePath } from '../shared/paths.js'
import { isKind, objectAt, stringAt, stringMap } from './objects.js'
import type { YamlObject } from './objects.js'
import { artifactPath } from './paths.js'
import { fluxPushes } from './mappings.js'
import type { FluxPush, SourceMapping } from './mappings.js'
import { SourceResolver, sourceRefOf } from './sources.js'
import type { PathResolution } from './sources.js'
import { invalidVariableNames, substituteVariables } from './substitute.js'
import type { SubstitutionVariables } from './substitute.js'
import type {
  FluxKustomization,
  FluxOptions,
  FluxRoot,
  FluxRoots,
  InferredSource,
  LineOf
} from './types.js'
import { ConfigIndex, loadVariables } from './variables.js'
import type { ConfigEntry } from './variables.js'
import { withVirtualDocuments, withVirtualFiles } from './virtual-fs.js'

/**
 * A Kustomization as applied: the declaration's object, or the object some other root's build
 * produces from that declaration (with that root's namespace, patches and substitution).
 */
interface Instance {
  declaration: Declaration
  object: YamlObject
  /** Key of the top Kustomization of the chain that applies this one (one per cluster). */
  tree: string
}

interface Outcome {
  instance: Instance
  kustomization: FluxKustomization
  resources: Resource[]
  problems: Problem[]
  unresolved?: Problem
}

// Enough for a bootstrap root, its cluster root and two more levels of nesting to settle (a
// pass that skips instances superseded by their parent's build settles one level a pass).
const MAX_PASSES = 6

/**
 * Every Flux Kustomization of the repository, built as kustomize-controller builds it: each one
 * is a root or is listed in `unresolved` with the reason. `kustomizations` is 0 when the
 * repository has none (the caller then falls back to plain kustomize roots).
 */
export function findFluxRoots(
  fileSystem: FileSystem,
  documents: ReadonlyMap<string, unknown[]>,
  lineOf: LineOf,
  options: FluxOptions = {}
): FluxRoots {
  const inventory = readInventory(documents, lineOf)
  if (inventory.kustomizations.length === 0)
    return { roots: [], unresolved: [], kustomizations: 0, builds: 0, inferred: [] }
  const pushes = fluxPushes(fileSystem)
  const mappings = options.sources ?? []
  const context: Context = {
    fileSystem,
    documents,
    documentCache: new Map(documents),
    resolver: resolverFor(inventory, pushes, mappings, []),
    builds: new Map(),
    applied: new WeakMap()
  }
  let instances = inventory.kustomizations.map(rawInstance)
  let configs = configIndex(inventory, [])
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Which GitRepository is this repository depends on the namespaces the roots give.
    context.resolver = resolverFor(inventory, pushes, mappings, instances)
    const settling = settlingPass(context, instances, configs)
    configs = configIndex(inventory, settling)
    const next = appliedInstances(inventory, settling)
    if (sameInstances(next, instances)) break
    instances = next
  }
  context.resolver = resolverFor(inventory, pushes, mappings, instances)
  const outcomes = instances.map(instance => buildInstance(context, instance, configs, 'final'))
  return {
    ...assemble(outcomes),
    kustomizations: inventory.kustomizations.length,
    builds: context.builds.size,
    inferred: [...context.resolver.inferred.values()].map((found): InferredSource => ({
      kind: found.sourceRef.kind,
      namespace: found.sourceRef.namespace,
      name: found.sourceRef.name,
      path: found.path,
      file: found.push.file,
      line: found.push.line,
      pushedPath: found.push.writtenPath,
      pushedTo: found.push.repository,
      matchedBy: found.matchedBy
    }))
  }
}

interface Context {
  fileSystem: FileSystem
  documents: ReadonlyMap<string, unknown[]>
  documentCache: Map<string, unknown[]>
  resolver: SourceResolver
  builds: Map<string, Built>
  /** Per build: its resources as each instance applies them (see appliedResources). */
  applied: WeakMap<Built, Map<string, Built>>
}

interface Built {
  resources: Resource[]
  problems: Problem[]
}

function resolverFor(
  inventory: Inventory,
  pushes: readonly FluxPush[],
  mappings: readonly SourceMapping[],
  instances: readonly Instance[]
): SourceResolver {
  return new SourceResolver(
    inventory,
    pushes,
    mappings,
    instances.map(instance => ({ object: instance.object, file: instance.declaration.file }))
  )
}

function rawInstance(declaration: Declaration): Instance {
  return { declaration, object: declaration.object, tree: declarationKey(declaration) }
}

/**
 * The outcomes of one settling pass. A Kustomization as declared that another one's build applies
 * (an app's `ks.yaml` under its cluster's path) is replaced by the applied one in the next pass:
 * its build as declared is skipped, and so is that of the ones below it, when the Kustomization
 * whose path covers it comes first and applies it, or was skipped itself. What no build applies
 * is built as declared, one pass later at most; at the fixed point nothing is skipped.
 */
function settlingPass(context: Context, instances: Instance[], configs: ConfigIndex): Outcome[] {
  const coverers = coveringInstances(context, instances)
  const outcomes = new Map<Instance, Outcome>()
  const applied = new Set<string>()
  const skipped = new Set<Instance>()
  const pending = new Set(instances)
  while (pending.size > 0) {
    const ready = [...pending].filter(
      instance => !coverers.get(instance)?.some(coverer => pending.has(coverer))
    )
    // Kustomizations whose paths cover each other's files: all are built.
    const batch = ready.length > 0 ? ready : [...pending]
    for (const instance of batch) {
      const superseded =
        isAsDeclared(instance) &&
        (applied.has(declarationKey(instance.declaration)) ||
          (coverers.get(instance) ?? []).some(coverer => skipped.has(coverer)))
      if (superseded) {
        skipped.add(instance)
        continue
      }
      const outcome = buildInstance(context, instance, configs, 'settling')
      for (const resource of outcome.resources)
        if (resource.origin.kind === 'file')
          applied.add(
            declarationKey({ file: resource.origin.path, document: resource.origin.document })
          )
      outcomes.set(instance, outcome)
    }
    for (const instance of batch) pending.delete(instance)
  }
  return instances.flatMap(instance => outcomes.get(instance) ?? [])
}

function isAsDeclared(instance: Instance): boolean {
  return instance.object === instance.declaration.object
}

/** For each Kustomization as declared, the other ones whose path holds its file. */
function coveringInstances(context: Context, instances: Instance[]): Map<Instance, Instance[]> {
  const byPath = groupBy(
    instances.flatMap(instance => {
      const path = resolvedPath(context, instance)
      return path === undefined ? [] : [{ instance, path: normalizePath(path) || '.' }]
    }),
    entry => entry.path
  )
  const result = new Map<Instance, Instance[]>()
  for (const instance of instances) {
    if (!isAsDeclared(instance)) continue
    const own = declarationKey(instance.declaration)
    const covering = foldersHolding(instance.declaration.file).flatMap(folder =>
      (byPath.get(folder) ?? [])
        .map(entry => entry.instance)
        .filter(other => declarationKey(other.declaration) !== own)
    )
    if (covering.length > 0) result.set(instance, covering)
  }
  return result
}

/** 'a/b/c.yaml' -> ['a/b', 'a', '.'] */
function foldersHolding(file: string): string[] {
  const folders: string[] = []
  for (let folder = posix.dirname(file); ; folder = posix.dirname(folder)) {
    folders.push(folder)
    if (folder === '.' || folder === '/' || folder === '') return folders
  }
}

function resolvedPath(context: Context, instance: Instance): string | undefined {
  const resolution = resolvePathOf(context, instance)
  return resolution?.ok ? resolution.path : undefined
}

/** Where the instance's spec.path lies; undefined when it holds a variable nothing substitutes. */
function resolvePathOf(context: Context, instance: Instance): PathResolution | undefined {
  const rawPath = rawPathOf(instance)
  if (rawPath.includes('${')) return undefined
  return context.resolver.resolvePath(
    sourceRefOf(instance.object),
    artifactPath(rawPath),
    instance.declaration.file
  )
}

const rawPathOf = (instance: Instance) => stringAt(instance.object, 'spec', 'path') ?? ''

/**
 * The passes that settle which instances exist read only the Kustomizations, ConfigMaps and
 * Secrets the builds give (`appliedInstances`, `configIndex`): until the final pass, only those
 * are substituted, since substitution is most of an instance's cost after its build.
 */
type Pass = 'settling' | 'final'

function buildInstance(
  context: Context,
  instance: Instance,
  configs: ConfigIndex,
  pass: Pass
): Outcome {
  const kustomization = describeKustomization(instance)
  const outcome: Outcome = { instance, kustomization, resources: [], problems: [] }
  const unresolved = (message: string): Outcome => ({
    ...outcome,
    unresolved: { severity: 'error', message, path: kustomization.file, line: kustomization.line }
  })
  const rawPath = rawPathOf(instance)
  const resolution = resolvePathOf(context, instance)
  if (!resolution) {
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: spec.path ${rawPath} holds a variable no Flux Kustomization of this repository substitutes`
    )
  }
  if (!resolution.ok) {
    const defaulted = sourceRefOf(instance.object).namespaceSet
      ? ''
      : ` (sourceRef.namespace is not set, so Flux looks in the Kustomization's namespace, ${kustomization.namespace})`
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: ${resolution.message}${missingOwnSource(resolution.message, kustomization) ? defaulted : ''}`
    )
  }
  kustomization.path = resolution.path
  if (!context.fileSystem.isDirectory(resolution.path)) {
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: spec.path ${rawPath} (${resolution.path}) does not exist in this repository`
    )
  }
  const built = buildPath(context, resolution.path, instance.object, kustomization)
  const variables = loadVariables(instance.object, whereOf(instance, kustomization), configs)
  const applied = appliedResources(
    context,
    instance,
    kustomization,
    built,
    variables.variables,
    pass
  )
  return {
    ...outcome,
    resources: applied.resources,
    problems: [...built.problems, ...variables.problems, ...applied.problems]
  }
}

/**
 * The build with the instance's postBuild substitution and commonMetadata applied. The passes
 * build the same instances again and again: each one's result is kept per build, keyed by
 * everything it depends on, so an instance whose variables did not change is not substituted again.
 */
function appliedResources(
  context: Context,
  instance: Instance,
  kustomization: FluxKustomization,
  built: Built,
  variables: SubstitutionVariables,
  pass: Pass
): Built {
  const hasPostBuild = isObject(objectAt(instance.object, 'spec', 'postBuild'))
  const commonMetadata = objectAt(instance.object, 'spec', 'commonMetadata')
  if (!hasPostBuild && !commonMetadata) return { resources: built.resources, problems: [] }
  const key = JSON.stringify([
    pass,
    declarationKey(instance.declaration),
    instance.tree,
    kustomization.file,
    kustomization.line,
    hasPostBuild,
    commonMetadata ?? null,
    [...variables.values],
    [...(variables.unknown ?? [])],
    variables.undefinedAreUnknown === true
  ])
  const results = cached(context.applied, built, () => new Map<string, Built>())
  return cached(results, key, () => {
    const resources = pass === 'final' ? built.resources : built.resources.filter(readWhileSettling)
    const substituted = substituteAll(resources, variables, kustomization, hasPostBuild)
    return {
      resources: withCommonMetadata(substituted.resources, commonMetadata),
      problems: substituted.problems
    }
  })
}

const SETTLING_KINDS = new Set(['Kustomization', 'ConfigMap', 'Secret'])

// A kind or apiVersion that substitution may still change is kept too.
function readWhileSettling(resource: Resource): boolean {
  const { kind, apiVersion } = resource.object
  return (
    (typeof kind === 'string' && (SETTLING_KINDS.has(kind) || kind.includes('$'))) ||
    (typeof apiVersion === 'string' && apiVersion.includes('$'))
  )
}

/** The Kustomization's own source (not one a generator copies from) is defined nowhere here. */
function missingOwnSource(message: string, kustomization: FluxKustomization): boolean {
  const { kind, namespace, name } = kustomization.sourceRef
  return (
    message.startsWith(`${kind} ${namespace}/${name} `) &&
    /not defined in this repository/.test(message) &&
    namespace !== 'flux-system'
  )
}

function describeKustomization(instance: Instance): FluxKustomization {
  const { declaration, object } = instance
  const namespace = stringAt(object, 'metadata', 'namespace') ?? 'default'
  const kustomization: FluxKustomization = {
    name: stringAt(object, 'metadata', 'name') ?? '',
    namespace,
    file: declaration.file,
    line: declaration.line,
    path: artifactPath(stringAt(object, 'spec', 'path')),
    sourceRef: (({ kind, name, namespace }) => ({ kind, name, namespace }))(sourceRefOf(object)),
    object
  }
  const interval = stringAt(object, 'spec', 'interval')
  if (interval !== undefined) kustomization.interval = interval
  return kustomization
}

function whereOf(instance: Instance, kustomization: FluxKustomization) {
  return {
    tree: instance.tree,
    namespace: kustomization.namespace,
    file: kustomization.file,
    line: kustomization.line
  }
}

const BUILD_FIELDS = [
  'targetNamespace',
  'namePrefix',
  'nameSuffix',
  'patches',
  'patchesStrategicMerge',
  'patchesJson6902',
  'images',
  'components',
  'ignoreMissingComponents'
]

/** Builds `path` with the Flux spec merged into its kustomization; cached, many roots share specs. */
function buildPath(
  context: Context,
  path: string,
  object: YamlObject,
  kustomization: FluxKustomization
): { resources: Resource[]; problems: Problem[] } {
  const spec = objectAt(object, 'spec') ?? {}
  const buildSpec = Object.fromEntries(BUILD_FIELDS.filter(f => f in spec).map(f => [f, spec[f]]))
  const key = JSON.stringify([path, buildSpec])
  const cached = context.builds.get(key)
  if (cached) return cached
  const edit = fluxKustomizationFor(path, buildSpec, context.fileSystem, context.documents)
  const fileSystem = edit.object
    ? withVirtualFiles(context.fileSystem, new Map([[edit.file, JSON.stringify(edit.object)]]))
    : context.fileSystem
  const documentCache = edit.object
    ? withVirtualDocuments(
        context.documentCache,
        new Map([[normalizePath(edit.file), [edit.object]]])
      )
    : context.documentCache
  const result = build(path, fileSystem, { documentCache })
  const problems = [
    ...edit.problems,
    ...result.problems.map(problem => relocated(problem, edit.file, kustomization))
  ]
  const built = { resources: result.resources, problems }
  context.builds.set(key, built)
  return built
}

// A problem in the kustomization Flux edits or generates points at the Flux Kustomization.
function relocated(
  problem: Problem,
  editedFile: string,
  kustomization: FluxKustomization
): Problem {
  const inEdited = problem.path === editedFile
  const result: Problem = {
    severity: problem.severity,
    message: inEdited
      ? `${problem.message} (in the kustomization Flux builds for ${kustomization.path})`
      : problem.message,
    path: inEdited ? kustomization.file : problem.path
  }
  const line = inEdited ? kustomization.line : problem.line
  if (line !== undefined) result.line = line
  return result
}

function substituteAll(
  resources: Resource[],
  variables: SubstitutionVariables,
  kustomization: FluxKustomization,
  hasPostBuild: boolean
): { resources: Resource[]; problems: Problem[] } {
  if (!hasPostBuild) return { resources, problems: [] }
  const at = { path: kustomization.file, line: kustomization.line }
  const invalid = invalidVariableNames(variables)
  if (invalid.length > 0) {
    const message = `postBuild variable names ${invalid.map(n => `'${n}'`).join(', ')} are invalid (must match ^[_[:alpha:]][_[:alpha:][:digit:]]*$); Flux substitutes nothing`
    return { resources, problems: [{ severity: 'error', message, ...at }] }
  }
  const problems: Problem[] = []
  const undefinedNames = new Set<string>()
  const substituted = resources.map(resource => {
    const result = substituteVariables(resource.object, variables)
    result.undefinedNames.forEach(name => undefinedNames.add(name))
    if (result.error)
      problems.push({
        severity: 'error',
        message: `${describeObject(resource.object)}: ${result.error}`,
        ...at
      })
    return result.object === resource.object ? resource : { ...resource, object: result.object }
  })
  if (undefinedNames.size > 0) {
    const names = [...undefinedNames].sort().join(', ')
    problems.push({
      severity: 'warning',
      message: `variables ${names} are defined nowhere; Flux substitutes an empty string`,
      ...at
    })
  }
  return { resources: substituted, problems }
}

/** Flux sets commonMetadata on each object's own metadata only (never selectors or templates). */
function withCommonMetadata(
  resources: Resource[],
  commonMetadata: YamlObject | undefined
): Resource[] {
  if (!commonMetadata) return resources
  const labels = stringMap(commonMetadata.labels)
  const annotations = stringMap(commonMetadata.annotations)
  if (labels.size === 0 && annotations.size === 0) return resources
  return resources.map(resource => {
    const object = structuredClone(resource.object)
    const metadata = isObject(object.metadata) ? object.metadata : (object.metadata = {})
    if (labels.size > 0)
      metadata.labels = { ...(objectAt(metadata, 'labels') ?? {}), ...Object.fromEntries(labels) }
    if (annotations.size > 0) {
      metadata.annotations = {
        ...(objectAt(metadata, 'annotations') ?? {}),
        ...Object.fromEntries(annotations)
      }
    }
    return { ...resource, object }
  })
}

function configIndex(inventory: Inventory, outcomes: Outcome[]): ConfigIndex {
  const entries: ConfigEntry[] = inventory.configs.map(declaration => ({
    namespace: stringAt(declaration.object, 'metadata', 'namespace'),
    kind: String(declaration.object.kind),
    name: stringAt(declaration.object, 'metadata', 'name') ?? '',
    object: declaration.object,
    tree: undefined,
    file: declaration.file
  }))
  for (const outcome of outcomes) {
    for (const resource of outcome.resources) {
      const object = resource.object
      if (!isKind(object, '', 'ConfigMap') && !isKind(object, '', 'Secret')) continue
      entries.push({
        namespace: stringAt(object, 'metadata', 'namespace') ?? 'default',
        kind: String(object.kind),
        name: stringAt(object, 'metadata', 'name') ?? '',
        object,
        tree: outcome.instance.tree,
        file: resource.origin.kind === 'file' ? resource.origin.path : resource.origin.kustomization
      })
    }
  }
  return new ConfigIndex(entries)
}

/** Each declaration as the roots that include it apply it; as written when none does. */
function appliedInstances(inventory: Inventory, outcomes: Outcome[]): Instance[] {
  const applied = new Map<string, Instance[]>()
  for (const outcome of outcomes) {
    for (const resource of outcome.resources) {
      if (
        resource.origin.kind !== 'file' ||
        !isKind(resource.object, KUSTOMIZE_GROUP, 'Kustomization')
      )
        continue
      const key = declarationKey({ file: resource.origin.path, document: resource.origin.document })
      const instances = applied.get(key) ?? []
      if (instances.some(other => JSON.stringify(other.object) === JSON.stringify(resource.object)))
        continue
      const declaration = inventory.kustomizations.find(d => declarationKey(d) === key)
      if (!declaration) continue
      instances.push({ declaration, object: resource.object, tree: outcome.instance.tree })
      applied.set(key, instances)
    }
  }
  return inventory.kustomizations.flatMap(d => applied.get(declarationKey(d)) ?? [rawInstance(d)])
}

function sameInstances(a: Instance[], b: Instance[]): boolean {
  const keys = (instances: Instance[]) =>
    instances
      .map(i => `${declarationKey(i.declaration)}|${i.tree}|${JSON.stringify(i.object)}`)
      .sort()
      .join('\n')
  return keys(a) === keys(b)
}

function assemble(outcomes: Outcome[]): Pick<FluxRoots, 'roots' | 'unresolved'> {
  const resolved = outcomes.filter(outcome => outcome.unresolved === undefined)
  const ids = uniqueIds(resolved.map(outcome => outcome.kustomization))
  const roots: FluxRoot[] = resolved.map((outcome, index) => ({
    id: ids[index] ?? '',
    kustomization: outcome.kustomization,
    resources: outcome.resources,
    problems: outcome.problems
  }))
  const unresolved = uniqueBy(
    outcomes.flatMap(outcome => outcome.unresolved ?? []),
    problem => `${problem.path}:${problem.line}:${problem.message}`
  )
  return { roots, unresolved }
}

function uniqueIds(kustomizations: FluxKustomization[]): string[] {
  const plain = kustomizations.map(k => `${k.namespace}/${k.name}`)
  const withFile = kustomizations.map((k, index) =>
    plain.filter(id => id === plain[index]).length > 1
      ? `${plain[index]}@${k.file}`
      : (plain[index] ?? '')
  )
  const seen = new Map<string, number>()
  return withFile.map(id => {
    const count = (seen.get(id) ?? 0) + 1
    seen.set(id, count)
    return count === 1 ? id : `${id}#${count}`
  })
}

function describeObject(object: YamlObject): string {
  return `${String(object.kind)} ${stringAt(object, 'metadata', 'namespace') ?? ''}/${stringAt(object, 'metadata', 'name') ?? ''}`
}
