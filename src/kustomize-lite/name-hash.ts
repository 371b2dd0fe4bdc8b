import { kustomizeHashSuffix } from './hash.js'
import type { Accumulator } from './accumulator.js'
import { editableMetadata, storePreviousId } from './working-resource.js'

/** Appends the content hash to the names of generated resources that ask for it. */
export function addNameHashes(accumulator: Accumulator): void {
  for (const resource of accumulator.resources) {
    if (!resource.generator?.needsHash) continue
    const metadata = editableMetadata(resource)
    const suffix = kustomizeHashSuffix(resource.object)
    storePreviousId(resource)
    metadata.name = `${String(metadata.name ?? '')}-${suffix}`
  }
}
