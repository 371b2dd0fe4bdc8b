import { parseLabelSelector } from './label-selector.js'
import type { LabelPredicate } from './label-selector.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import { isClusterScoped } from './resource-id.js'
import type { ResId } from './resource-id.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { currentId, originalId } from './working-resource.js'

/** A patch `target`: each field is an anchored regular expression, as in kustomize. */
export interface ResourceSelector {
  group?: string
  version?: string
  kind?: string
  name?: string
  namespace?: string
  labelSelector?: string
  annotationSelector?: string
}

export type SelectorMatcher = (resource: WorkingResource) => boolean

export function readSelector(value: unknown): ResourceSelector | undefined {
  if (!isObject(value)) return undefined
  const selector: ResourceSelector = {}
  for (const field of [
    'group',
    'version',
    'kind',
    'name',
    'namespace',
    'labelSelector',
    'annotationSelector'
  ] as const) {
    const text = stringField(value, field)
    if (text !== undefined) selector[field] = text
  }
  return selector
}

/** Builds a matcher, or returns an error message for an invalid expression. */
export function compileSelector(selector: ResourceSelector): SelectorMatcher | string {
  try {
    const pattern = (text: string | undefined) =>
      text
        ? LITERAL.test(text)
          ? literal(text.replace(/\\(.)/g, '$1'))
          : new RegExp(`^(?:${text})$`)
        : undefined
    const name = pattern(selector.name)
    const namespace = pattern(selector.namespace)
    const group = pattern(selector.group)
    const version = pattern(selector.version)
    const kind = pattern(selector.kind)
    const labels = compileMapSelector(selector.labelSelector)
    const annotations = compileMapSelector(selector.annotationSelector)
    if (labels === null || annotations === null) return 'invalid label or annotation selector'
    // The cheapest and most selective tests first: a patch targets one kind among many.
    return resource => {
      // The current id holds the object's group, version and kind (no new object per test).
      const current = currentId(resource)
      if (kind && !kind.test(current.kind)) return false
      if (group && !group.test(current.group)) return false
      if (version && !version.test(current.version)) return false
      if (name && !name.test(current.name) && !name.test(originalId(resource).name)) return false
      if (
        namespace &&
        !namespace.test(effectiveNamespace(current)) &&
        !namespace.test(effectiveNamespace(originalId(resource)))
      ) {
        return false
      }
      if (labels && !labels(metadataMap(resource.object, 'labels'))) return false
      if (annotations && !annotations(metadataMap(resource.object, 'annotations'))) return false
      return true
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

// Most selectors are plain names (`kind: HelmRelease`) or a patch's own id with its regex
// characters escaped: such an anchored pattern matches exactly its text, unescaped.
const LITERAL = /^(?:[\w-]|\\[.*+?^${}()|[\]\\])+$/

function literal(text: string): { test: (value: string) => boolean } {
  return { test: value => value === text }
}

function compileMapSelector(text: string | undefined): LabelPredicate | undefined | null {
  if (!text) return undefined
  return parseLabelSelector(text) ?? null
}

// kustomize compares namespaces with "" read as "default" and cluster-scoped kinds never matching.
function effectiveNamespace(id: ResId): string {
  if (isClusterScoped(id)) return '_non_namespaceable_'
  return id.namespace || 'default'
}

function metadataMap(object: YamlObject, field: string): Record<string, unknown> {
  const metadata = object.metadata
  if (!isObject(metadata)) return {}
  const map = metadata[field]
  return isObject(map) ? map : {}
}
