import { editFieldSpec } from './field-path.js'
import { isObject } from '../shared/objects.js'
import { shallowCopyKeepingNullMarks } from './yaml-documents.js'
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
      editFieldSpec(resource, spec, 'map', ({ holder, key }) => {
        const record = holder as Record<string, unknown>
        const value = record[key] === null ? {} : record[key]
        if (!isObject(value)) return
        // A field of the metadata gets only its holder copied: the map itself may be the parse's.
        const map = resource.owns === 'all' ? value : shallowCopyKeepingNullMarks(value)
        for (const entryKey of keys) map[entryKey] = entries[entryKey]
        record[key] = map
      })
    }
  }
}
