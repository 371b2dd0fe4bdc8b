import type { Gvk } from './resource-id.js'
import { cached } from '../shared/collections.js'

/** Where a transformer acts: a slash-separated path (`\/` escapes a slash) in selected kinds. */
export interface FieldSpec extends Partial<Gvk> {
  path: string
  create?: boolean
}

/** Fields (in referrers) that hold the name of a resource of the referral kind. */
export interface NameBackReference extends Partial<Gvk> {
  fieldSpecs: FieldSpec[]
}

export interface TransformerConfig {
  namePrefix: FieldSpec[]
  nameSuffix: FieldSpec[]
  namespace: FieldSpec[]
  commonLabels: FieldSpec[]
  templateLabels: FieldSpec[]
  commonAnnotations: FieldSpec[]
  nameReference: NameBackReference[]
  images: FieldSpec[]
  replicas: FieldSpec[]
  /** Where `vars` are substituted: `$(NAME)` in these string fields. */
  varReference: FieldSpec[]
}

const podSpecLocations: { kind: string; version?: string; group?: string; podSpec: string }[] = [
  { kind: 'Pod', version: 'v1', podSpec: 'spec' },
  { kind: 'PodTemplate', podSpec: 'template/spec' },
  { kind: 'Deployment', podSpec: 'spec/template/spec' },
  { kind: 'ReplicaSet', podSpec: 'spec/template/spec' },
  { kind: 'DaemonSet', podSpec: 'spec/template/spec' },
  { kind: 'StatefulSet', podSpec: 'spec/template/spec' },
  { kind: 'Job', podSpec: 'spec/template/spec' },
  { kind: 'CronJob', podSpec: 'spec/jobTemplate/spec/template/spec' }
]

function inPodSpecs(fields: string[], kinds = podSpecLocations): FieldSpec[] {
  return kinds.flatMap(({ podSpec, ...gvk }) =>
    fields.map(field => ({ ...gvk, path: `${podSpec}/${field}` }))
  )
}

function inKinds(path: string, kinds: string[], extra: Partial<FieldSpec> = {}): FieldSpec[] {
  return kinds.map(kind => ({ kind, path, ...extra }))
}

const containerLists = ['containers', 'initContainers']

const configMapReferences: FieldSpec[] = [
  ...inPodSpecs([
    'volumes/configMap/name',
    ...containerLists.map(list => `${list}/env/valueFrom/configMapKeyRef/name`),
    ...containerLists.map(list => `${list}/envFrom/configMapRef/name`),
    'volumes/projected/sources/configMap/name'
  ]),
  { kind: 'Node', path: 'spec/configSource/configMap' },
  ...inKinds('rules/resourceNames', ['Role', 'ClusterRole']),
  {
    kind: 'Ingress',
    path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap'
  }
]

const secretReferences: FieldSpec[] = [
  ...inPodSpecs([
    'volumes/secret/secretName',
    ...containerLists.map(list => `${list}/env/valueFrom/secretKeyRef/name`),
    ...containerLists.map(list => `${list}/envFrom/secretRef/name`),
    'imagePullSecrets/name',
    'volumes/projected/sources/secret/name'
  ]),
  { kind: 'Ingress', path: 'spec/tls/secretName' },
  ...['ingress.kubernetes.io', 'nginx.ingress.kubernetes.io'].map(prefix => ({
    kind: 'Ingress',
    path: `metadata/annotations/${prefix}\\/auth-secret`
  })),
  { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret' },
  { kind: 'ServiceAccount', path: 'imagePullSecrets/name' },
  ...['secretName', 'adminSecretName', 'userSecretName', 'secretRef'].map(field => ({
    kind: 'StorageClass',
    path: `parameters/${field}`
  })),
  ...inKinds('rules/resourceNames', ['Role', 'ClusterRole']),
  {
    group: 'serving.knative.dev',
    version: 'v1',
    kind: 'Service',
    path: 'spec/template/spec/containers/env/valueFrom/secretKeyRef/name'
  },
  { kind: 'PersistentVolume', path: 'spec/azureFile/secretName' }
]

const workloadsWithPodSpecs = [
  'StatefulSet',
  'Deployment',
  'ReplicationController',
  'CronJob',
  'Job',
  'DaemonSet'
]

function inWorkloads(field: string): FieldSpec[] {
  return [
    { kind: 'Pod', path: `spec/${field}` },
    ...workloadsWithPodSpecs.map(kind => ({
      kind,
      path:
        kind === 'CronJob'
          ? `spec/jobTemplate/spec/template/spec/${field}`
          : `spec/template/spec/${field}`
    }))
  ]
}

const rbac = 'rbac.authorization.k8s.io'
const scaleTargetReferrers = [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }]

function defaultNameReferences(): NameBackReference[] {
  return [
    ...['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map(kind => ({
      kind,
      fieldSpecs: scaleTargetReferrers
    })),
    { kind: 'ConfigMap', version: 'v1', fieldSpecs: configMapReferences },
    { kind: 'Secret', version: 'v1', fieldSpecs: secretReferences },
    {
      kind: 'Service',
      version: 'v1',
      fieldSpecs: [
        { kind: 'StatefulSet', group: 'apps', path: 'spec/serviceName' },
        { kind: 'Ingress', path: 'spec/rules/http/paths/backend/serviceName' },
        { kind: 'Ingress', path: 'spec/backend/serviceName' },
        { kind: 'Ingress', path: 'spec/rules/http/paths/backend/service/name' },
        { kind: 'Ingress', path: 'spec/defaultBackend/service/name' },
        { kind: 'APIService', group: 'apiregistration.k8s.io', path: 'spec/service/name' },
        ...['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'].map(kind => ({
          kind,
          group: 'admissionregistration.k8s.io',
          path: 'webhooks/clientConfig/service'
        })),
        { kind: 'HTTPRoute', path: 'spec/rules/backendRefs/name' }
      ]
    },
    {
      kind: 'Role',
      group: rbac,
      fieldSpecs: [{ kind: 'RoleBinding', group: rbac, path: 'roleRef/name' }]
    },
    {
      kind: 'ClusterRole',
      group: rbac,
      fieldSpecs: inKinds('roleRef/name', ['RoleBinding', 'ClusterRoleBinding'], { group: rbac })
    },
    {
      kind: 'ServiceAccount',
      version: 'v1',
      fieldSpecs: [
        ...inKinds('subjects', ['RoleBinding', 'ClusterRoleBinding'], { group: rbac }),
        ...inWorkloads('serviceAccountName')
      ]
    },
    {
      kind: 'PersistentVolumeClaim',
      version: 'v1',
      fieldSpecs: inWorkloads('volumes/persistentVolumeClaim/claimName')
    },
    {
      kind: 'PersistentVolume',
      version: 'v1',
      fieldSpecs: [
        { kind: 'PersistentVolumeClaim', path: 'spec/volumeName' },
        { kind: 'ClusterRole', path: 'rules/resourceNames' }
      ]
    },
    {
      kind: 'StorageClass',
      version: 'v1',
      group: 'storage.k8s.io',
      fieldSpecs: [
        ...inKinds('spec/storageClassName', ['PersistentVolume', 'PersistentVolumeClaim']),
        { kind: 'StatefulSet', path: 'spec/volumeClaimTemplates/spec/storageClassName' }
      ]
    },
    {
      kind: 'PriorityClass',
      version: 'v1',
      group: 'scheduling.k8s.io',
      fieldSpecs: inWorkloads('priorityClassName')
    },
    {
      kind: 'IngressClass',
      version: 'v1',
      group: 'networking.k8s.io/v1',
      fieldSpecs: [{ kind: 'Ingress', path: 'spec/ingressClassName' }]
    }
  ]
}

const podTemplateOwners: Partial<FieldSpec>[] = [
  { kind: 'ReplicationController', version: 'v1' },
  { kind: 'Deployment' },
  { kind: 'ReplicaSet' },
  { kind: 'DaemonSet' },
  { kind: 'StatefulSet', group: 'apps' },
  { kind: 'Job', group: 'batch' }
]

function templateMetadata(field: 'labels' | 'annotations'): FieldSpec[] {
  return [
    ...podTemplateOwners.map(owner => ({
      ...owner,
      path: `spec/template/metadata/${field}`,
      create: true
    })),
    { group: 'batch', kind: 'CronJob', path: `spec/jobTemplate/metadata/${field}`, create: true },
    {
      group: 'batch',
      kind: 'CronJob',
      path: `spec/jobTemplate/spec/template/metadata/${field}`,
      create: true
    }
  ]
}

const volumeClaimTemplateLabels: FieldSpec = {
  group: 'apps',
  kind: 'StatefulSet',
  path: 'spec/volumeClaimTemplates[]/metadata/labels',
  create: true
}

function selectorLabels(): FieldSpec[] {
  const affinityPaths = [
    'podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm',
    'podAffinity/requiredDuringSchedulingIgnoredDuringExecution',
    'podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm',
    'podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution'
  ].map(path => `spec/template/spec/affinity/${path}/labelSelector/matchLabels`)
  const podLabelSelectors = [
    ...affinityPaths,
    'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels'
  ]
  return [
    { version: 'v1', kind: 'Service', path: 'spec/selector', create: true },
    { version: 'v1', kind: 'ReplicationController', path: 'spec/selector', create: true },
    { kind: 'Deployment', path: 'spec/selector/matchLabels', create: true },
    ...podLabelSelectors.map(path => ({ group: 'apps', kind: 'Deployment', path })),
    { kind: 'ReplicaSet', path: 'spec/selector/matchLabels', create: true },
    { kind: 'DaemonSet', path: 'spec/selector/matchLabels', create: true },
    { group: 'apps', kind: 'StatefulSet', path: 'spec/selector/matchLabels', create: true },
    volumeClaimTemplateLabels,
    ...podLabelSelectors.map(path => ({ group: 'apps', kind: 'StatefulSet', path })),
    { group: 'batch', kind: 'Job', path: 'spec/selector/matchLabels' },
    { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/spec/selector/matchLabels' },
    { group: 'policy', kind: 'PodDisruptionBudget', path: 'spec/selector/matchLabels' },
    ...['spec/podSelector', 'spec/ingress/from/podSelector', 'spec/egress/to/podSelector'].map(
      path => ({ group: 'networking.k8s.io', kind: 'NetworkPolicy', path: `${path}/matchLabels` })
    )
  ]
}

function metadataLabels(): FieldSpec[] {
  return [
    { path: 'metadata/labels', create: true },
    ...templateMetadata('labels'),
    volumeClaimTemplateLabels
  ]
}

/** kustomize's built-in config; shared, so nothing may modify it in place. */
export function defaultTransformerConfig(): TransformerConfig {
  return builtinConfig
}

const builtinConfig: TransformerConfig = Object.freeze(makeBuiltinConfig())

function makeBuiltinConfig(): TransformerConfig {
  return {
    namePrefix: [{ path: 'metadata/name' }],
    nameSuffix: [{ path: 'metadata/name' }],
    namespace: [
      { path: 'metadata/namespace', create: true },
      { kind: 'Namespace', path: 'metadata/name', create: true },
      {
        group: 'apiregistration.k8s.io',
        kind: 'APIService',
        path: 'spec/service/namespace',
        create: true
      },
      {
        group: 'apiextensions.k8s.io',
        kind: 'CustomResourceDefinition',
        path: 'spec/conversion/webhook/clientConfig/service/namespace'
      }
    ],
    commonLabels: [...selectorLabels(), ...metadataLabels()],
    templateLabels: [...templateMetadata('labels'), volumeClaimTemplateLabels],
    commonAnnotations: [
      { path: 'metadata/annotations', create: true },
      ...templateMetadata('annotations')
    ],
    nameReference: defaultNameReferences(),
    images: ['spec', 'spec/template/spec'].flatMap(podSpec =>
      containerLists.map(list => ({ path: `${podSpec}/${list}[]/image`, create: true }))
    ),
    replicas: ['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map(kind => ({
      kind,
      path: 'spec/replicas',
      create: true
    })),
    varReference: defaultVarReferences()
  }
}

// kustomize's built-in varReference list (api/internal/konfig/builtinpluginconsts/varreference.go).
function defaultVarReferences(): FieldSpec[] {
  const containerFields = ['args', 'command', 'env/value', 'volumeMounts/mountPath']
  const inPodSpec = (kind: string, podSpec: string, volumes: string): FieldSpec[] => [
    ...containerLists.flatMap(list =>
      containerFields.map(field => ({ kind, path: `${podSpec}/${list}/${field}` }))
    ),
    { kind, path: volumes }
  ]
  return [
    // kustomize writes CronJob volumes without the pod spec's `spec` (a quirk kept as is).
    ...inPodSpec(
      'CronJob',
      'spec/jobTemplate/spec/template/spec',
      'spec/jobTemplate/spec/template/volumes/nfs/server'
    ),
    ...inPodSpec('DaemonSet', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    ...inPodSpec('Deployment', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    { kind: 'Deployment', path: 'spec/template/metadata/annotations' },
    { kind: 'Ingress', path: 'spec/rules/host' },
    { kind: 'Ingress', path: 'spec/tls/hosts' },
    { kind: 'Ingress', path: 'spec/tls/secretName' },
    ...inPodSpec('Job', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    ...inPodSpec('Pod', 'spec', 'spec/volumes/nfs/server'),
    ...inPodSpec('ReplicaSet', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    { kind: 'Service', path: 'spec/ports/port' },
    { kind: 'Service', path: 'spec/ports/targetPort' },
    ...inPodSpec('StatefulSet', 'spec/template/spec', 'spec/volumeClaimTemplates/spec/nfs/server'),
    { kind: 'PersistentVolume', path: 'spec/nfs/server' },
    { path: 'metadata/labels' },
    { path: 'metadata/annotations' }
  ]
}

/** Union of two configs; later entries that repeat an earlier one are dropped. */
export function mergeTransformerConfigs(
  base: TransformerConfig,
  extra: Partial<TransformerConfig>
): TransformerConfig {
  // Most kustomizations add nothing to the built-in config: merging it into itself is a no-op,
  // and comparing its hundreds of field specs pairwise on every merge is not.
  if (extra === base) return base
  // Configs are never edited once made, and builds of roots that share a base merge the same
  // ones again and again (loadConfigurations gives a file's config as one object).
  const withBase = cached(merges, base, () => new WeakMap())
  return cached(withBase, extra, () => mergeConfigsOnce(base, extra))
}

const merges = new WeakMap<
  TransformerConfig,
  WeakMap<Partial<TransformerConfig>, TransformerConfig>
>()

function mergeConfigsOnce(
  base: TransformerConfig,
  extra: Partial<TransformerConfig>
): TransformerConfig {
  let merged: TransformerConfig | undefined
  for (const key of Object.keys(extra) as (keyof TransformerConfig)[]) {
    if (key === 'nameReference') {
      const references = mergeNameReferences(base.nameReference, extra.nameReference ?? [])
      if (references !== base.nameReference) (merged ??= { ...base }).nameReference = references
    } else {
      const specs = mergeFieldSpecs(base[key], extra[key] ?? [])
      if (specs !== base[key]) (merged ??= { ...base })[key] = specs
    }
  }
  return merged ?? base
}

const fieldSpecKey = (spec: FieldSpec) =>
  `${spec.path}|${spec.group ?? ''}|${spec.version ?? ''}|${spec.kind ?? ''}`

/** The keys of a list of field specs, computed once per list (the built-in lists are long). */
const keysOfList = new WeakMap<FieldSpec[], Set<string>>()

function fieldSpecKeys(specs: FieldSpec[]): Set<string> {
  return cached(keysOfList, specs, () => new Set(specs.map(fieldSpecKey)))
}

export function mergeFieldSpecs(base: FieldSpec[], extra: FieldSpec[]): FieldSpec[] {
  if (extra.length === 0 || extra === base) return base
  const baseKeys = fieldSpecKeys(base)
  const extraKeys = fieldSpecKeys(extra)
  // Parents and children mostly hold the same built-in lists, or one extends the other.
  if (isSubset(extraKeys, baseKeys)) return base
  if (
    extra.length === extraKeys.size &&
    isSubset(baseKeys, extraKeys) &&
    base.every((spec, index) => extra[index] === spec)
  )
    return extra
  const keys = new Set(baseKeys)
  const merged = [...base]
  for (const spec of extra) {
    const key = fieldSpecKey(spec)
    if (keys.has(key)) continue
    keys.add(key)
    merged.push(spec)
  }
  return merged
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  if (small.size > large.size) return false
  for (const key of small) if (!large.has(key)) return false
  return true
}

function mergeNameReferences(
  base: NameBackReference[],
  extra: NameBackReference[]
): NameBackReference[] {
  if (extra.length === 0 || extra === base) return base
  const baseIndex = kindIndexOf(base)
  // Copied on the first change only: a child usually repeats its parent's references.
  let merged: NameBackReference[] | undefined
  let mergedIndex: Map<string, number> | undefined
  for (const reference of extra) {
    const key = gvkKey(reference)
    const index = (mergedIndex ?? baseIndex).get(key)
    if (index === undefined) {
      merged ??= [...base]
      mergedIndex ??= new Map(baseIndex)
      mergedIndex.set(key, merged.length)
      merged.push(reference)
      continue
    }
    const existing = (merged ?? base)[index] as NameBackReference
    const fieldSpecs = mergeFieldSpecs(existing.fieldSpecs, reference.fieldSpecs)
    if (fieldSpecs !== existing.fieldSpecs)
      (merged ??= [...base])[index] = { ...existing, fieldSpecs }
  }
  return merged ?? base
}

const kindIndexes = new WeakMap<NameBackReference[], ReadonlyMap<string, number>>()

/** Where each kind's first entry is; kept per list, since the built-in list is merged into often. */
function kindIndexOf(references: NameBackReference[]): ReadonlyMap<string, number> {
  return cached(kindIndexes, references, () => {
    const byKind = new Map<string, number>()
    references.forEach((reference, position) => {
      if (!byKind.has(gvkKey(reference))) byKind.set(gvkKey(reference), position)
    })
    return byKind
  })
}

const gvkKey = (reference: NameBackReference) =>
  `${reference.group ?? ''}|${reference.version ?? ''}|${reference.kind ?? ''}`
