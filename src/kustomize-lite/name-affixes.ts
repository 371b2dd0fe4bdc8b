import { editFieldSpec } from './field-path.js'
import { gvkSelectedBy } from './resource-id.js'
import type { FieldSpec } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'
import { originalId, storePreviousId } from './working-resource.js'

// kustomize never prefixes these: their names are fixed by the API.
function keepsItsName(resource: WorkingResource): boolean {
  const { kind, group } = originalId(resource)
  return (
    kind === 'CustomResourceDefinition' ||
    kind === 'Namespace' ||
    (kind === 'APIService' && group === 'apiregistration.k8s.io')
  )
}

/** `namePrefix` and `nameSuffix`, recording them for reference fixing later. */
export function applyNameAffixes(
  resources: WorkingResource[],
  prefix: string,
  suffix: string,
  fieldSpecs: FieldSpec[]
): void {
  // Without a prefix or suffix every name stays as it is and nothing is recorded.
  if (!prefix && !suffix) return
  for (const resource of resources) {
    if (keepsItsName(resource)) continue
    for (const spec of fieldSpecs) {
      if (!gvkSelectedBy(originalId(resource), spec)) continue
      if (spec.path === 'metadata/name') recordAffixes(resource, prefix, suffix)
      editFieldSpec(resource, spec, undefined, ({ holder, key }) => {
        const record = holder as Record<string, unknown>
        if (typeof record[key] === 'string') record[key] = `${prefix}${record[key]}${suffix}`
      })
    }
  }
}

function recordAffixes(resource: WorkingResource, prefix: string, suffix: string): void {
  if (prefix) resource.prefixes.push(prefix)
  if (suffix) resource.suffixes.push(suffix)
  if (prefix || suffix) storePreviousId(resource)
}
