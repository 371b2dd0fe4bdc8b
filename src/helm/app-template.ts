import { isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'
import { majorVersion, versionAtLeast } from './chart.js'

export type ConfigKind = 'ConfigMap' | 'Secret'

/** A ConfigMap or Secret a rendered pod reads, in the engine's reference shape. */
export interface ChartReference {
  kind: ConfigKind
  name: string
  keys: readonly string[] | 'all'
  optional: boolean
  via: 'env' | 'envFrom' | 'volume' | 'projected'
  /** The container that reads it, or the persistence item. */
  reader: string
  /** Made by the chart itself (`configMaps:`/`secrets:`) and covered by its checksum annotation. */
  chartChecksum: boolean
}

/** One workload the chart renders from one controller. */
export interface RenderedController {
  id: string
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'CronJob' | 'Job'
  name: string
  references: ChartReference[]
  /** Where the pod annotations of this controller sit in the values. */
  podAnnotationsPath: string[]
  podAnnotations: YamlObject
  /** Annotations the chart would drop once `podAnnotationsPath` exists: to be copied into it. */
  companions: Readonly<Record<string, string>>
  /** The controller's own annotations (where Reloader's annotations usually sit). */
  annotations: YamlObject
}

export interface ReleaseContext {
  releaseName: string
  version: string | undefined
}

const WORKLOAD_KINDS: Record<string, RenderedController['kind']> = {
  deployment: 'Deployment',
  statefulset: 'StatefulSet',
  daemonset: 'DaemonSet',
  cronjob: 'CronJob',
  job: 'Job'
}

/**
 * The workloads bjw-s app-template renders from a HelmRelease's merged values, with the
 * ConfigMaps and Secrets each one reads. Version rules follow the chart's templates
 * (docs/helm.md): 1.x has one `controller`, 2.x+ a map of `controllers`.
 */
export function renderAppTemplate(
  values: YamlObject,
  release: ReleaseContext
): RenderedController[] {
  const major = majorVersion(release.version) ?? 5
  if (major <= 1) return renderVersionOne(values, release)
  const controllers = enabledEntries(withVersionTwoDefaults(values, major).controllers)
  const full = fullName(values, release.releaseName)
  const chartObjects = chartMadeObjects(values, full, major)
  return controllers.map(([id, controller]) => {
    const kind =
      WORKLOAD_KINDS[String(controller.type ?? 'deployment').toLowerCase()] ?? 'Deployment'
    const annotationsPath = ['controllers', id, 'pod', 'annotations']
    return {
      id,
      kind,
      name: controllerName(id, controller, controllers.length, full, values, major),
      references: [
        ...containerReferences(controller, release, chartObjects, major),
        ...persistenceReferences(values, id, release, chartObjects)
      ],
      podAnnotationsPath: annotationsPath,
      podAnnotations: mapAt(controller, ['pod', 'annotations']),
      companions: droppedDefaults(values, controller, release.version),
      annotations: mapAt(controller, ['annotations'])
    }
  })
}

/** 2.x ships `controllers.main.containers.main` as defaults under the user's values. */
function withVersionTwoDefaults(values: YamlObject, major: number): YamlObject {
  if (major !== 2 || isObject(values.controllers)) return values
  return { ...values, controllers: { main: { containers: { main: {} } } } }
}

function enabledEntries(value: unknown): [string, YamlObject][] {
  if (!isObject(value)) return []
  return Object.entries(value).flatMap(([id, entry]) =>
    isObject(entry) && entry.enabled !== false ? [[id, entry] as [string, YamlObject]] : []
  )
}

function mapAt(value: unknown, path: readonly string[]): YamlObject {
  let current = value
  for (const key of path) current = isObject(current) ? current[key] : undefined
  return isObject(current) ? current : {}
}

function fullName(values: YamlObject, releaseName: string): string {
  const global = mapAt(values, ['global'])
  const override = [global.fullnameOverride, values.fullnameOverride].find(
    value => typeof value === 'string' && value !== ''
  )
  if (typeof override === 'string') return override
  const nameOverride = global.nameOverride
  if (typeof nameOverride === 'string' && nameOverride && !releaseName.includes(nameOverride))
    return `${releaseName}-${nameOverride}`
  return releaseName
}

function controllerName(
  id: string,
  controller: YamlObject,
  enabled: number,
  full: string,
  values: YamlObject,
  major: number
): string {
  if (major === 2) {
    if (typeof controller.nameOverride === 'string') return `${full}-${controller.nameOverride}`
    return id === 'main' ? full : `${full}-${id}`
  }
  if (major === 3) {
    if (typeof controller.nameOverride === 'string') return `${full}-${controller.nameOverride}`
    return enabled > 1 ? `${full}-${id}` : full
  }
  if (typeof controller.forceRename === 'string') return controller.forceRename
  return resourceName(id, enabled, full, values)
}

/** 4.x and later: `<full>[-<id>]`, the id added when several are enabled (or always, if asked). */
function resourceName(id: string, enabled: number, full: string, values: YamlObject): string {
  const always = mapAt(values, ['global']).alwaysAppendIdentifierToResourceName === true
  const append = (enabled > 1 || always) && !full.endsWith(`-${id}`) && full !== id
  return (append ? `${full}-${id}` : full).toLowerCase()
}

/** Names of the ConfigMaps and Secrets the chart makes, by identifier, and whether they are in its checksum. */
interface ChartObjects {
  byIdentifier: Map<string, { name: string; checksum: boolean }>
  names: Map<string, boolean>
}

function chartMadeObjects(
  values: YamlObject,
  full: string,
  major: number
): Record<ConfigKind, ChartObjects> {
  return {
    ConfigMap: chartObjectsOf(values.configMaps, full, major, values),
    Secret: chartObjectsOf(values.secrets, full, major, values)
  }
}

function chartObjectsOf(
  value: unknown,
  full: string,
  major: number,
  values: YamlObject
): ChartObjects {
  const entries = enabledEntries(value)
  const byIdentifier = new Map<string, { name: string; checksum: boolean }>()
  for (const [id, entry] of entries) {
    const name =
      typeof entry.forceRename === 'string'
        ? entry.forceRename
        : major === 2
          ? id === 'main'
            ? full
            : `${full}-${id}`
          : major === 3
            ? `${full}-${id}`
            : resourceName(id, entries.length, full, values)
    byIdentifier.set(id, { name, checksum: entry.includeInChecksum !== false })
  }
  const names = new Map([...byIdentifier.values()].map(object => [object.name, object.checksum]))
  return { byIdentifier, names }
}

function containerReferences(
  controller: YamlObject,
  release: ReleaseContext,
  chartObjects: Record<ConfigKind, ChartObjects>,
  major: number
): ChartReference[] {
  const defaults = major >= 3 ? mapAt(controller, ['defaultContainerOptions']) : {}
  const containers = [
    ...Object.entries(mapAt(controller, ['initContainers'])),
    ...Object.entries(mapAt(controller, ['containers']))
  ].filter(([, container]) => isObject(container) && container.enabled !== false)
  return containers.flatMap(([reader, container]) => {
    const own = container as YamlObject
    const env = hasEntries(own.env) ? own.env : defaults.env
    const envFrom = hasEntries(own.envFrom) ? own.envFrom : defaults.envFrom
    const read = (reference: Omit<ChartReference, 'chartChecksum' | 'reader'>) =>
      resolveName({ ...reference, reader }, release, chartObjects)
    return [...envReferences(env).map(read), ...envFromReferences(envFrom, chartObjects).map(read)]
  })
}

function hasEntries(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isObject(value) && Object.keys(value).length > 0
}

type UnresolvedReference = Omit<ChartReference, 'chartChecksum' | 'reader'> & {
  identifier?: boolean
}

/** `env` as a map (`NAME: value | {valueFrom} | {secretKeyRef}`) or as a list of env vars. */
function envReferences(env: unknown): UnresolvedReference[] {
  const entries = Array.isArray(env)
    ? env.filter(isObject)
    : Object.values(isObject(env) ? env : {}).filter(isObject)
  return entries.flatMap(entry => {
    const source = isObject(entry.valueFrom) ? entry.valueFrom : entry
    return (
      [
        ['ConfigMap', source.configMapKeyRef],
        ['Secret', source.secretKeyRef]
      ] as const
    ).flatMap(([kind, ref]) => {
      if (!isObject(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string') return []
      return [
        {
          kind,
          name: ref.name,
          keys: [ref.key],
          optional: ref.optional === true,
          via: 'env' as const
        }
      ]
    })
  })
}

/** `envFrom`: `secretRef`/`configMapRef` by `name` or `identifier`, or the `secret:`/`configMap:` shorthand. */
function envFromReferences(
  envFrom: unknown,
  chartObjects: Record<ConfigKind, ChartObjects>
): UnresolvedReference[] {
  if (!Array.isArray(envFrom)) return []
  return envFrom.filter(isObject).flatMap(entry => {
    const forms = [
      ['ConfigMap', entry.configMapRef, entry.configMap],
      ['Secret', entry.secretRef, entry.secret]
    ] as const
    return forms.flatMap(([kind, ref, shorthand]) => {
      const base = { kind, keys: 'all' as const, via: 'envFrom' as const }
      if (typeof shorthand === 'string') {
        const identifier = chartObjects[kind].byIdentifier.has(shorthand)
        return [{ ...base, name: shorthand, optional: false, identifier }]
      }
      if (!isObject(ref)) return []
      const optional = ref.optional === true
      if (typeof ref.identifier === 'string')
        return [{ ...base, name: ref.identifier, optional, identifier: true }]
      return typeof ref.name === 'string' ? [{ ...base, name: ref.name, optional }] : []
    })
  })
}

/** `persistence` items of type configMap/secret (or a custom volume) mounted in this controller. */
function persistenceReferences(
  values: YamlObject,
  controllerId: string,
  release: ReleaseContext,
  chartObjects: Record<ConfigKind, ChartObjects>
): ChartReference[] {
  return enabledEntries(values.persistence).flatMap(([reader, item]) => {
    if (!isMountedIn(item, controllerId)) return []
    const volume = volumeOf(item)
    if (!volume) return []
    const items = Array.isArray(volume.items)
      ? volume.items
          .filter(isObject)
          .flatMap(entry => (typeof entry.key === 'string' ? [entry.key] : []))
      : []
    const reference = {
      kind: volume.kind,
      name: volume.name,
      identifier: volume.identifier,
      keys: items.length > 0 ? items : ('all' as const),
      optional: volume.optional,
      via: 'volume' as const,
      reader
    }
    return [resolveName(reference, release, chartObjects)]
  })
}

function isMountedIn(item: YamlObject, controllerId: string): boolean {
  const advanced = item.advancedMounts
  if (isObject(advanced) && !isObject(item.globalMounts) && !Array.isArray(item.globalMounts))
    return isObject(advanced[controllerId])
  return true
}

interface VolumeSource {
  kind: ConfigKind
  name: string
  identifier: boolean
  items: unknown
  optional: boolean
}

function volumeOf(item: YamlObject): VolumeSource | undefined {
  const type = String(item.type ?? '')
  if (type === 'configMap' || type === 'secret') {
    const kind = type === 'configMap' ? 'ConfigMap' : 'Secret'
    const identifier = typeof item.identifier === 'string'
    const name = identifier ? item.identifier : item.name
    if (typeof name !== 'string') return undefined
    return { kind, name, identifier, items: item.items, optional: item.optional === true }
  }
  if (type === 'custom' && isObject(item.volumeSpec)) {
    const spec = item.volumeSpec
    return (
      customVolume('ConfigMap', spec.configMap, 'name') ??
      customVolume('Secret', spec.secret, 'secretName')
    )
  }
  return undefined
}

/** A `custom` persistence item's raw volume: `configMap.name` or `secret.secretName`. */
function customVolume(
  kind: ConfigKind,
  source: unknown,
  nameKey: string
): VolumeSource | undefined {
  if (!isObject(source) || typeof source[nameKey] !== 'string') return undefined
  return {
    kind,
    name: source[nameKey],
    identifier: false,
    items: source.items,
    optional: source.optional === true
  }
}

const RELEASE_NAME = /\{\{-?\s*\.Release\.Name\s*-?\}\}/g

/** A name as the chart renders it: `{{ .Release.Name }}` filled in, identifiers turned into names. */
function resolveName(
  reference: UnresolvedReference & { reader: string },
  release: ReleaseContext,
  chartObjects: Record<ConfigKind, ChartObjects>
): ChartReference {
  const { identifier, ...rest } = reference
  const objects = chartObjects[reference.kind]
  if (identifier) {
    const made = objects.byIdentifier.get(reference.name)
    return { ...rest, name: made?.name ?? reference.name, chartChecksum: made?.checksum ?? false }
  }
  const name = reference.name.replace(RELEASE_NAME, release.releaseName)
  return { ...rest, name, chartChecksum: objects.names.get(name) ?? false }
}

/**
 * From 4.3 on, a controller's `pod.annotations` (even `{}`) replaces `defaultPodOptions.annotations`
 * unless `defaultPodOptionsStrategy: merge`: creating it would silently drop those defaults.
 */
function droppedDefaults(
  values: YamlObject,
  controller: YamlObject,
  version: string | undefined
): Record<string, string> {
  if (version !== undefined && !versionAtLeast(version, 4, 3)) return {}
  if (values.defaultPodOptionsStrategy === 'merge') return {}
  if (isObject(mapAt(controller, ['pod']).annotations)) return {}
  const defaults = mapAt(values, ['defaultPodOptions', 'annotations'])
  return Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, String(value)]))
}

/** 1.x: one `controller`, containers' env at the top level, `podAnnotations` for the pod. */
function renderVersionOne(values: YamlObject, release: ReleaseContext): RenderedController[] {
  const controller = mapAt(values, ['controller'])
  if (controller.enabled === false) return []
  const empty = {
    ConfigMap: chartObjectsOf({}, '', 1, values),
    Secret: chartObjectsOf({}, '', 1, values)
  }
  const read = (reader: string) => (reference: UnresolvedReference) =>
    resolveName({ ...reference, reader }, release, empty)
  const containers: [string, unknown][] = [
    ['main', values],
    ...Object.entries(mapAt(values, ['initContainers'])),
    ...Object.entries(mapAt(values, ['additionalContainers']))
  ]
  const references = containers.flatMap(([reader, container]) => {
    const source = isObject(container) ? container : {}
    return [
      ...envReferences(source.env).map(read(reader)),
      ...envFromReferences(source.envFrom, empty).map(read(reader))
    ]
  })
  const persistence = enabledEntries(values.persistence).flatMap(([reader, item]) => {
    const volume = volumeOf(item)
    if (!volume) return []
    return [resolveName({ ...volume, keys: 'all', via: 'volume', reader }, release, empty)]
  })
  return [
    {
      id: 'main',
      kind: WORKLOAD_KINDS[String(controller.type ?? 'deployment').toLowerCase()] ?? 'Deployment',
      name: fullName(values, release.releaseName),
      references: [...references, ...persistence],
      podAnnotationsPath: ['podAnnotations'],
      podAnnotations: mapAt(values, ['podAnnotations']),
      companions: {},
      annotations: mapAt(controller, ['annotations'])
    }
  ]
}

/**
 * The annotations the chart puts on a controller's pod template (leaving out its own checksum
 * annotations): 1.x reads `podAnnotations`; up to 4.2 `pod.annotations` wins per key over
 * `defaultPodOptions.annotations`; from 4.3 on, under the default `overwrite` strategy, a
 * controller's `pod.annotations` map replaces the defaults whole.
 */
export function effectivePodAnnotations(
  values: YamlObject,
  controllerId: string,
  version: string | undefined
): YamlObject {
  if ((majorVersion(version) ?? 5) <= 1) return mapAt(values, ['podAnnotations'])
  const pod = mapAt(values, ['controllers', controllerId, 'pod'])
  const defaults = mapAt(values, ['defaultPodOptions', 'annotations'])
  const own = isObject(pod.annotations) ? pod.annotations : undefined
  const overwrite =
    (version === undefined || versionAtLeast(version, 4, 3)) &&
    values.defaultPodOptionsStrategy !== 'merge'
  if (overwrite && own) return { ...own }
  return { ...defaults, ...own }
}
