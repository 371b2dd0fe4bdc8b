import { editFieldSpec } from './field-path.js'
import { gvkSelectedBy } from './resource-id.js'
import type { FieldSpec } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'
import { allIds } from './working-resource.js'

/** `replicas:` entry; returns false when no resource of a scalable kind has that name. */
export function applyReplicaCount(
  resources: WorkingResource[],
  name: string,
  count: number,
  fieldSpecs: FieldSpec[]
): boolean {
  let found = false
  for (const spec of fieldSpecs) {
    for (const resource of resources) {
      const matches = allIds(resource).some(id => id.name === name && gvkSelectedBy(id, spec))
      if (!matches) continue
      found = true
      editFieldSpec(resource, spec, 'scalar', ({ holder, key }) => {
        ;(holder as Record<string, unknown>)[key] = count
      })
    }
  }
  return found
}
