/**
 * The slice of the Kubernetes OpenAPI schema that strategic merge needs: where the lists with a
 * merge strategy are. kustomize v5.5 embeds the Kubernetes v1.21 schema, so fields added later
 * (schedulingGates, resizePolicy, resourceClaims) are plain lists there and are replaced, and
 * kinds outside it (every CRD, autoscaling/v2) have no schema at all.
 */
export interface NodeSchema {
  /** For a map: its type. For a list: the type of its elements. */
  readonly type?: TypeSchema
  /** Present when the list merges; keys are empty for lists of scalars merged as a set. */
  readonly listMerge?: { readonly keys: readonly string[] }
}

export interface TypeSchema {
  readonly fields: Readonly<Record<string, NodeSchema>>
}

const mergedBy = (keys: string[], type?: TypeSchema): NodeSchema =>
  type ? { type, listMerge: { keys } } : { listMerge: { keys } }

const objectMeta: TypeSchema = {
  fields: { finalizers: mergedBy([]), ownerReferences: mergedBy(['uid']) }
}

const container: TypeSchema = {
  fields: {
    // The merge key is containerPort, but the list-map keys (containerPort, protocol) decide.
    ports: mergedBy(['containerPort', 'protocol']),
    env: mergedBy(['name']),
    volumeMounts: mergedBy(['mountPath']),
    volumeDevices: mergedBy(['devicePath'])
  }
}

const podSpec: TypeSchema = {
  fields: {
    containers: mergedBy(['name'], container),
    initContainers: mergedBy(['name'], container),
    ephemeralContainers: mergedBy(['name'], container),
    volumes: mergedBy(['name']),
    imagePullSecrets: mergedBy(['name']),
    hostAliases: mergedBy(['ip']),
    topologySpreadConstraints: mergedBy(['topologyKey', 'whenUnsatisfiable'])
  }
}

const podTemplateSpec: TypeSchema = {
  fields: { metadata: { type: objectMeta }, spec: { type: podSpec } }
}

const withMetadata = (spec?: TypeSchema, extra: Record<string, NodeSchema> = {}): TypeSchema => ({
  fields: { metadata: { type: objectMeta }, ...(spec ? { spec: { type: spec } } : {}), ...extra }
})

const templateOwnerSpec: TypeSchema = { fields: { template: { type: podTemplateSpec } } }
const templateOwner = withMetadata(templateOwnerSpec)
const cronJob = withMetadata({
  fields: { jobTemplate: { type: { fields: { spec: { type: templateOwnerSpec } } } } }
})
const service = withMetadata({ fields: { ports: mergedBy(['port', 'protocol']) } })
const serviceAccount = withMetadata(undefined, { secrets: mergedBy(['name']) })
const webhookConfiguration = withMetadata(undefined, { webhooks: mergedBy(['name']) })
const metadataOnly = withMetadata()

const KINDS_WITH_ONLY_METADATA: Record<string, string[]> = {
  v1: [
    'ConfigMap',
    'Secret',
    'Namespace',
    'PersistentVolumeClaim',
    'PersistentVolume',
    'LimitRange',
    'ResourceQuota',
    'Endpoints',
    'Node',
    'Event'
  ],
  'networking.k8s.io/v1': ['Ingress', 'IngressClass', 'NetworkPolicy'],
  'networking.k8s.io/v1beta1': ['Ingress', 'IngressClass'],
  'extensions/v1beta1': ['Ingress'],
  'rbac.authorization.k8s.io/v1': ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'],
  'rbac.authorization.k8s.io/v1beta1': ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'],
  'autoscaling/v1': ['HorizontalPodAutoscaler'],
  'autoscaling/v2beta1': ['HorizontalPodAutoscaler'],
  'autoscaling/v2beta2': ['HorizontalPodAutoscaler'],
  'policy/v1': ['PodDisruptionBudget'],
  'policy/v1beta1': ['PodDisruptionBudget', 'PodSecurityPolicy'],
  'storage.k8s.io/v1': ['StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment'],
  'scheduling.k8s.io/v1': ['PriorityClass'],
  'apiextensions.k8s.io/v1': ['CustomResourceDefinition'],
  'apiregistration.k8s.io/v1': ['APIService'],
  'coordination.k8s.io/v1': ['Lease'],
  'discovery.k8s.io/v1': ['EndpointSlice'],
  'discovery.k8s.io/v1beta1': ['EndpointSlice'],
  'node.k8s.io/v1': ['RuntimeClass'],
  'certificates.k8s.io/v1': ['CertificateSigningRequest']
}

const KINDS_WITH_SCHEMA: Record<string, Record<string, TypeSchema>> = {
  v1: {
    Pod: withMetadata(podSpec),
    PodTemplate: withMetadata(undefined, { template: { type: podTemplateSpec } }),
    ReplicationController: templateOwner,
    Service: service,
    ServiceAccount: serviceAccount
  },
  'apps/v1': {
    Deployment: templateOwner,
    StatefulSet: templateOwner,
    DaemonSet: templateOwner,
    ReplicaSet: templateOwner,
    ControllerRevision: metadataOnly
  },
  'batch/v1': { Job: templateOwner, CronJob: cronJob },
  'batch/v1beta1': { CronJob: cronJob },
  'admissionregistration.k8s.io/v1': {
    MutatingWebhookConfiguration: webhookConfiguration,
    ValidatingWebhookConfiguration: webhookConfiguration
  },
  'admissionregistration.k8s.io/v1beta1': {
    MutatingWebhookConfiguration: webhookConfiguration,
    ValidatingWebhookConfiguration: webhookConfiguration
  }
}

/** The schema kustomize knows for a resource type, or undefined (CRDs, newer API versions). */
export function schemaForResourceType(apiVersion: string, kind: string): NodeSchema | undefined {
  const known = KINDS_WITH_SCHEMA[apiVersion]?.[kind]
  if (known) return { type: known }
  if (KINDS_WITH_ONLY_METADATA[apiVersion]?.includes(kind)) return { type: metadataOnly }
  return undefined
}

/**
 * Inside a known type, a field this table does not model still has a schema in kustomize, one
 * without merge strategies; it matters because schema-less maps are looked up by apiVersion/kind.
 */
const OPAQUE: NodeSchema = { type: { fields: {} } }

export function fieldSchema(schema: NodeSchema | undefined, field: string): NodeSchema | undefined {
  if (!schema) return undefined
  return schema.type?.fields[field] ?? OPAQUE
}

export function elementSchema(schema: NodeSchema | undefined): NodeSchema | undefined {
  if (!schema) return undefined
  return schema.type ? { type: schema.type } : OPAQUE
}
