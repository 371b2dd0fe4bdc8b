import type { BuildContext } from './context.js'
import { loadDocuments, report } from './context.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { sharingWorkingResource } from './working-resource.js'

/** Resources of one YAML file: each shares its nodes with the cache until the build edits it. */
export function loadResourceFile(
  context: BuildContext,
  path: string,
  field: string,
  missingMessage?: string
): WorkingResource[] | undefined {
  const documents = loadDocuments(context, path, field, missingMessage)
  if (!documents) return undefined
  const resources: WorkingResource[] = []
  documents.forEach((document, index) => {
    for (const object of expandDocument(context, path, document, index)) {
      resources.push(sharingWorkingResource(object, { kind: 'file', path, document: index }))
    }
  })
  return resources
}

function expandDocument(
  context: BuildContext,
  path: string,
  document: unknown,
  index: number
): YamlObject[] {
  if (document === null || document === undefined) return []
  if (!isObject(document)) {
    report(context, path, `document ${index + 1} is not a mapping`)
    return []
  }
  if (Object.keys(document).length === 0) return []
  if ((stringField(document, 'kind') ?? '').endsWith('List'))
    return listItems(context, path, document)
  return [document]
}

// Like kustomize, any kind ending in "List" is unwrapped into its items.
function listItems(context: BuildContext, path: string, list: YamlObject): YamlObject[] {
  const items = list.items
  if (items === undefined || items === null) return []
  if (!Array.isArray(items)) {
    report(context, path, `expected a list in ${String(list.kind)}/items`)
    return []
  }
  return items.filter((item): item is YamlObject => {
    if (isObject(item)) return true
    report(context, path, `an item of ${String(list.kind)} is not a mapping`)
    return false
  })
}
