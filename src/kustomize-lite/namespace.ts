import { editFieldSpec } from './field-path.js'
import { isObject } from '../shared/objects.js'
import { gvkOf, isClusterScoped } from './resource-id.js'
import type { FieldSpec } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'
import { editable, editableMetadata, storePreviousId } from './working-resource.js'

const roleBindingKinds = new Set(['RoleBinding', 'ClusterRoleBinding'])

/** kustomize's `namespace:`; its special cases for metadata.namespace and subjects included. */
export function applyNamespace(
  resources: WorkingResource[],
  namespace: string,
  fieldSpecs: FieldSpec[]
): void {
  if (!namespace) return
  for (const resource of resources) {
    if (Object.keys(resource.object).length === 0) continue
    storePreviousId(resource)
    const gvk = gvkOf(resource.object)
    if (!isClusterScoped(gvk)) editableMetadata(resource).namespace = namespace
    const isRoleBinding = roleBindingKinds.has(gvk.kind)
    if (isRoleBinding) setDefaultSubjectNamespaces(resource, namespace)
    for (const spec of fieldSpecs) {
      if (spec.path === 'metadata/namespace') continue
      if (isRoleBinding && spec.path === 'subjects') continue
      editFieldSpec(resource, spec, 'scalar', ({ holder, key }) => {
        ;(holder as Record<string, unknown>)[key] = namespace
      })
    }
  }
}

// Only subjects named "default" move to the new namespace (DefaultSubjectsOnly in kustomize).
function setDefaultSubjectNamespaces(resource: WorkingResource, namespace: string): void {
  if (!Array.isArray(resource.object.subjects)) return
  const subjects = editable(resource).subjects as unknown[]
  for (const subject of subjects) {
    if (isObject(subject) && subject.name === 'default') subject.namespace = namespace
  }
}
