import { mergeAssociativeList } from './associative-list.js'
import { elementSchema, fieldSchema, schemaForResourceType, type NodeSchema } from './schema.js'
import { deepClone, isObject, type YamlObject } from '../../shared/objects.js'
import { cloneKeepingNullMarks, isTextualNull } from '../yaml-documents.js'

/**
 * An emulation of kyaml's merge2 walker as kustomize v5.5 runs it for `patches:`: it mutates the
 * destination in place (kustomize keeps only in-place changes of the resource root), missing
 * values are `undefined`, YAML nulls are `null`, and a returned `undefined` clears the field.
 */

const DIRECTIVE = '$patch'
type Directive = 'merge' | 'replace' | 'delete'

export function applyStrategicMergePatch(target: YamlObject, patch: YamlObject): YamlObject {
  const destination = cloneKeepingNullMarks(target)
  const merged = mergeNodes(destination, deepClone(patch), undefined)
  if (merged === undefined) return {}
  keepIdentityOf(target, destination)
  return destination
}

/**
 * kustomize restores kind, name and namespace after a patch: patches never rename. The group and
 * version stay too: a targeted patch written for another version (a HelmRelease patch for
 * `v2beta1` on a `v2beta2` object) does not change the target's apiVersion.
 */
function keepIdentityOf(original: YamlObject, patched: YamlObject): void {
  if (original.kind !== undefined) patched.kind = original.kind
  if (original.apiVersion !== undefined) patched.apiVersion = original.apiVersion
  const originalMetadata = isObject(original.metadata) ? original.metadata : {}
  if (!isObject(patched.metadata)) return
  for (const field of ['name', 'namespace']) {
    if (originalMetadata[field] === undefined) delete patched.metadata[field]
    else patched.metadata[field] = originalMetadata[field]
  }
}

function mergeNodes(dest: unknown, origin: unknown, schema: NodeSchema | undefined): unknown {
  const nodeSchema = schema ?? schemaFromTypeMeta(dest, origin)
  switch (nodeKind(dest, origin)) {
    case 'list':
      return mergeList(dest, origin, nodeSchema)
    case 'scalar':
      return mergeScalar(dest, origin)
    default:
      return mergeMap(dest, origin, nodeSchema)
  }
}

type NodeKind = 'map' | 'list' | 'scalar' | 'none'

function kindOf(value: unknown): NodeKind {
  if (value === undefined || value === null) return 'none'
  if (Array.isArray(value)) return 'list'
  return isObject(value) ? 'map' : 'scalar'
}

/** The kind of the first present, non-null source; kyaml rejects a patch of another kind. */
function nodeKind(dest: unknown, origin: unknown): NodeKind {
  const destKind = kindOf(dest)
  const originKind = kindOf(origin)
  if (destKind !== 'none' && originKind !== 'none' && destKind !== originKind) {
    throw new Error(
      `strategic merge patch: cannot merge a ${originKind} into a ${destKind} (kustomize refuses it too)`
    )
  }
  return destKind === 'none' ? originKind : destKind
}

function schemaFromTypeMeta(...sources: unknown[]): NodeSchema | undefined {
  for (const source of sources) {
    if (!isObject(source)) continue
    const { apiVersion, kind } = source
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue
    if (apiVersion === '' || kind === '') continue
    const schema = schemaForResourceType(apiVersion, kind)
    if (schema) return schema
  }
  return undefined
}

function mergeScalar(dest: unknown, origin: unknown): unknown {
  if (origin === null) return undefined
  return origin !== undefined ? origin : dest
}

function mergeMap(dest: unknown, origin: unknown, schema: NodeSchema | undefined): unknown {
  const target = chooseMapTarget(dest, origin)
  if (!isObject(target)) return target
  if (!isObject(origin)) return mergeUnpatched(target, schema)
  for (const key of sortedFieldNames(target, origin)) {
    const value = origin[key]
    if (value === undefined) dropEmptyValues(target, key, schema)
    else setField(target, key, mergeNodes(target[key], value, fieldSchema(schema, key)))
  }
  return target
}

/**
 * A destination subtree the patch does not mention: kyaml still walks it, so its empty values
 * go and its associative lists are merged with themselves. What this does not touch (scalars,
 * plain lists) is left alone, in any order, since no field is added.
 */
function mergeUnpatched(node: unknown, schema: NodeSchema | undefined): unknown {
  if (Array.isArray(node)) return schema?.listMerge ? mergeList(node, undefined, schema) : node
  if (!isObject(node)) return node
  const nodeSchema = schema ?? schemaFromTypeMeta(node)
  for (const key of Object.keys(node)) dropEmptyValues(node, key, nodeSchema)
  return node
}

// kyaml keeps a null the destination writes as text (`null`, `~`) when the patch does not
// mention the field, and drops an empty value (`key:`).
function dropEmptyValues(target: YamlObject, key: string, schema: NodeSchema | undefined): void {
  const value = target[key]
  if (value === undefined) {
    delete target[key]
  } else if (value === null) {
    if (!isTextualNull(target, key)) delete target[key]
  } else if (typeof value === 'object') {
    const merged = mergeUnpatched(value, fieldSchema(schema, key))
    if (merged !== value) setField(target, key, merged)
  }
}

/** VisitMap: which node receives the fields, or what replaces the whole map. */
function chooseMapTarget(dest: unknown, origin: unknown): unknown {
  if (dest === undefined || dest === null) {
    if (isObject(origin) && takeMapDirective(origin) === 'delete') return undefined
    // kyaml keeps a null the destination spells out when the patch does not mention the field.
    if (origin === undefined && dest === null) return null
    return origin === null ? undefined : origin
  }
  if (origin === null) return undefined
  const directive = isObject(origin) ? takeMapDirective(origin) : 'merge'
  if (directive === 'delete') return undefined
  return directive === 'replace' ? origin : dest
}

function sortedFieldNames(target: YamlObject, origin: YamlObject | undefined): string[] {
  const names = new Set(Object.keys(target))
  for (const key of Object.keys(origin ?? {})) names.add(key)
  return [...names].sort()
}

function setField(map: YamlObject, key: string, value: unknown): void {
  if (value === undefined) delete map[key]
  else map[key] = value
}

function mergeList(dest: unknown, origin: unknown, schema: NodeSchema | undefined): unknown {
  if (!schema?.listMerge) return origin === null ? undefined : origin !== undefined ? origin : dest
  const target = chooseListTarget(dest, origin)
  if (!Array.isArray(target)) return target
  return mergeAssociativeList({
    target,
    origin: Array.isArray(origin) ? origin : undefined,
    keys: schema.listMerge.keys,
    mergeElements: (destElement, originElement) =>
      mergeNodes(destElement, originElement, elementSchema(schema))
  })
}

/** VisitList for a list with a merge strategy. */
function chooseListTarget(dest: unknown, origin: unknown): unknown {
  if (dest === undefined || dest === null) return origin
  if (origin === null) return undefined
  const directive = Array.isArray(origin) ? takeListDirective(origin) : 'merge'
  if (directive === 'delete') return undefined
  return directive === 'replace' ? origin : dest
}

function parseDirective(value: unknown): Directive {
  if (value === 'merge' || value === 'replace' || value === 'delete') return value
  throw new Error(`strategic merge patch: unknown patch strategy '${String(value)}'`)
}

function takeMapDirective(origin: YamlObject): Directive {
  if (!Object.hasOwn(origin, DIRECTIVE)) return 'merge'
  const directive = parseDirective(origin[DIRECTIVE])
  delete origin[DIRECTIVE]
  return directive
}

/** A list directive is an element holding only `$patch`; kyaml drops every such element. */
function takeListDirective(origin: unknown[]): Directive {
  const holder = origin.find(element => isObject(element) && Object.hasOwn(element, DIRECTIVE))
  if (!isObject(holder) || Object.keys(holder).length > 1) return 'merge'
  const directive = parseDirective(holder[DIRECTIVE])
  const kept = origin.filter(
    element =>
      element !== null &&
      element !== undefined &&
      !(isObject(element) && Object.keys(element).length === 0) &&
      !(isObject(element) && element[DIRECTIVE] === directive)
  )
  origin.splice(0, origin.length, ...kept)
  return directive
}
