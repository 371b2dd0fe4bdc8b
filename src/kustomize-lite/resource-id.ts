import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { YamlObject } from './types.js'

export interface Gvk {
  group: string
  version: string
  kind: string
}

export interface ResId extends Gvk {
  name: string
  namespace: string
}

type GroupVersion = Readonly<{ group: string; version: string }>

// A repository holds a few dozen apiVersions, each split for every id made.
const groupVersions = new Map<string, GroupVersion>()
const MAX_GROUP_VERSIONS = 1024

/** Splits an apiVersion the way kustomize does: `group/version`, or a bare core version. */
function parseApiVersion(apiVersion: string): GroupVersion {
  let parsed = groupVersions.get(apiVersion)
  if (!parsed) {
    const slash = apiVersion.indexOf('/')
    parsed =
      slash >= 0
        ? { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
        : { group: '', version: apiVersion }
    if (groupVersions.size >= MAX_GROUP_VERSIONS) groupVersions.clear()
    groupVersions.set(apiVersion, parsed)
  }
  return parsed
}

export function gvkOf(object: YamlObject): Gvk {
  const { group, version } = parseApiVersion(stringField(object, 'apiVersion') ?? '')
  return { group, version, kind: stringField(object, 'kind') ?? '' }
}

export function nameOf(object: YamlObject): string {
  return stringField(object.metadata, 'name') ?? ''
}

export function namespaceOf(object: YamlObject): string {
  return stringField(object.metadata, 'namespace') ?? ''
}

/** An id with the fields it was made from: valid while they are unchanged. */
export interface CachedId {
  object: YamlObject
  apiVersion: unknown
  kind: unknown
  metadata: unknown
  name: unknown
  namespace: unknown
  id: ResId
}

/**
 * The object's id, `cached` itself when the fields it was made from are unchanged: ids are asked
 * for many times per resource, and transformers may still rename and move objects freely.
 */
export function cachedResId(object: YamlObject, cached: CachedId | undefined): CachedId {
  const metadata = object.metadata
  const name = isObject(metadata) ? metadata.name : undefined
  const namespace = isObject(metadata) ? metadata.namespace : undefined
  if (
    cached &&
    cached.object === object &&
    cached.apiVersion === object.apiVersion &&
    cached.kind === object.kind &&
    cached.metadata === metadata &&
    cached.name === name &&
    cached.namespace === namespace
  ) {
    return cached
  }
  const { group, version } = parseApiVersion(stringField(object, 'apiVersion') ?? '')
  const id = Object.freeze({
    group,
    version,
    kind: stringField(object, 'kind') ?? '',
    name: typeof name === 'string' ? name : '',
    namespace: typeof namespace === 'string' ? namespace : ''
  })
  return { object, apiVersion: object.apiVersion, kind: object.kind, metadata, name, namespace, id }
}

const idCache = new WeakMap<YamlObject, CachedId>()

export function resIdOf(object: YamlObject): ResId {
  const cached = idCache.get(object)
  const current = cachedResId(object, cached)
  if (current !== cached) idCache.set(object, current)
  return current.id
}

export function sameGvk(a: Gvk, b: Gvk): boolean {
  return a.group === b.group && a.version === b.version && a.kind === b.kind
}

/** An empty selector field is a wildcard, as in kustomize's Gvk.IsSelected. */
export function gvkSelectedBy(gvk: Gvk, selector: Partial<Gvk> | undefined): boolean {
  if (!selector) return true
  if (selector.group && selector.group !== gvk.group) return false
  if (selector.version && selector.version !== gvk.version) return false
  if (selector.kind && selector.kind !== gvk.kind) return false
  return true
}

/** kustomize treats the empty namespace and `default` as the same namespace. */
export function sameNamespace(a: string, b: string): boolean {
  return normalizedNamespace(a) === normalizedNamespace(b)
}

function normalizedNamespace(namespace: string): string {
  return namespace === '' ? 'default' : namespace
}

export function sameResId(a: ResId, b: ResId): boolean {
  return sameGvk(a, b) && a.name === b.name && sameNamespace(a.namespace, b.namespace)
}

export function describeResId(id: ResId): string {
  const apiVersion = id.group ? `${id.group}/${id.version}` : id.version
  const namespace = id.namespace ? `${id.namespace}/` : ''
  return `${apiVersion} ${id.kind} ${namespace}${id.name}`
}

// Kinds the built-in OpenAPI schema of kustomize v5 (Kubernetes 1.21) knows as cluster scoped.
// Anything else, custom resources included, is treated as namespaced, as kustomize does.
const clusterScopedKinds: Record<string, readonly string[]> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'admissionregistration.k8s.io': [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration'
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'authentication.k8s.io': ['TokenReview'],
  'authorization.k8s.io': [
    'SelfSubjectAccessReview',
    'SelfSubjectRulesReview',
    'SubjectAccessReview'
  ],
  'certificates.k8s.io': ['CertificateSigningRequest'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'internal.apiserver.k8s.io': ['StorageVersion'],
  'networking.k8s.io': ['IngressClass'],
  'node.k8s.io': ['RuntimeClass'],
  policy: ['PodSecurityPolicy'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'scheduling.k8s.io': ['PriorityClass'],
  'storage.k8s.io': ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment']
}

export function isClusterScoped(gvk: Gvk): boolean {
  return clusterScopedKinds[gvk.group]?.includes(gvk.kind) ?? false
}

/** A string equal for exactly the ids sameResId calls equal. */
export function resIdKey(id: ResId): string {
  return `${id.group}\u0000${id.version}\u0000${id.kind}\u0000${id.name}\u0000${id.namespace || 'default'}`
}
