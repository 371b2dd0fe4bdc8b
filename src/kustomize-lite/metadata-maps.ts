import { visitFieldSpec } from './field-path.js'
import { isObject } from '../shared/objects.js'
import type { FieldSpec } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'

/** Sets each entry in every map the field specs name (labels, selectors, annotations). */
export function setMapEntries(
  resources: WorkingResource[],
  entries: Record<string, string>,
  fieldSpecs: FieldSpec[]
): void {
  const keys = Object.keys(entries)
  if (keys.length === 0) return
  for (const resource of resources) {
    for (const spec of fieldSpecs) {
      visitFieldSpec(resource.object, spec, 'map', ({ holder, key }) => {
        const record = holder as Record<string, unknown>
        if (record[key] === null) record[key] = {}
        const map = record[key]
        if (!isObject(map)) return
        for (const entryKey of keys) map[entryKey] = entries[entryKey]
      })
    }
  }
}
