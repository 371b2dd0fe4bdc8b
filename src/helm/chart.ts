import { isObject } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'

/** Which chart a HelmRelease installs, at which version, as far as the repository says. */
export interface ChartIdentity {
  name: string
  /** The version or tag asked for; undefined when the source does not pin one. */
  version: string | undefined
  /** The source object, as `Kind/namespace/name`. */
  source: string | undefined
}

export type SourceLookup = (kind: string, namespace: string, name: string) => YamlObject | undefined

/**
 * The chart of a HelmRelease: `spec.chart.spec` names it (HelmRepository, OCI HelmRepository or
 * GitRepository source, where `chart` is a path); `spec.chartRef` points at an OCIRepository,
 * whose URL ends with the chart name and whose ref holds the version, or at a HelmChart.
 */
export function chartOf(
  release: YamlObject,
  namespace: string,
  findSource: SourceLookup
): ChartIdentity | undefined {
  const spec = isObject(release.spec) ? release.spec : {}
  const template = isObject(spec.chart) && isObject(spec.chart.spec) ? spec.chart.spec : undefined
  if (template) return fromTemplate(template, namespace)
  if (isObject(spec.chartRef)) return fromReference(spec.chartRef, namespace, findSource)
  return undefined
}

function fromTemplate(template: YamlObject, namespace: string): ChartIdentity | undefined {
  if (typeof template.chart !== 'string') return undefined
  const source = isObject(template.sourceRef) ? template.sourceRef : {}
  return {
    name: lastSegment(template.chart),
    version: typeof template.version === 'string' ? template.version : undefined,
    source: describe(source, namespace)
  }
}

function fromReference(
  reference: YamlObject,
  namespace: string,
  findSource: SourceLookup
): ChartIdentity | undefined {
  const kind = typeof reference.kind === 'string' ? reference.kind : ''
  const name = typeof reference.name === 'string' ? reference.name : ''
  const sourceNamespace = typeof reference.namespace === 'string' ? reference.namespace : namespace
  const source = findSource(kind, sourceNamespace, name)
  const spec = source && isObject(source.spec) ? source.spec : undefined
  if (!spec) return undefined
  if (kind === 'HelmChart') return fromTemplate(spec, sourceNamespace)
  if (typeof spec.url !== 'string') return undefined
  const ref = isObject(spec.ref) ? spec.ref : {}
  const version = [ref.tag, ref.semver, ref.digest].find(value => typeof value === 'string')
  return {
    name: lastSegment(spec.url),
    version: version as string | undefined,
    source: `${kind}/${sourceNamespace}/${name}`
  }
}

function lastSegment(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? path
}

function describe(source: YamlObject, namespace: string): string | undefined {
  if (typeof source.kind !== 'string' || typeof source.name !== 'string') return undefined
  const sourceNamespace = typeof source.namespace === 'string' ? source.namespace : namespace
  return `${source.kind}/${sourceNamespace}/${source.name}`
}

/** The major version of a chart version like `5.1.0`, `v3.7.3` or `3.x`; undefined if unknown. */
export function majorVersion(version: string | undefined): number | undefined {
  const match = /^v?(\d+)/.exec(version ?? '')
  return match ? Number(match[1]) : undefined
}

/** Major and minor, for rules that changed within a major version (4.3 changed pod annotations). */
export function versionAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '')
  if (!match) return (majorVersion(version) ?? 0) > major
  const [actualMajor, actualMinor] = [Number(match[1]), Number(match[2])]
  return actualMajor > major || (actualMajor === major && actualMinor >= minor)
}
