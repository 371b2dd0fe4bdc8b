import type { BuildContext } from './context.js'
import { report } from './context.js'
import { hasField, visitFieldSpec } from './field-path.js'
import { cached } from '../shared/collections.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { Gvk, ResId } from './resource-id.js'
import { describeResId, gvkSelectedBy, isClusterScoped, sameNamespace } from './resource-id.js'
import type { Accumulator } from './accumulator.js'
import type { FieldSpec } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'
import { currentId, editable, originalId } from './working-resource.js'

interface Ids {
  current: ResId
  original: ResId
  /**
   * The ids the resource had before it was renamed or moved (kustomize's PrevIds, which leave out
   * the current id): only these are matched, so a never-renamed resource rewrites no reference.
   */
  previous: ResId[]
}

interface ReferenceField {
  ids: Map<WorkingResource, Ids>
  /** Every resource by each name it has had: a reference is looked up, not searched for. */
  byName: Map<string, WorkingResource[]>
  referrer: WorkingResource
  field: FieldSpec
  referralGvk: Partial<Gvk>
  candidates: WorkingResource[]
  candidateSet: ReadonlySet<WorkingResource>
}

interface SelectedField {
  field: FieldSpec
  referralGvk: Partial<Gvk>
}

/**
 * kustomize's FixBackReferences: every field that names another resource (per the nameReference
 * config) is rewritten to that resource's final name, found through the names it had before.
 */
export function fixNameReferences(context: BuildContext, accumulator: Accumulator): void {
  // Names do not change while references are fixed, so every id is computed once.
  const ids = new Map<WorkingResource, Ids>(
    accumulator.resources.map(resource => [
      resource,
      {
        current: currentId(resource),
        original: originalId(resource),
        previous: resource.previousIds
      }
    ])
  )
  const byName = indexByEveryName(ids)
  const fieldsByGvk = fieldsByGvkOf(accumulator)
  for (const referrer of accumulator.resources) {
    let candidates: WorkingResource[] | undefined
    let candidateSet: ReadonlySet<WorkingResource> | undefined
    const referrerOriginal = ids.get(referrer)!.original
    const gvkKey = `${referrerOriginal.group}/${referrerOriginal.version}/${referrerOriginal.kind}`
    const fields = cached(fieldsByGvk, gvkKey, () => fieldsSelecting(accumulator, referrerOriginal))
    for (const { field, referralGvk } of fields) {
      if (!hasField(referrer.object, field)) continue
      candidates ??= referableBy(referrer, accumulator.resources, ids)
      candidateSet ??= new Set(candidates)
      const reference = { ids, byName, referrer, field, referralGvk, candidates, candidateSet }
      updateReferences(context, reference)
    }
  }
}

// The fields each kind of referrer has, per nameReference config: most builds share the
// built-in one, and a build's kinds are mostly those of the builds before it.
const fieldsByConfig = new WeakMap<object, Map<string, SelectedField[]>>()

function fieldsByGvkOf(accumulator: Accumulator): Map<string, SelectedField[]> {
  return cached(fieldsByConfig, accumulator.config.nameReference, () => new Map())
}

/** The nameReference fields a kind of referrer has, in the config's order. */
function fieldsSelecting(accumulator: Accumulator, referrer: Gvk): SelectedField[] {
  return accumulator.config.nameReference.flatMap(backReference =>
    backReference.fieldSpecs
      .filter(field => gvkSelectedBy(referrer, field))
      .map(field => ({
        field,
        referralGvk: {
          group: backReference.group,
          version: backReference.version,
          kind: backReference.kind
        }
      }))
  )
}

function indexByEveryName(ids: Map<WorkingResource, Ids>): Map<string, WorkingResource[]> {
  const byName = new Map<string, WorkingResource[]>()
  for (const [resource, { previous }] of ids) {
    for (const name of new Set(previous.map(id => id.name))) {
      const named = byName.get(name)
      if (named) named.push(resource)
      else byName.set(name, [resource])
    }
  }
  return byName
}

function referableBy(
  referrer: WorkingResource,
  resources: WorkingResource[],
  ids: Map<WorkingResource, Ids>
): WorkingResource[] {
  const referrerId = ids.get(referrer)!.current
  if (isClusterScoped(referrerId)) return resources
  const roleBindingNamespaces = serviceAccountNamespacesOf(referrer)
  return resources.filter(candidate => {
    const id = ids.get(candidate)!.current
    return (
      isClusterScoped(id) ||
      sameNamespace(id.namespace, referrerId.namespace) ||
      roleBindingNamespaces.has(id.namespace)
    )
  })
}

function serviceAccountNamespacesOf(referrer: WorkingResource): Set<string> {
  const namespaces = new Set<string>()
  if (referrer.object.kind !== 'RoleBinding' || !Array.isArray(referrer.object.subjects))
    return namespaces
  for (const subject of referrer.object.subjects) {
    const namespace = stringField(subject, 'namespace')
    if (namespace !== undefined && stringField(subject, 'kind') === 'ServiceAccount')
      namespaces.add(namespace)
  }
  return namespaces
}

function updateReferences(context: BuildContext, reference: ReferenceField): void {
  // Most references name what was never renamed: only a referrer with one that may change is
  // copied from the parse and edited.
  if (!mayChange(reference)) return
  visitFieldSpec(editable(reference.referrer), reference.field, undefined, ({ holder, key }) => {
    const record = holder as Record<string | number, unknown>
    const value = record[key]
    if (Array.isArray(value)) {
      value.forEach((_element, index) =>
        updateValue(context, reference, value as unknown as Record<number, unknown>, index)
      )
    } else {
      updateValue(context, reference, record, key)
    }
  })
}

/**
 * Whether a field of the reference may be rewritten: it names something that had that name and
 * has another now (a map, as a RoleBinding subject, may also move to the namespace it has now).
 */
function mayChange(reference: ReferenceField): boolean {
  const renamedFrom = (name: unknown) =>
    typeof name === 'string' &&
    (reference.byName.get(name) ?? []).some(
      candidate => reference.ids.get(candidate)!.current.name !== name
    )
  const movedOrRenamed = (node: unknown) =>
    isObject(node) && typeof node.name === 'string' && reference.byName.has(node.name)
  let found = false
  visitFieldSpec(reference.referrer.object, reference.field, undefined, ({ holder, key }) => {
    const value = (holder as Record<string | number, unknown>)[key]
    const values = Array.isArray(value) ? value : [value]
    found ||= values.some(item => renamedFrom(item) || movedOrRenamed(item))
  })
  return found
}

function updateValue(
  context: BuildContext,
  reference: ReferenceField,
  holder: Record<string | number, unknown>,
  key: string | number
): void {
  const value = holder[key]
  if (typeof value === 'string') {
    const referral = selectReferral(context, reference, value, reference.candidateSet, false)
    if (referral) holder[key] = currentId(referral).name
  } else if (isObject(value)) {
    updateMapping(context, reference, value)
  }
}

// A map with `name` (and maybe `namespace`), e.g. a RoleBinding subject or a webhook service.
function updateMapping(
  context: BuildContext,
  reference: ReferenceField,
  node: Record<string, unknown>
) {
  const oldName = node.name
  if (typeof oldName !== 'string') return
  const candidates = new Set(candidatesInNamespace(reference, node.namespace))
  const referral = selectReferral(context, reference, oldName, candidates, true)
  if (!referral) return
  const id = currentId(referral)
  node.name = id.name
  if (id.namespace !== '') node.namespace = id.namespace
}

/**
 * kustomize groups candidates by their effective namespace (empty is `default`, cluster-scoped
 * ones are in none), first as they were, then as they are, and looks the reference's namespace up.
 */
function candidatesInNamespace(reference: ReferenceField, namespace: unknown): WorkingResource[] {
  const { candidates, ids } = reference
  if (namespace === undefined) return candidates
  const wanted = typeof namespace === 'string' ? namespace : String(namespace)
  const inNamespace = (id: ResId) => !isClusterScoped(id) && effectiveNamespace(id) === wanted
  const byOriginal = candidates.filter(candidate => inNamespace(ids.get(candidate)!.original))
  if (byOriginal.length > 0) return byOriginal
  return candidates.filter(candidate => inNamespace(ids.get(candidate)!.current))
}

function effectiveNamespace(id: ResId): string {
  return id.namespace === '' ? 'default' : id.namespace
}

function selectReferral(
  context: BuildContext,
  reference: ReferenceField,
  oldName: string,
  candidates: ReadonlySet<WorkingResource>,
  compareNamespaces: boolean
): WorkingResource | undefined {
  const { ids } = reference
  let remaining = (reference.byName.get(oldName) ?? []).filter(candidate => {
    if (!candidates.has(candidate)) return false
    const previous = ids.get(candidate)!.previous
    return (
      previous.some(id => gvkSelectedBy(id, reference.referralGvk)) &&
      matchesRoleRef(reference, previous) &&
      inReferrerNamespace(ids.get(reference.referrer)!.current, ids.get(candidate)!.current)
    )
  })
  if (remaining.length === 1) return remaining[0]
  remaining = remaining.filter(candidate => sameAffixes(reference.referrer, candidate, true))
  if (remaining.length === 1) return remaining[0]
  remaining = remaining.filter(candidate => sameAffixes(reference.referrer, candidate, false))
  if (remaining.length === 1) return remaining[0]
  const first = remaining[0]
  if (!first) return undefined
  const firstId = currentId(first)
  const identical = remaining.every(candidate => {
    const id = currentId(candidate)
    return id.name === firstId.name && (!compareNamespaces || id.namespace === firstId.namespace)
  })
  if (identical) return first
  const described = remaining.map(candidate => describeResId(currentId(candidate))).join(', ')
  const source =
    reference.referrer.origin.kind === 'file'
      ? reference.referrer.origin.path
      : reference.referrer.origin.kustomization
  report(
    context,
    source,
    `reference '${oldName}' in ${describeResId(currentId(reference.referrer))} matches several resources: ${described}`
  )
  return undefined
}

// A roleRef names a Role or a ClusterRole; only that kind may be the referral.
function matchesRoleRef(reference: ReferenceField, candidateIds: ResId[]): boolean {
  if (!reference.field.path.endsWith('roleRef/name')) return true
  const roleRef = reference.referrer.object.roleRef
  const group = stringField(roleRef, 'apiGroup')
  const kind = stringField(roleRef, 'kind')
  if (group === undefined || kind === undefined) return true
  return candidateIds.some(id => gvkSelectedBy(id, { group, kind }))
}

function inReferrerNamespace(referrerId: ResId, candidateId: ResId): boolean {
  if (isClusterScoped(referrerId)) return true
  if (isClusterScoped(candidateId) || candidateId.kind === 'ServiceAccount') return true
  return sameNamespace(referrerId.namespace, candidateId.namespace)
}

function sameAffixes(a: WorkingResource, b: WorkingResource, emptyMatchesAll: boolean): boolean {
  const matches = (x: string[], y: string[]) =>
    (emptyMatchesAll && (x.length === 0 || y.length === 0)) || sameEnding(x, y)
  return matches(a.prefixes, b.prefixes) && matches(a.suffixes, b.suffixes)
}

function sameEnding(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (shorter.length === 0) return longer.length === 0
  const offset = longer.length - shorter.length
  return shorter.every((value, index) => longer[index + offset] === value)
}
