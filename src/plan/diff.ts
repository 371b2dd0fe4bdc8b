import { isDeepStrictEqual } from 'node:util'
import { configObjectsOf, inspect } from '../engine/index.js'
import type {
  BuiltResource,
  CheckOptions,
  ConfigObject,
  Repository,
  Root,
  RootSummary,
  WorkloadResult
} from '../engine/index.js'
import { cached } from '../shared/collections.js'
import { deepClone, isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'
import type { Plan, PlanProblem, Reason, Restart, Strategy, Upgrade, WorkloadRef } from './types.js'

/** What `planChanges` finds; the caller adds the revisions and the rollback plan. */
export type PlanCore = Omit<Plan, 'base' | 'head' | 'rollback'> & { roots: RootSummary[] }

/**
 * Everything a change from `base` to `head` restarts, upgrades, adds and removes once applied,
 * with the bot's own `fix` on top of head: the restarts the merge will really cause.
 */
export function planChanges(
  base: Repository,
  head: Repository,
  options: CheckOptions = {}
): PlanCore {
  const before = snapshot(inspect(base, options))
  const after = snapshot(inspect(head, options), { withFixedHashes: true })
  const restarts: Restart[] = []
  const added: WorkloadRef[] = []
  for (const [key, now] of after.workloads) {
    const was = before.workloads.get(key)
    if (!was) added.push(now.ref)
    else {
      const restart = restartOf(was, now, before, after)
      if (restart) restarts.push(restart)
    }
  }
  const removed = [...before.workloads]
    .filter(([key]) => !after.workloads.has(key))
    .map(([, w]) => w.ref)
  return {
    restarts,
    upgrades: upgradesOf(before, after, restarts),
    added,
    removed,
    problems: [...problemsOf('base', before), ...problemsOf('head', after)],
    roots: after.report.roots
  }
}

interface PlannedWorkload {
  ref: WorkloadRef
  result: WorkloadResult
  /** The built object: the workload itself, or the HelmRelease that renders it. */
  object: YamlObject
  root: Root
}

interface Snapshot {
  report: ReturnType<typeof inspect>['report']
  roots: Map<string, Root>
  workloads: Map<string, PlannedWorkload>
}

/**
 * The built revision, by workload. `withFixedHashes` gives every workload the hash `fix` would
 * write (what a check after fix proves it builds to), instead of fixing the files and building
 * them again: the restarts the merge will really cause, the bot's commit included.
 */
function snapshot(
  { report, roots }: ReturnType<typeof inspect>,
  { withFixedHashes = false } = {}
): Snapshot {
  // The hashes go on copies: the built objects are shared with the analysis (and the parse).
  const copies = new Map<YamlObject, YamlObject>()
  const copyOf = (object: YamlObject) => cached(copies, object, () => deepClone(object))
  const byId = new Map(roots.map(root => [root.id, root]))
  const workloads = new Map<string, PlannedWorkload>()
  for (const unfixed of report.workloads) {
    const root = byId.get(unfixed.root)
    const built = root && builtObjectOf(root, unfixed)
    if (!root || !built) continue
    const object = withFixedHashes && needsHash(unfixed) ? copyOf(built) : built
    const result = withFixedHashes ? withHash(object, unfixed) : unfixed
    const ref: WorkloadRef = {
      kind: result.kind,
      namespace: result.namespace,
      name: result.name,
      root: result.root,
      cluster: clusterOf(root),
      file: result.source?.file,
      line: result.source?.line
    }
    workloads.set(`${result.root}|${result.kind}|${result.namespace}|${result.name}`, {
      ref,
      result,
      object,
      root
    })
  }
  if (copies.size > 0) {
    for (const [id, root] of byId) byId.set(id, withCopies(root, copies))
    // Every view of a root holds the hashed copies.
    for (const workload of workloads.values()) workload.root = byId.get(workload.ref.root)!
  }
  return { report, roots: byId, workloads }
}

function withCopies(root: Root, copies: ReadonlyMap<YamlObject, YamlObject>): Root {
  return {
    ...root,
    resources: root.resources.map(resource => {
      const copy = copies.get(resource.object)
      return copy ? { ...resource, object: copy } : resource
    })
  }
}

function needsHash(result: WorkloadResult): boolean {
  return (result.status === 'missing' || result.status === 'stale') && !!result.desiredHash
}

/** Sets the hash (and the annotations written beside it) where `fix` writes them. */
function withHash(object: YamlObject, result: WorkloadResult): WorkloadResult {
  if (!needsHash(result)) return result
  const path = result.shape.annotationsPath
  const annotations = getIn(object, path)
  const map = isObject(annotations) ? annotations : { ...result.shape.companions }
  if (!isObject(annotations)) setIn(object, path, map)
  map[result.shape.hashKey] = result.desiredHash
  return { ...result, currentHash: result.desiredHash, status: 'current' }
}

/** Sets a value at a path of own keys (a `__proto__` key is data, never the prototype). */
function setIn(object: YamlObject, path: readonly string[], value: YamlObject): void {
  let current = object
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(current, key) ? current[key] : undefined
    if (!isObject(next)) defineOwn(current, key, {})
    current = current[key] as YamlObject
  }
  defineOwn(current, path[path.length - 1] ?? '', value)
}

function defineOwn(object: YamlObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

function builtObjectOf(root: Root, result: WorkloadResult): YamlObject | undefined {
  return root.resources.find(
    resource =>
      resource.source?.file === result.source?.file &&
      resource.source?.document === result.source?.document &&
      (result.shape.templatePath.length === 0 || nameOf(resource.object) === result.name)
  )?.object
}

/** The cluster of a Flux root: the folder after `clusters/` in the file that declares it. */
function clusterOf(root: Root): string {
  const segments = root.declaredAt.split(':')[0]?.split('/') ?? []
  const index = segments.indexOf('clusters')
  return index >= 0 && index + 2 < segments.length ? (segments[index + 1] ?? '') : ''
}

function restartOf(
  was: PlannedWorkload,
  now: PlannedWorkload,
  before: Snapshot,
  after: Snapshot
): Restart | undefined {
  const chart = now.result.shape.templatePath.length === 0
  const reasons = chart
    ? chartReasons(was, now, before, after)
    : templateReasons(was, now, before, after)
  if (reasons.length === 0) return undefined
  const { strategy, warnings } = rollout(now)
  const release = chart
    ? `${namespaceOf(now.object) || now.result.namespace}/${nameOf(now.object)}`
    : undefined
  return { ...now.ref, reasons, strategy, warnings, ...(release ? { release } : {}) }
}

// --- raw workloads: the rendered pod template ------------------------------------------------

function templateReasons(
  was: PlannedWorkload,
  now: PlannedWorkload,
  before: Snapshot,
  after: Snapshot
): Reason[] {
  const path = now.result.shape.templatePath
  const old = asMap(getIn(was.object, path))
  const current = asMap(getIn(now.object, path))
  if (isDeepStrictEqual(old, current)) return []
  const reasons: Reason[] = []
  const hashPath = ['metadata', 'annotations', now.result.shape.hashKey]
  if (getIn(old, hashPath) !== getIn(current, hashPath))
    reasons.push(...configReasons(was, now, before, after))
  reasons.push(...containerReasons(old, current))
  const covered = [hashPath, ...containerPaths(old), ...containerPaths(current)]
  const other = changedPaths(old, current, [], covered).map(p => [...path, ...p].join('.'))
  if (other.length > 0) reasons.push({ type: 'pod-template', paths: other.slice(0, 10) })
  return reasons
}

const CONTAINER_LISTS = ['initContainers', 'containers'] as const

function containersOf(template: YamlObject): Map<string, YamlObject> {
  const spec = asMap(template.spec)
  return new Map(
    CONTAINER_LISTS.flatMap(list =>
      (Array.isArray(spec[list]) ? spec[list] : [])
        .filter(isObject)
        .map(c => [String(c.name), c] as [string, YamlObject])
    )
  )
}

/** The container fields reported by name (image, env, resources), left out of the generic paths. */
function containerPaths(template: YamlObject): string[][] {
  const spec = asMap(template.spec)
  return CONTAINER_LISTS.flatMap(list =>
    (Array.isArray(spec[list]) ? spec[list] : []).flatMap((_, index) =>
      ['image', 'env', 'resources'].map(field => ['spec', list, String(index), field])
    )
  )
}

function containerReasons(old: YamlObject, current: YamlObject): Reason[] {
  const before = containersOf(old)
  const reasons: Reason[] = []
  for (const [name, container] of containersOf(current)) {
    const was = before.get(name)
    if (!was) continue
    if (was.image !== container.image)
      reasons.push({
        type: 'image',
        container: name,
        from: stringOf(was.image),
        to: stringOf(container.image)
      })
    const env = changedEnv(was.env, container.env)
    if (env.length > 0) reasons.push({ type: 'env', container: name, names: env })
    if (!isDeepStrictEqual(was.resources, container.resources))
      reasons.push({ type: 'resources', container: name })
  }
  return reasons
}

/** Names of env entries added, removed or changed (never their values). */
function changedEnv(old: unknown, current: unknown): string[] {
  const byName = (list: unknown) =>
    new Map(
      (Array.isArray(list) ? list : []).filter(isObject).map(entry => [String(entry.name), entry])
    )
  const [was, now] = [byName(old), byName(current)]
  return [...new Set([...was.keys(), ...now.keys()])].filter(
    name => !isDeepStrictEqual(was.get(name), now.get(name))
  )
}

// --- workloads a HelmRelease renders: the controller's values ---------------------------------

/** The values that shape one app-template controller's pods, besides its own subtree. */
const SHARED_VALUES = ['defaultPodOptions', 'defaultPodOptionsStrategy', 'persistence', 'global']

function chartReasons(
  was: PlannedWorkload,
  now: PlannedWorkload,
  before: Snapshot,
  after: Snapshot
): Reason[] {
  const reasons: Reason[] = []
  if (
    was.result.desiredHash !== now.result.desiredHash ||
    was.result.currentHash !== now.result.currentHash
  )
    reasons.push(...configReasons(was, now, before, after))
  const [oldChart, newChart] = [was.result.chart, now.result.chart]
  if (oldChart?.version !== newChart?.version)
    reasons.push({
      type: 'chart',
      name: newChart?.name ?? '',
      from: oldChart?.version,
      to: newChart?.version
    })
  const annotations = now.result.shape.annotationsPath
  // An app-template controller reads its own subtree and the shared values; another chart, all.
  const scopes =
    annotations[2] === 'controllers'
      ? [
          ['spec', 'values', 'controllers', annotations[3] ?? ''],
          ...SHARED_VALUES.map(key => ['spec', 'values', key])
        ]
      : [['spec', 'values']]
  const hash = [...annotations, now.result.shape.hashKey]
  const paths = scopes.flatMap(scope => {
    const inScope = scope.every((key, index) => hash[index] === key)
    return changedPaths(
      asMap(getIn(was.object, scope)),
      asMap(getIn(now.object, scope)),
      [],
      inScope ? [hash.slice(scope.length)] : []
    ).map(p => [...scope.slice(2), ...p].join('.'))
  })
  if (paths.length > 0) reasons.push({ type: 'values', paths: paths.slice(0, 10) })
  return reasons
}

// --- config: which keys of which ConfigMaps and Secrets changed ------------------------------

function configReasons(
  was: PlannedWorkload,
  now: PlannedWorkload,
  before: Snapshot,
  after: Snapshot
): Reason[] {
  const reasons: Reason[] = []
  const seen = new Set<string>()
  for (const reference of now.result.references) {
    if (reference.coverage !== 'git-hash') continue
    const id = `${reference.kind}/${reference.name}`
    if (seen.has(id)) continue
    seen.add(id)
    const old = findConfig(
      before.roots.get(was.ref.root),
      reference.kind,
      reference.name,
      was.ref.namespace
    )
    const current = findConfig(
      after.roots.get(now.ref.root),
      reference.kind,
      reference.name,
      now.ref.namespace
    )
    const keys = changedKeys(
      old,
      current,
      readKeys(now.result.references, reference.kind, reference.name)
    )
    if (keys.length > 0)
      reasons.push({ type: 'config', kind: reference.kind, name: reference.name, keys })
  }
  return reasons
}

function readKeys(
  references: WorkloadResult['references'],
  kind: string,
  name: string
): string[] | 'all' {
  const keys = new Set<string>()
  for (const reference of references) {
    if (reference.kind !== kind || reference.name !== name) continue
    if (reference.keys === 'all') return 'all'
    reference.keys.forEach(key => keys.add(key))
  }
  return [...keys]
}

function findConfig(
  root: Root | undefined,
  kind: string,
  name: string,
  namespace: string
): ConfigObject | undefined {
  for (const resource of root?.resources ?? []) {
    const found = configObjectsOf(resource.object, resource.generatedWithSuffix).find(
      object =>
        object.kind === kind &&
        object.name === name &&
        (object.namespace === namespace || object.namespace === '' || namespace === '')
    )
    if (found) return found
  }
  return undefined
}

/** Keys whose bytes differ (compared, never shown); a key only one side has counts as changed. */
function changedKeys(
  old: ConfigObject | undefined,
  current: ConfigObject | undefined,
  keys: string[] | 'all'
): string[] {
  const [was, now] = [
    old?.values() ?? new Map<string, Buffer>(),
    current?.values() ?? new Map<string, Buffer>()
  ]
  const candidates = keys === 'all' ? [...new Set([...was.keys(), ...now.keys()])] : keys
  return candidates
    .filter(key => {
      const [a, b] = [was.get(key), now.get(key)]
      return a === undefined || b === undefined ? a !== b : !a.equals(b)
    })
    .sort()
}

// --- HelmRelease upgrades --------------------------------------------------------------------

function upgradesOf(before: Snapshot, after: Snapshot, restarts: readonly Restart[]): Upgrade[] {
  const upgrades: Upgrade[] = []
  for (const [rootId, root] of after.roots) {
    const oldRoot = before.roots.get(rootId)
    if (!oldRoot) continue
    for (const resource of root.resources.filter(r => isHelmRelease(r.object))) {
      const old = oldRoot.resources.find(
        r => isHelmRelease(r.object) && sameObject(r.object, resource.object)
      )
      if (!old) continue
      const reasons = releaseReasons(old, resource, oldRoot, root)
      if (reasons.length === 0) continue
      const id = `${namespaceOf(resource.object)}/${nameOf(resource.object)}`
      upgrades.push({
        kind: 'HelmRelease',
        namespace: namespaceOf(resource.object),
        name: nameOf(resource.object),
        root: rootId,
        cluster: clusterOf(root),
        file: resource.source?.file,
        line: resource.source?.file ? lineOf(after, resource) : undefined,
        reasons,
        restarts: restarts
          .filter(r => r.root === rootId && r.release === id)
          .map(r => `${r.kind} ${r.name}`)
      })
    }
  }
  return upgrades
}

function releaseReasons(
  old: BuiltResource,
  current: BuiltResource,
  oldRoot: Root,
  root: Root
): Reason[] {
  const reasons: Reason[] = []
  const [was, now] = [asMap(old.object.spec), asMap(current.object.spec)]
  const [oldVersion, newVersion] = [chartVersion(was), chartVersion(now)]
  if (oldVersion !== newVersion)
    reasons.push({ type: 'chart', name: chartName(now), from: oldVersion, to: newVersion })
  const values = changedPaths(asMap(was.values), asMap(now.values), [], []).map(p => p.join('.'))
  if (values.length > 0) reasons.push({ type: 'values', paths: values.slice(0, 10) })
  for (const source of valuesFromOf(now)) {
    const keys = changedKeys(
      findConfig(oldRoot, source.kind, source.name, namespaceOf(old.object)),
      findConfig(root, source.kind, source.name, namespaceOf(current.object)),
      [source.key]
    )
    if (keys.length > 0)
      reasons.push({ type: 'config', kind: source.kind, name: source.name, keys })
  }
  const rest = changedPaths(was, now, [], [['values'], ['chart'], ['chartRef']]).map(
    p => `spec.${p.join('.')}`
  )
  if (reasons.length === 0 && rest.length > 0)
    reasons.push({ type: 'values', paths: rest.slice(0, 10) })
  return reasons
}

function valuesFromOf(
  spec: YamlObject
): { kind: 'ConfigMap' | 'Secret'; name: string; key: string }[] {
  return (Array.isArray(spec.valuesFrom) ? spec.valuesFrom : []).filter(isObject).flatMap(entry => {
    if ((entry.kind !== 'ConfigMap' && entry.kind !== 'Secret') || typeof entry.name !== 'string')
      return []
    return [
      {
        kind: entry.kind,
        name: entry.name,
        key: typeof entry.valuesKey === 'string' ? entry.valuesKey : 'values.yaml'
      }
    ]
  })
}

function chartVersion(spec: YamlObject): string | undefined {
  return stringOf(getIn(spec, ['chart', 'spec', 'version']))
}

function chartName(spec: YamlObject): string {
  return (
    stringOf(getIn(spec, ['chart', 'spec', 'chart'])) ??
    stringOf(getIn(spec, ['chartRef', 'name'])) ??
    ''
  )
}

// --- how the restart rolls out ---------------------------------------------------------------

function rollout(workload: PlannedWorkload): { strategy: Strategy; warnings: string[] } {
  const settings = rolloutSettings(workload)
  const warnings: string[] = []
  if (workload.ref.kind === 'Job')
    warnings.push('a Job is not restarted: its pod template is immutable')
  if (workload.ref.kind === 'CronJob')
    warnings.push('a CronJob restarts nothing now: its next run uses the new template')
  if (settings.onDelete) warnings.push('updateStrategy OnDelete: pods change only when deleted')
  if (settings.paused) warnings.push('the Deployment is paused: nothing rolls until it is resumed')
  if (settings.replicas === 0) warnings.push('replicas: 0: no pod runs, so none restarts')
  const canary = workload.root.resources.find(
    resource =>
      resource.object.kind === 'Canary' &&
      getIn(resource.object, ['spec', 'targetRef', 'kind']) === workload.ref.kind &&
      getIn(resource.object, ['spec', 'targetRef', 'name']) === workload.ref.name
  )
  if (canary) return { strategy: { type: 'canary', canary: nameOf(canary.object) }, warnings }
  if (warnings.length > 0 && (workload.ref.kind === 'Job' || workload.ref.kind === 'CronJob'))
    return { strategy: { type: 'none' }, warnings }
  if (workload.ref.kind === 'StatefulSet')
    return { strategy: { type: 'ordered', partition: settings.partition }, warnings }
  if (workload.ref.kind === 'DaemonSet') return { strategy: { type: 'node-by-node' }, warnings }
  return { strategy: { type: 'rolling-update' }, warnings }
}

interface RolloutSettings {
  onDelete: boolean
  paused: boolean
  replicas: number | undefined
  partition: number | undefined
}

function rolloutSettings(workload: PlannedWorkload): RolloutSettings {
  const annotations = workload.result.shape.annotationsPath
  if (workload.result.shape.templatePath.length === 0) {
    const controller = asMap(getIn(workload.object, annotations.slice(0, 4)))
    const strategy = controller.strategy
    return {
      onDelete: strategy === 'OnDelete',
      paused: false,
      replicas: typeof controller.replicas === 'number' ? controller.replicas : undefined,
      partition: numberOf(getIn(controller, ['rollingUpdate', 'partition']))
    }
  }
  const spec = asMap(workload.object.spec)
  return {
    onDelete: getIn(spec, ['updateStrategy', 'type']) === 'OnDelete',
    paused: spec.paused === true,
    replicas: numberOf(spec.replicas),
    partition: numberOf(getIn(spec, ['updateStrategy', 'rollingUpdate', 'partition']))
  }
}

// --- small helpers ---------------------------------------------------------------------------

/** Paths (as key lists) where two values differ, skipping `ignored` paths and what lies below them. */
function changedPaths(
  old: unknown,
  current: unknown,
  path: string[],
  ignored: readonly string[][]
): string[][] {
  if (ignored.some(skip => skip.length === path.length && skip.every((key, i) => key === path[i])))
    return []
  if (isDeepStrictEqual(old, current)) return []
  if (isObject(old) && isObject(current)) {
    return [...new Set([...Object.keys(old), ...Object.keys(current)])].flatMap(key =>
      changedPaths(old[key], current[key], [...path, key], ignored)
    )
  }
  if (Array.isArray(old) && Array.isArray(current) && old.length === current.length)
    return old.flatMap((item, index) =>
      changedPaths(item, current[index], [...path, String(index)], ignored)
    )
  return [path]
}

function problemsOf(revision: 'base' | 'head', snapshot: Snapshot): PlanProblem[] {
  return snapshot.report.problems
    .filter(p => p.rule === 'yaml-parse-error' || p.rule === 'file-unreadable')
    .map(p => ({ revision, file: p.file, line: p.line, message: p.message }))
}

function lineOf(snapshot: Snapshot, resource: BuiltResource): number | undefined {
  const source = resource.source
  const workload = [...snapshot.workloads.values()].find(
    w => w.result.source?.file === source?.file && w.result.source?.document === source?.document
  )
  return workload?.ref.line ?? 1
}

function sameObject(a: YamlObject, b: YamlObject): boolean {
  return a.kind === b.kind && nameOf(a) === nameOf(b) && namespaceOf(a) === namespaceOf(b)
}

function isHelmRelease(object: YamlObject): boolean {
  return (
    object.kind === 'HelmRelease' && String(object.apiVersion).startsWith('helm.toolkit.fluxcd.io/')
  )
}

function getIn(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path)
    current = isObject(current) && Object.hasOwn(current, key) ? current[key] : undefined
  return current
}

function asMap(value: unknown): YamlObject {
  return isObject(value) ? value : {}
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined
}

function nameOf(object: YamlObject): string {
  return stringOf(getIn(object, ['metadata', 'name'])) ?? ''
}

function namespaceOf(object: YamlObject): string {
  return stringOf(getIn(object, ['metadata', 'namespace'])) ?? ''
}
