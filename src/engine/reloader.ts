import type { ConfigKind } from './workloads.js'

/** Stakater Reloader's annotations, as it reads them on a workload (or its pod template). */
const AUTO = 'reloader.stakater.com/auto'
const AUTO_BY_KIND: Record<ConfigKind, string> = {
  ConfigMap: 'configmap.reloader.stakater.com/auto',
  Secret: 'secret.reloader.stakater.com/auto'
}
const RELOAD_BY_KIND: Record<ConfigKind, string> = {
  ConfigMap: 'configmap.reloader.stakater.com/reload',
  Secret: 'secret.reloader.stakater.com/reload'
}
const SEARCH = 'reloader.stakater.com/search'
/** On a ConfigMap or Secret: Reloader restarts `search` workloads that read it. */
export const MATCH = 'reloader.stakater.com/match'

export type ReloaderWatch = (
  kind: ConfigKind,
  name: string,
  objectAnnotations: Record<string, unknown>
) => boolean

/**
 * Which references Reloader restarts a workload for: all of them under `auto`, one kind under
 * `configmap/secret.reloader.stakater.com/auto`, the named ones under `.../reload: a,b`, and
 * under `search` those whose object carries `match: "true"`.
 */
export function reloaderWatch(annotations: Record<string, unknown>): ReloaderWatch | undefined {
  const on = (key: string) => String(annotations[key]).toLowerCase() === 'true'
  const named = (kind: ConfigKind) =>
    String(annotations[RELOAD_BY_KIND[kind]] ?? '')
      .split(',')
      .map(name => name.trim())
      .filter(Boolean)
  const anyAnnotation =
    on(AUTO) ||
    on(SEARCH) ||
    (['ConfigMap', 'Secret'] as const).some(
      kind => on(AUTO_BY_KIND[kind]) || named(kind).length > 0
    )
  if (!anyAnnotation) return undefined
  return (kind, name, objectAnnotations) =>
    on(AUTO) ||
    on(AUTO_BY_KIND[kind]) ||
    named(kind).includes(name) ||
    (on(SEARCH) && String(objectAnnotations[MATCH]).toLowerCase() === 'true')
}
