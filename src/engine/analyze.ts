import { configObjectsOf } from './config-objects.js'
import type { ConfigObject } from './config-objects.js'
import { problem } from './findings.js'
import { cached, groupBy } from '../shared/collections.js'
import type { Problem } from './findings.js'
import { configHash } from './hash.js'
import type { ReadConfig } from './hash.js'
import { isHelmRelease, readHelmRelease } from '../helm/index.js'
import type { ChartIdentity, ValuesSource } from '../helm/index.js'
import { annotationsOf, getIn, kindOf, nameOf, namespaceOf } from './objects.js'
import { reloaderWatch } from './reloader.js'
import type { KObject } from './objects.js'
import type { BuiltResource, Root } from './roots.js'
import {
  currentConfigHash,
  findReferences,
  IGNORE_ANNOTATION,
  isIgnored,
  podSpecOf,
  workloadShape
} from './workloads.js'
import type { ConfigReference, WorkloadShape } from './workloads.js'

/** How a restart reaches the pods when what a reference points at changes. */
export type Coverage =
  | 'git-hash'
  | 'kustomize-suffix'
  | 'chart-checksum'
  | 'reloader'
  | 'untrackable'
  | 'not-in-git'
  | 'not-selected'
  | 'missing'
  | 'no-restart-needed'

export interface ResolvedReference extends ConfigReference {
  coverage: Coverage
  /** What the object is ('ConfigMap', 'SealedSecret', 'ExternalSecret target'...), when found. */
  source?: string
}

export type WorkloadStatus =
  'current' | 'missing' | 'stale' | 'ignored' | 'job' | 'no-tracked-config'

export interface SourceLocation {
  file: string
  document: number
  line: number
}

export interface WorkloadResult {
  root: string
  kind: string
  name: string
  namespace: string
  source: SourceLocation | undefined
  shape: WorkloadShape
  references: ResolvedReference[]
  status: WorkloadStatus
  desiredHash: string | undefined
  currentHash: string | undefined
  /** For a workload a HelmRelease renders: the chart and version it installs. */
  chart?: ChartIdentity
}

/** Which workloads get a hash: all that read Git config, or only those Reloader watches. */
export type Selection = 'all' | 'reloader'

export interface AnalysisContext {
  lineOf: (file: string, document: number) => number
  isCommitted: (file: string) => boolean
  findSource: SourceFinder
  selection: Selection
  /** The annotation key that holds the hash. */
  hashKey: string
}

/** Resolves and hashes what every workload of one built root reads. */
export function analyzeRoot(root: Root, context: AnalysisContext): WorkloadResult[] {
  const index = indexConfigObjects(root.resources, context.isCommitted)
  const findInRoot = sourceFinder(root.resources, context.findSource)
  return root.resources.flatMap(resource => {
    const candidates = workloadCandidates(resource.object, index, findInRoot, context.hashKey)
    if (candidates.length === 0) return []
    const source = resource.source && {
      ...resource.source,
      line: context.lineOf(resource.source.file, resource.source.document)
    }
    return candidates.map(candidate =>
      analyzeWorkload(root.id, candidate, source, index, context.selection)
    )
  })
}

/** Finds a Flux source object (OCIRepository, HelmChart...) by kind, namespace and name. */
export type SourceFinder = (kind: string, namespace: string, name: string) => KObject | undefined

/** Sources as the root applies them (namespaces set), then anywhere else in the repository. */
export function sourceFinder(
  resources: readonly BuiltResource[],
  fallback: SourceFinder = () => undefined
): SourceFinder {
  // Only a few kinds are ever asked for: each is indexed the first time (the last one wins).
  const byKind = new Map<string, Map<string, KObject>>()
  const indexOf = (kind: string): Map<string, KObject> =>
    cached(byKind, kind, () => {
      const index = new Map<string, KObject>()
      for (const { object } of resources)
        if (kindOf(object) === kind) index.set(`${namespaceOf(object)}/${nameOf(object)}`, object)
      return index
    })
  return (kind, namespace, name) => {
    const index = indexOf(kind)
    return (
      index.get(`${namespace}/${name}`) ?? index.get(`/${name}`) ?? fallback(kind, namespace, name)
    )
  }
}

/** A workload to analyze: one written as such, or one a HelmRelease's chart renders. */
interface WorkloadCandidate {
  object: KObject
  shape: WorkloadShape
  name: string
  namespace: string
  references: (ConfigReference & { chartChecksum?: boolean })[]
  ignored: boolean
  chart?: ChartIdentity
  /** The annotations Stakater Reloader reads for this workload (its own and its pod's). */
  reloaderAnnotations: Record<string, unknown>
}

function workloadCandidates(
  object: KObject,
  index: ConfigIndex,
  findSource: SourceFinder,
  hashKey: string
): WorkloadCandidate[] {
  if (isHelmRelease(object)) return chartWorkloads(object, index, findSource, hashKey)
  const shape = workloadShape(object, hashKey)
  if (!shape) return []
  return [
    {
      object,
      shape,
      name: nameOf(object),
      namespace: namespaceOf(object),
      references: findReferences(podSpecOf(object, shape)),
      ignored: isIgnored(object, shape),
      reloaderAnnotations: {
        ...annotationsOf({ metadata: getIn(object, [...shape.templatePath, 'metadata']) }),
        ...annotationsOf(object)
      }
    }
  ]
}

/** The workloads a HelmRelease renders; the hash goes into its values. */
function chartWorkloads(
  release: KObject,
  index: ConfigIndex,
  findSource: SourceFinder,
  hashKey: string
): WorkloadCandidate[] {
  const view = readHelmRelease(release, {
    findSource,
    findValues: (kind, namespace, name) => valuesSourceOf(index.find(kind, name, namespace))
  })
  const releaseIgnored = isTrue(annotationsOf(release)[IGNORE_ANNOTATION])
  return view.workloads.map(workload => ({
    object: release,
    shape: {
      kind: workload.kind,
      templatePath: [],
      annotationsPath: ['spec', 'values', ...workload.podAnnotationsPath],
      annotatable: workload.kind !== 'Job',
      companions: workload.companions,
      hashKey
    },
    name: workload.name,
    namespace: view.namespace,
    references: workload.references,
    chart: view.chart,
    reloaderAnnotations: { ...workload.podAnnotations, ...workload.annotations },
    ignored:
      releaseIgnored ||
      [workload.annotations, workload.podAnnotations].some(annotations =>
        isTrue(annotations[IGNORE_ANNOTATION])
      )
  }))
}

function isTrue(value: unknown): boolean {
  return String(value).toLowerCase() === 'true'
}

function valuesSourceOf(found: IndexedConfig | undefined): ValuesSource | undefined {
  if (!found || found.tracking !== 'git') return undefined
  const data = new Map([...found.values()].map(([key, bytes]) => [key, bytes.toString('utf8')]))
  return { kind: found.kind, name: found.name, data, labels: annotationsOf(found.definedBy) }
}

function analyzeWorkload(
  rootId: string,
  candidate: WorkloadCandidate,
  source: SourceLocation | undefined,
  index: ConfigIndex,
  selection: Selection
): WorkloadResult {
  const { object, shape, namespace } = candidate
  const reads: ReadConfig[] = []
  const watch = reloaderWatch(candidate.reloaderAnnotations)
  const references = candidate.references.map(({ chartChecksum, ...reference }) => {
    if (chartChecksum) return { ...reference, coverage: 'chart-checksum' as const }
    const found = index.find(reference.kind, reference.name, namespace)
    const watched =
      watch?.(reference.kind, reference.name, annotationsOf(found?.definedBy)) ?? false
    const resolved = withReloader(resolveReference(reference, found), watched, selection)
    const read = readOf(resolved, found)
    if (read) reads.push(read)
    return resolved
  })
  const desiredHash = references.some(r => r.coverage === 'git-hash')
    ? configHash(reads)
    : undefined
  const currentHash = currentConfigHash(object, shape)
  return {
    root: rootId,
    kind: shape.kind,
    name: candidate.name,
    namespace,
    source,
    shape,
    references,
    status: statusOf(candidate, desiredHash, currentHash),
    desiredHash,
    currentHash,
    ...(candidate.chart ? { chart: candidate.chart } : {})
  }
}

/**
 * Reloader covers what Git cannot track when it watches it; with `--selection reloader` only
 * what Reloader watches is hashed, so a team can move from Reloader without touching workloads.
 */
function withReloader(
  resolved: ResolvedReference,
  watched: boolean,
  selection: Selection
): ResolvedReference {
  if (resolved.coverage === 'untrackable' && watched) return { ...resolved, coverage: 'reloader' }
  if (selection === 'reloader' && resolved.coverage === 'git-hash' && !watched)
    return { ...resolved, coverage: 'not-selected' }
  return resolved
}

function resolveReference(
  reference: ConfigReference,
  found: IndexedConfig | undefined
): ResolvedReference {
  if (reference.via === 'imagePullSecrets')
    return { ...reference, coverage: 'no-restart-needed', source: found?.source }
  if (!found) return { ...reference, coverage: 'missing' }
  if (found.tracking === 'git' && found.uncommitted.length > 0)
    return { ...reference, coverage: 'not-in-git', source: found.uncommitted.join(', ') }
  const coverage: Coverage = found.tracking === 'git' ? 'git-hash' : found.tracking
  return { ...reference, coverage, source: found.source }
}

/** What enters the hash for one reference; nothing for what Git cannot or need not track. */
function readOf(
  reference: ResolvedReference,
  found: IndexedConfig | undefined
): ReadConfig | undefined {
  const object = { kind: reference.kind, name: found?.sourceName ?? reference.name }
  if (reference.coverage === 'missing' && reference.optional)
    return { ...object, values: undefined }
  if (reference.coverage !== 'git-hash' || !found) return undefined
  if (reference.keys === 'all') return { ...object, values: found.values() }
  const values = found.values()
  return { ...object, values: new Map(reference.keys.map(key => [key, values.get(key)])) }
}

function statusOf(
  candidate: WorkloadCandidate,
  desiredHash: string | undefined,
  currentHash: string | undefined
): WorkloadStatus {
  if (candidate.ignored) return 'ignored'
  if (!desiredHash) return 'no-tracked-config'
  if (!candidate.shape.annotatable) return 'job'
  if (currentHash === undefined) return 'missing'
  return currentHash === desiredHash ? 'current' : 'stale'
}

/**
 * A config object with the name its source gives it, which the hash uses, and the files it
 * comes from that Git does not track: only what is committed may feed a committed hash, or a
 * short secret could be brute-forced from it.
 */
type IndexedConfig = ConfigObject & { sourceName: string; uncommitted: string[] }

interface ConfigIndex {
  find(kind: string, name: string, namespace: string): IndexedConfig | undefined
}

/**
 * Objects match a reference by kind, name and namespace. An object or workload written without
 * a namespace lands in whatever namespace it is applied to, so it matches any namespace; an
 * exact namespace match wins, then data tracked by Git.
 */
function indexConfigObjects(
  resources: readonly BuiltResource[],
  isCommitted: (file: string) => boolean
): ConfigIndex {
  const entries = resources.flatMap(resource =>
    configObjectsOf(resource.object, resource.generatedWithSuffix).map(object => ({
      object,
      resource
    }))
  )
  const byName = groupBy(entries, ({ object }) => `${object.kind}/${object.name}`)
  // Most objects of a root are never read by a workload: their source names wait until one is.
  const indexed = new Map<ConfigObject, IndexedConfig>()
  const completed = ({ object, resource }: (typeof entries)[number]): IndexedConfig =>
    cached(indexed, object, () => ({
      ...object,
      sourceName: resource.sourceName(object),
      uncommitted: resource.inputs.filter(file => !isCommitted(file))
    }))
  return {
    find(kind, name, namespace) {
      const candidates = (byName.get(`${kind}/${name}`) ?? []).filter(
        ({ object }) =>
          object.namespace === namespace || object.namespace === '' || namespace === ''
      )
      const best = candidates.sort((a, b) => rank(a.object, namespace) - rank(b.object, namespace))
      return best[0] && completed(best[0])
    }
  }
}

function rank(object: ConfigObject, namespace: string): number {
  return (object.namespace === namespace ? 0 : 2) + (object.tracking === 'git' ? 0 : 1)
}

/** The findings of one workload in one root. */
export function workloadProblems(workload: WorkloadResult): Problem[] {
  if (!workload.source || workload.status === 'ignored') return []
  const { file, line } = workload.source
  const problems = workload.references.flatMap(reference =>
    referenceProblems(workload, reference, file, line)
  )
  const subject = `${workload.kind} ${qualifiedName(workload)}`
  const reads = describeReads(workload.references)
  if (workload.status === 'missing') {
    problems.push(
      problem(
        'config-hash-missing',
        file,
        line,
        `${subject} reads ${reads} but has no ${workload.shape.hashKey} annotation; it should be ${workload.desiredHash}`
      )
    )
  }
  if (workload.status === 'stale') {
    problems.push(
      problem(
        'config-hash-stale',
        file,
        line,
        `${subject} has config hash ${workload.currentHash} but what it reads (${reads}) now hashes to ${workload.desiredHash}`
      )
    )
  }
  if (workload.status === 'job') {
    problems.push(
      problem(
        'job-not-annotated',
        file,
        line,
        `${subject} reads ${reads}; a Job's pod template is immutable, so it is not annotated: a config change reaches it on its next run`
      )
    )
  }
  return problems
}

function referenceProblems(
  workload: WorkloadResult,
  reference: ResolvedReference,
  file: string,
  line: number
): Problem[] {
  const what = `${reference.kind} ${reference.name}`
  const subject = `${workload.kind} ${qualifiedName(workload)}`
  if (reference.coverage === 'missing' && !reference.optional) {
    return [
      problem(
        'reference-missing',
        file,
        line,
        `${subject} reads ${what} (${reference.via} of ${reference.reader}), which is not defined anywhere in root ${workload.root}`
      )
    ]
  }
  if (reference.coverage === 'not-in-git') {
    return [
      problem(
        'config-not-in-git',
        file,
        line,
        `${subject} reads ${what}, made from files Git does not track (${reference.source}): they are left out of the hash, which is committed; commit them (encrypted, e.g. with SOPS) or keep a Reloader annotation for them`
      )
    ]
  }
  if (reference.coverage === 'untrackable') {
    return [
      problem(
        'reference-untrackable',
        file,
        line,
        `${subject} reads ${what}, made in the cluster by an ${reference.source}: Git cannot see it change, so keep a Reloader annotation for it`
      )
    ]
  }
  return []
}

export function qualifiedName(workload: { namespace: string; name: string }): string {
  return workload.namespace ? `${workload.namespace}/${workload.name}` : workload.name
}

/** "ConfigMap app (keys a, b), Secret db (all keys)" for the references that enter the hash. */
function describeReads(references: readonly ResolvedReference[]): string {
  const hashed = references.filter(reference => reference.coverage === 'git-hash')
  const keysByObject = new Map<string, Set<string> | 'all'>()
  for (const reference of hashed) {
    const object = `${reference.kind} ${reference.name}`
    const known = keysByObject.get(object)
    if (known === 'all' || reference.keys === 'all') keysByObject.set(object, 'all')
    else keysByObject.set(object, new Set([...(known ?? []), ...reference.keys]))
  }
  return [...keysByObject]
    .map(
      ([object, keys]) =>
        `${object} (${keys === 'all' ? 'all keys' : `keys ${[...keys].join(', ')}`})`
    )
    .join(', ')
}
