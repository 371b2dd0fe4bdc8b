import { gvkOf } from './resource-id.js'
import { isObject } from '../shared/objects.js'
import type { FieldSpec } from './transformer-config.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { editable, editableMetadata } from './working-resource.js'

/** What to create where a field spec with `create: true` finds nothing. */
export type CreateKind = 'map' | 'scalar'

/** A located field: `holder[key]` is the value; assign to it to change the field. */
export interface FieldLocation {
  holder: YamlObject | unknown[]
  key: string | number
}

/** Splits a field-spec path on `/`, where `\/` stands for a slash inside a key. */
function splitFieldPath(path: string): string[] {
  let segments = splitPaths.get(path)
  if (!segments) {
    segments = path.split(/(?<!\\)\//).map(segment => segment.replace(/\\\//g, '/'))
    splitPaths.set(path, segments)
  }
  return segments
}

const splitPaths = new Map<string, string[]>()

export function fieldSpecSelects(spec: FieldSpec, object: YamlObject): boolean {
  if (!spec.kind && !spec.group && !spec.version) return true
  const gvk = gvkOf(object)
  if (spec.kind && spec.kind !== gvk.kind) return false
  if (spec.group && spec.group !== gvk.group) return false
  if (spec.version && spec.version !== gvk.version) return false
  return true
}

/**
 * Visits every field a spec names in `object`, walking into each element of lists on the way,
 * as kustomize's fieldspec filter does. Creates missing fields only when the spec says
 * `create: true` and a create kind is given; a `[]` segment is a list that is never created.
 */
export function visitFieldSpec(
  object: YamlObject,
  spec: FieldSpec,
  createKind: CreateKind | undefined,
  visit: (location: FieldLocation) => void
): void {
  if (!fieldSpecSelects(spec, object)) return
  const create = spec.create === true ? createKind : undefined
  walk(object, splitFieldPath(spec.path), 0, create, visit)
}

// `segments` from `at` on are the rest of the path (an index, so no array is made per step).
function walk(
  node: unknown,
  segments: string[],
  at: number,
  create: CreateKind | undefined,
  visit: (location: FieldLocation) => void
): void {
  if (Array.isArray(node)) {
    for (const element of node) walk(element, segments, at, create, visit)
    return
  }
  if (!isObject(node)) return
  const segment = segments[at]
  if (segment === undefined) return
  const last = at + 1 >= segments.length
  const isList = segment.endsWith('[]')
  const key = isList ? segment.slice(0, -2) : segment
  let value = node[key]
  if ((value === undefined || value === null) && create && !isList) {
    value = last && create === 'scalar' ? '' : {}
    node[key] = value
  } else if (value === undefined) {
    return
  }
  if (last) {
    visit({ holder: node, key })
    return
  }
  walk(value, segments, at + 1, create, visit)
}

/**
 * visitFieldSpec for a visitor that edits what it visits. A field of the resource's own metadata
 * (metadata/name, metadata/labels...) needs only the metadata map copied, if the resource still
 * shares it with the parse; the visitor then replaces the field's value, never edits inside it.
 * Any other field the spec selects has the whole object copied first.
 */
export function editFieldSpec(
  resource: WorkingResource,
  spec: FieldSpec,
  createKind: CreateKind | undefined,
  visit: (location: FieldLocation) => void
): void {
  if (!fieldSpecSelects(spec, resource.object)) return
  if (!OWN_METADATA_FIELD.test(spec.path)) editable(resource)
  else if (isObject(resource.object.metadata)) editableMetadata(resource)
  visitFieldSpec(resource.object, spec, createKind, visit)
}

const OWN_METADATA_FIELD = /^metadata\/[^/\\[\]]+$/

/** Values of every field a spec names; used to test for a field without changing anything. */
export function hasField(object: YamlObject, spec: FieldSpec): boolean {
  let found = false
  visitFieldSpec(object, { ...spec, create: false }, undefined, () => {
    found = true
  })
  return found
}
