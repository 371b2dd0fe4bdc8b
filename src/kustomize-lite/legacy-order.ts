import type { Gvk, ResId } from './resource-id.js'
import { sameGvk } from './resource-id.js'

// kustomize's default ("legacy") output order: these kinds first, in this order ...
const kindsFirst = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget'
]
// ... and these last; everything else in between, ordered by group, version, kind.
const kindsLast = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']

const kindRank = new Map<string, number>([
  ...kindsFirst.map((kind, index): [string, number] => [kind, index - kindsFirst.length]),
  ...kindsLast.map((kind, index): [string, number] => [kind, index + 1])
])

export function compareLegacyOrder(a: ResId, b: ResId): number {
  if (!sameGvk(a, b)) return compareGvk(a, b)
  return compareStrings(idSortKey(a), idSortKey(b))
}

function compareGvk(a: Gvk, b: Gvk): number {
  const rankDifference = (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0)
  if (rankDifference !== 0) return rankDifference
  const order = compareStrings(gvkSortKey(a), gvkSortKey(b))
  // kustomize sorts core-group Namespaces after grouped ones (it reverses that comparison).
  if (a.kind === 'Namespace' && b.kind === 'Namespace' && (a.group === '' || b.group === '')) {
    return -order
  }
  return order
}

function gvkSortKey(gvk: Gvk): string {
  return [gvk.group || '~G', gvk.version || '~V', gvk.kind || '~K'].join('_')
}

function idSortKey(id: ResId): string {
  const gvk = [id.kind || '[noKind]', id.version || '[noVer]', id.group || '[noGrp]'].join('.')
  return [gvk, id.namespace || '~X', id.name || '~N'].join('|')
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
