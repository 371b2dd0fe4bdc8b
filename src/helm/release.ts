import { isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'
import { renderAppTemplate } from './app-template.js'
import type { ChartReference, RenderedController } from './app-template.js'
import { chartOf } from './chart.js'
import type { ChartIdentity, SourceLookup } from './chart.js'
import { mergeValues } from './values.js'
import type { MergedValues, ValuesSource } from './values.js'

export const POD_ANNOTATIONS_PATH_ANNOTATION = 'gitops-reloader/pod-annotations-path'
export const WATCH_ANNOTATION = 'gitops-reloader/watch'

/** A Flux HelmRelease as helm-controller would install it, and the workloads it renders. */
export interface HelmReleaseView {
  releaseName: string
  namespace: string
  chart: ChartIdentity | undefined
  values: MergedValues
  workloads: RenderedController[]
}

export interface ReleaseLookups {
  findSource: SourceLookup
  findValues: (
    kind: 'ConfigMap' | 'Secret',
    namespace: string,
    name: string
  ) => ValuesSource | undefined
}

export function isHelmRelease(object: YamlObject): boolean {
  return (
    object.kind === 'HelmRelease' &&
    typeof object.apiVersion === 'string' &&
    object.apiVersion.startsWith('helm.toolkit.fluxcd.io/')
  )
}

/**
 * Reads a HelmRelease as built by its root (after kustomize and postBuild substitution): the
 * release name and namespace as helm-controller derives them, the chart, the merged values, and
 * the workloads: every app-template controller, or for another chart one workload whose pod
 * annotations sit at a known values path and whose references are named explicitly.
 */
export function readHelmRelease(release: YamlObject, lookups: ReleaseLookups): HelmReleaseView {
  const metadata = isObject(release.metadata) ? release.metadata : {}
  const spec = isObject(release.spec) ? release.spec : {}
  const name = typeof metadata.name === 'string' ? metadata.name : ''
  const ownNamespace = typeof metadata.namespace === 'string' ? metadata.namespace : ''
  const targetNamespace = typeof spec.targetNamespace === 'string' ? spec.targetNamespace : ''
  const releaseName =
    typeof spec.releaseName === 'string' && spec.releaseName
      ? spec.releaseName
      : targetNamespace
        ? `${targetNamespace}-${name}`
        : name
  const chart = chartOf(release, ownNamespace, lookups.findSource)
  const values = mergeValues(spec, (kind, sourceName) =>
    lookups.findValues(kind, ownNamespace, sourceName)
  )
  const context = { releaseName, version: chart?.version }
  const workloads =
    chart?.name === 'app-template'
      ? renderAppTemplate(values.values, context).map(workload => ({
          ...workload,
          references: [...workload.references, ...valuesFromReferences(values)]
        }))
      : otherChartWorkload(metadata, values, chart, releaseName)
  return { releaseName, namespace: targetNamespace || ownNamespace, chart, values, workloads }
}

/** Pod-annotation values paths of well-known charts (docs/helm.md); others use `podAnnotations`. */
const POD_ANNOTATION_PATHS: Record<string, string> = {
  'ingress-nginx': 'controller.podAnnotations',
  'kube-prometheus-stack': 'prometheusOperator.podAnnotations',
  postgresql: 'primary.podAnnotations',
  reloader: 'reloader.deployment.pod.annotations'
}

function otherChartWorkload(
  metadata: YamlObject,
  values: MergedValues,
  chart: ChartIdentity | undefined,
  releaseName: string
): RenderedController[] {
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {}
  const references = [
    ...watchedReferences(annotations[WATCH_ANNOTATION]),
    ...reloaderReferences(values.values),
    ...valuesFromReferences(values)
  ]
  if (references.length === 0) return []
  const explicit = annotations[POD_ANNOTATIONS_PATH_ANNOTATION]
  const path = (
    typeof explicit === 'string' && isValuesPath(explicit)
      ? explicit
      : (POD_ANNOTATION_PATHS[chart?.name ?? ''] ?? 'podAnnotations')
  ).split('.')
  return [
    {
      id: '',
      kind: 'Deployment',
      name: releaseName,
      references,
      podAnnotationsPath: path,
      podAnnotations: mapAt(values.values, path),
      companions: {},
      annotations: {}
    }
  ]
}

/**
 * The values a release reads from ConfigMaps and Secrets: hashing them into its inline values
 * makes a change upgrade the release even without Flux's watch label.
 */
function valuesFromReferences(values: MergedValues): ChartReference[] {
  return values.references.map(reference => ({
    kind: reference.kind,
    name: reference.name,
    keys: [reference.valuesKey],
    optional: reference.optional,
    via: 'envFrom' as const,
    reader: 'valuesFrom',
    chartChecksum: false
  }))
}

/** A dotted values path of plain keys: no empty segment, none that names an object's prototype. */
function isValuesPath(path: string): boolean {
  return path
    .split('.')
    .every(key => key !== '' && key !== '__proto__' && key !== 'constructor' && key !== 'prototype')
}

/** `gitops-reloader/watch: configmap/a,secret/b`. */
function watchedReferences(value: unknown): ChartReference[] {
  if (typeof value !== 'string') return []
  return value.split(',').flatMap(entry => {
    const [type, name] = entry.trim().split('/')
    const kind =
      type?.toLowerCase() === 'secret'
        ? 'Secret'
        : type?.toLowerCase() === 'configmap'
          ? 'ConfigMap'
          : undefined
    if (!kind || !name) return []
    return [
      {
        kind,
        name,
        keys: 'all',
        optional: false,
        via: 'envFrom',
        reader: 'watch',
        chartChecksum: false
      }
    ]
  })
}

const RELOADER_RELOAD = /^(configmap|secret)\.reloader\.stakater\.com\/reload$/

/** Reloader's `configmap/secret.reloader.stakater.com/reload: a,b` anywhere in the values. */
function reloaderReferences(values: unknown, depth = 0): ChartReference[] {
  if (!isObject(values) || depth > 20) return []
  return Object.entries(values).flatMap(([key, value]) => {
    const match = RELOADER_RELOAD.exec(key)
    if (match && typeof value === 'string')
      return value.split(',').flatMap(name =>
        name.trim()
          ? [
              {
                kind: match[1] === 'secret' ? ('Secret' as const) : ('ConfigMap' as const),
                name: name.trim(),
                keys: 'all' as const,
                optional: false,
                via: 'envFrom' as const,
                reader: 'reloader annotation',
                chartChecksum: false
              }
            ]
          : []
      )
    return reloaderReferences(value, depth + 1)
  })
}

function mapAt(value: unknown, path: readonly string[]): YamlObject {
  let current = value
  for (const key of path) current = isObject(current) ? current[key] : undefined
  return isObject(current) ? current : {}
}
