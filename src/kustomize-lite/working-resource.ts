import type { CachedId, ResId } from './resource-id.js'
import { cachedResId, sameResId } from './resource-id.js'
import type { Origin, YamlObject } from './types.js'
import { isObject } from '../shared/objects.js'
import { cloneKeepingNullMarks, shallowCopyKeepingNullMarks } from './yaml-documents.js'

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
  /**
   * What of `object` the build owns: a resource read from a file starts as a copy of its top map
   * only, the rest shared with the parse (and every other build), and is copied before an edit:
   * its metadata map alone for a field of its own (`editableMetadata`), else whole (`editable`).
   */
  owns: 'all' | 'top' | 'top-and-metadata'
}

export function newWorkingResource(
  object: YamlObject,
  origin: Origin,
  owns: WorkingResource['owns'] = 'all'
): WorkingResource {
  return { object, origin, previousIds: [], prefixes: [], suffixes: [], idCache: undefined, owns }
}

/** A resource whose object is a parsed document: only its top map is copied until an edit. */
export function sharingWorkingResource(document: YamlObject, origin: Origin): WorkingResource {
  return newWorkingResource(shallowCopyKeepingNullMarks(document), origin, 'top')
}

/** The object, to edit anywhere: copied whole first if it still shares nodes with the parse. */
export function editable(resource: WorkingResource): YamlObject {
  if (resource.owns !== 'all') replaceObject(resource, cloneKeepingNullMarks(resource.object))
  return resource.object
}

/**
 * The metadata map, to set its own fields (name, namespace, or a whole new labels map): copied
 * alone first if it is still shared, and made if missing or not a map.
 */
export function editableMetadata(resource: WorkingResource): YamlObject {
  const object = resource.object
  const metadata = object.metadata
  if (!isObject(metadata)) {
    const created: YamlObject = {}
    object.metadata = created
    if (resource.owns === 'top') resource.owns = 'top-and-metadata'
    return created
  }
  if (resource.owns !== 'top') return metadata
  const copy = shallowCopyKeepingNullMarks(metadata)
  object.metadata = copy
  resource.owns = 'top-and-metadata'
  return copy
}

/** Gives the resource a new object of its own (a patch's result, a generator's merge). */
export function replaceObject(resource: WorkingResource, object: YamlObject): void {
  resource.object = object
  resource.owns = 'all'
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
