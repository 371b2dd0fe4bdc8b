import type { CachedId, ResId } from './resource-id.js'
import { cachedResId, sameResId } from './resource-id.js'
import type { Origin, YamlObject } from './types.js'

export type GeneratorBehavior = 'create' | 'merge' | 'replace'

/** A resource during a build, with the bookkeeping kustomize keeps in internal annotations. */
export interface WorkingResource {
  object: YamlObject
  origin: Origin
  /** Ids the resource had before renames, oldest first (kustomize's previousNames etc.). */
  previousIds: ResId[]
  /** Name prefixes and suffixes applied so far, innermost first, empty ones included. */
  prefixes: string[]
  suffixes: string[]
  /** Set on generated ConfigMaps and Secrets. */
  generator?: { behavior: GeneratorBehavior; needsHash: boolean }
  /** Names of the `vars` whose objref names this resource (kustomize's refVarNames). */
  refVarNames?: string[]
  /** The current id, kept here: the hottest lookup of a build. */
  idCache?: CachedId
}

export function newWorkingResource(object: YamlObject, origin: Origin): WorkingResource {
  return { object, origin, previousIds: [], prefixes: [], suffixes: [], idCache: undefined }
}

export function currentId(resource: WorkingResource): ResId {
  const cached = cachedResId(resource.object, resource.idCache)
  if (cached !== resource.idCache) resource.idCache = cached
  return cached.id
}

export function originalId(resource: WorkingResource): ResId {
  return resource.previousIds[0] ?? currentId(resource)
}

/** Every id the resource has had, the current one last (kustomize's PrevIds). */
export function allIds(resource: WorkingResource): ResId[] {
  return [...resource.previousIds, currentId(resource)]
}

/** The resources that have, or once had, this id (kustomize's GetMatchingResourcesByAnyId). */
export function resourcesWithAnyId(
  resources: readonly WorkingResource[],
  id: ResId
): WorkingResource[] {
  return resources.filter(resource => allIds(resource).some(other => sameResId(other, id)))
}

export function storePreviousId(resource: WorkingResource): void {
  resource.previousIds.push(currentId(resource))
}
