import { annotationsOf, apiGroupOf, asList, asMap, asString, getIn, kindOf } from './objects.js'
import type { KObject } from './objects.js'

export const CONFIG_HASH_ANNOTATION = 'gitops-reloader/config-hash'
export const IGNORE_ANNOTATION = 'gitops-reloader/ignore'

/** Where each workload kind keeps the pod template the annotation goes into. */
const POD_TEMPLATE_PATHS: Record<string, readonly string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Rollout: ['spec', 'template']
}

export interface WorkloadShape {
  kind: string
  /** The pod template of a workload written as such; empty for one a chart renders. */
  templatePath: readonly string[]
  /** Where the pod annotations sit in the source object: the pod template's, or chart values. */
  annotationsPath: readonly string[]
  /** A Job's pod template is immutable: it is reported, never annotated. */
  annotatable: boolean
  /** Annotations to write beside a new hash (chart defaults that creating the map would drop). */
  companions?: Readonly<Record<string, string>>
  /** The annotation key that holds the hash (`gitops-reloader/config-hash` unless configured). */
  hashKey: string
}

export function workloadShape(
  object: KObject,
  hashKey: string = CONFIG_HASH_ANNOTATION
): WorkloadShape | undefined {
  const kind = kindOf(object)
  const templatePath = POD_TEMPLATE_PATHS[kind]
  if (!templatePath) return undefined
  if (kind === 'Rollout' && apiGroupOf(object) !== 'argoproj.io') return undefined
  if (!getIn(object, [...templatePath, 'spec'])) return undefined
  const annotationsPath = [...templatePath, 'metadata', 'annotations']
  return { kind, templatePath, annotationsPath, annotatable: kind !== 'Job', hashKey }
}

/** Keys a created `metadata:` goes before, so a pod template reads metadata, then spec. */
export const INSERT_BEFORE = ['spec'] as const

export function annotationPath(shape: WorkloadShape): string[] {
  return [...shape.annotationsPath, shape.hashKey]
}

export function currentConfigHash(object: KObject, shape: WorkloadShape): string | undefined {
  return asString(getIn(object, annotationPath(shape)))
}

export function isIgnored(object: KObject, shape: WorkloadShape): boolean {
  const templateMetadata = { metadata: getIn(object, [...shape.templatePath, 'metadata']) }
  return [annotationsOf(object), annotationsOf(templateMetadata)].some(
    annotations => String(annotations[IGNORE_ANNOTATION]).toLowerCase() === 'true'
  )
}

export type ConfigKind = 'ConfigMap' | 'Secret'
export type ReferenceVia = 'env' | 'envFrom' | 'volume' | 'projected' | 'imagePullSecrets'

/** One place a pod template reads a ConfigMap or Secret. `keys: 'all'` reads every key. */
export interface ConfigReference {
  kind: ConfigKind
  name: string
  keys: readonly string[] | 'all'
  optional: boolean
  via: ReferenceVia
  /** The container that reads it, or the volume's name. */
  reader: string
}

export function podSpecOf(object: KObject, shape: WorkloadShape): Record<string, unknown> {
  return asMap(getIn(object, [...shape.templatePath, 'spec']))
}

export function findReferences(podSpec: Record<string, unknown>): ConfigReference[] {
  return [
    ...containerReferences(podSpec),
    ...volumeReferences(podSpec),
    ...pullSecretReferences(podSpec)
  ]
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const

function containerReferences(podSpec: Record<string, unknown>): ConfigReference[] {
  return CONTAINER_LISTS.flatMap(list =>
    asList(podSpec[list]).flatMap(container => {
      const reader = asString(asMap(container)['name']) ?? list
      return [
        ...envReferences(asMap(container), reader),
        ...envFromReferences(asMap(container), reader)
      ]
    })
  )
}

function envReferences(container: Record<string, unknown>, reader: string): ConfigReference[] {
  return asList(container['env']).flatMap(entry => {
    const valueFrom = asMap(asMap(entry)['valueFrom'])
    const keyRefs: [ConfigKind, unknown][] = [
      ['ConfigMap', valueFrom['configMapKeyRef']],
      ['Secret', valueFrom['secretKeyRef']]
    ]
    return keyRefs.flatMap(([kind, ref]) => {
      const name = asString(asMap(ref)['name'])
      const key = asString(asMap(ref)['key'])
      if (!name || key === undefined) return []
      return [{ kind, name, keys: [key], optional: isOptional(ref), via: 'env' as const, reader }]
    })
  })
}

function envFromReferences(container: Record<string, unknown>, reader: string): ConfigReference[] {
  return asList(container['envFrom']).flatMap(entry => {
    const sources: [ConfigKind, unknown][] = [
      ['ConfigMap', asMap(entry)['configMapRef']],
      ['Secret', asMap(entry)['secretRef']]
    ]
    return sources.flatMap(([kind, ref]) => {
      const name = asString(asMap(ref)['name'])
      if (!name) return []
      return [
        {
          kind,
          name,
          keys: 'all' as const,
          optional: isOptional(ref),
          via: 'envFrom' as const,
          reader
        }
      ]
    })
  })
}

function volumeReferences(podSpec: Record<string, unknown>): ConfigReference[] {
  return asList(podSpec['volumes']).flatMap(entry => {
    const volume = asMap(entry)
    const reader = asString(volume['name']) ?? 'volume'
    const configMap = asMap(volume['configMap'])
    const secret = asMap(volume['secret'])
    const projected = asList(asMap(volume['projected'])['sources'])
    return [
      ...volumeSource('ConfigMap', asString(configMap['name']), configMap, 'volume', reader),
      ...volumeSource('Secret', asString(secret['secretName']), secret, 'volume', reader),
      ...projected.flatMap(source => {
        const projectedConfigMap = asMap(asMap(source)['configMap'])
        const projectedSecret = asMap(asMap(source)['secret'])
        return [
          ...volumeSource(
            'ConfigMap',
            asString(projectedConfigMap['name']),
            projectedConfigMap,
            'projected',
            reader
          ),
          ...volumeSource(
            'Secret',
            asString(projectedSecret['name']),
            projectedSecret,
            'projected',
            reader
          )
        ]
      })
    ]
  })
}

function volumeSource(
  kind: ConfigKind,
  name: string | undefined,
  source: Record<string, unknown>,
  via: ReferenceVia,
  reader: string
): ConfigReference[] {
  if (!name) return []
  const items = asList(source['items']).flatMap(item => asString(asMap(item)['key']) ?? [])
  const keys = items.length > 0 ? items : ('all' as const)
  return [{ kind, name, keys, optional: isOptional(source), via, reader }]
}

function pullSecretReferences(podSpec: Record<string, unknown>): ConfigReference[] {
  return asList(podSpec['imagePullSecrets']).flatMap(entry => {
    const name = asString(asMap(entry)['name'])
    if (!name) return []
    return [
      {
        kind: 'Secret' as const,
        name,
        keys: 'all' as const,
        optional: true,
        via: 'imagePullSecrets' as const,
        reader: 'imagePullSecrets'
      }
    ]
  })
}

function isOptional(ref: unknown): boolean {
  return asMap(ref)['optional'] === true
}
