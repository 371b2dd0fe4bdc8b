import type { BuildContext } from './context.js'
import { lineMentioning, report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'

const supportedFields = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'resources',
  'bases',
  'components',
  'namespace',
  'namePrefix',
  'nameSuffix',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'patches',
  'patchesStrategicMerge',
  'patchesJson6902',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'images',
  'imageTags',
  'replicas',
  'configurations',
  'sortOptions',
  'replacements',
  'vars'
])

// Fields kustomize knows that this subset does not implement: reported, never silently dropped.
const unsupportedFields = new Set([
  'openapi',
  'crds',
  'helmCharts',
  'helmGlobals',
  'helmChartInflationGenerator',
  'generators',
  'transformers',
  'validators',
  'inventory',
  'buildMetadata'
])

export function checkKustomizationFields(context: BuildContext, file: KustomizationFile): void {
  for (const field of Object.keys(file.object)) {
    if (supportedFields.has(field)) continue
    const line = lineMentioning(context.fs.readFile(file.path), `${field}:`)
    const message = unsupportedFields.has(field)
      ? `kustomization field '${field}' is not supported by kustomize-lite`
      : `unknown kustomization field '${field}'`
    report(context, file.path, message, { field, line })
  }
  checkApiVersion(context, file)
}

function checkApiVersion(context: BuildContext, file: KustomizationFile): void {
  const { kind, apiVersion } = file.object
  if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component') {
    report(context, file.path, `kind should be Kustomization or Component, not ${String(kind)}`, {
      field: 'kind'
    })
    return
  }
  const required =
    kind === 'Component' ? 'kustomize.config.k8s.io/v1alpha1' : 'kustomize.config.k8s.io/v1beta1'
  if (apiVersion !== undefined && apiVersion !== required) {
    report(
      context,
      file.path,
      `apiVersion for ${String(kind ?? 'Kustomization')} should be ${required}`,
      {
        field: 'apiVersion'
      }
    )
  }
}
