import type { BuildContext } from './context.js'
import { loadDocuments, report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import { joinPath } from './kustomization-file.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { FieldSpec, NameBackReference, TransformerConfig } from './transformer-config.js'
import { mergeTransformerConfigs } from './transformer-config.js'

type FieldSpecListKey = Exclude<keyof TransformerConfig, 'nameReference'>

const fieldSpecLists: Record<string, FieldSpecListKey> = {
  namePrefix: 'namePrefix',
  nameSuffix: 'nameSuffix',
  namespace: 'namespace',
  commonLabels: 'commonLabels',
  templateLabels: 'templateLabels',
  commonAnnotations: 'commonAnnotations',
  images: 'images',
  replicas: 'replicas',
  varReference: 'varReference'
}

/**
 * Transformer configs from the kustomization's `configurations` files (e.g. nameReference). A
 * kustomization file read again, whose configuration files' documents are the same and gave no
 * problem, gives the same object: merging it into a build's config is then done once.
 */
export function loadConfigurations(
  context: BuildContext,
  file: KustomizationFile
): Partial<TransformerConfig> {
  const entries = Array.isArray(file.object.configurations) ? file.object.configurations : []
  const paths = entries.flatMap(entry =>
    typeof entry === 'string' ? [joinPath(file.directory, entry)] : []
  )
  if (paths.length === 0) return {}
  const known = loaded.get(file.object)
  if (known && paths.every((path, index) => context.documentCache.get(path) === known.read[index]))
    return known.config
  const problems = context.problems.length
  let config: Partial<TransformerConfig> = {}
  const read = paths.map(path => {
    const documents = loadDocuments(context, path, 'configurations')
    for (const document of documents ?? []) {
      if (!isObject(document)) continue
      config = mergeConfigs(config, readConfiguration(context, path, document))
    }
    return documents
  })
  if (context.problems.length === problems) loaded.set(file.object, { read, config })
  return config
}

const loaded = new WeakMap<
  object,
  { read: (unknown[] | undefined)[]; config: Partial<TransformerConfig> }
>()

function mergeConfigs(
  a: Partial<TransformerConfig>,
  b: Partial<TransformerConfig>
): Partial<TransformerConfig> {
  const empty: TransformerConfig = {
    namePrefix: [],
    nameSuffix: [],
    namespace: [],
    commonLabels: [],
    templateLabels: [],
    commonAnnotations: [],
    nameReference: [],
    images: [],
    replicas: [],
    varReference: []
  }
  return withoutEmptyLists(mergeTransformerConfigs(mergeTransformerConfigs(empty, a), b))
}

// Only what a file sets: merging it into the build's config then touches those lists alone.
function withoutEmptyLists(config: TransformerConfig): Partial<TransformerConfig> {
  const entries = Object.entries(config).filter(([, list]) => list.length > 0)
  return Object.fromEntries(entries) as Partial<TransformerConfig>
}

function readConfiguration(
  context: BuildContext,
  path: string,
  document: Record<string, unknown>
): Partial<TransformerConfig> {
  const config: Partial<TransformerConfig> = {}
  for (const [key, value] of Object.entries(document)) {
    const listKey = fieldSpecLists[key]
    if (listKey) config[listKey] = readFieldSpecs(value)
    else if (key === 'nameReference') config.nameReference = readNameReferences(value)
    else {
      report(context, path, `transformer configuration '${key}' is not supported`, {
        field: key,
        severity: 'warning'
      })
    }
  }
  return config
}

export function readFieldSpecs(value: unknown): FieldSpec[] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).flatMap(entry => {
    const path = stringField(entry, 'path')
    if (!path) return []
    const spec: FieldSpec = { path, ...readGvk(entry) }
    if (entry.create === true) spec.create = true
    return [spec]
  })
}

function readGvk(entry: Record<string, unknown>): Partial<FieldSpec> {
  const gvk: Partial<FieldSpec> = {}
  for (const field of ['group', 'version', 'kind'] as const) {
    const value = stringField(entry, field)
    if (value) gvk[field] = value
  }
  return gvk
}

function readNameReferences(value: unknown): NameBackReference[] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).map(entry => ({
    ...readGvk(entry),
    fieldSpecs: readFieldSpecs(entry.fieldSpecs)
  }))
}
