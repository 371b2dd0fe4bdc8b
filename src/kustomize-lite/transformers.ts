import type { BuildContext } from './context.js'
import { report } from './context.js'
import { applyImageOverride } from './images.js'
import type { ImageOverride } from './images.js'
import type { KustomizationFile } from './kustomization-file.js'
import { setMapEntries } from './metadata-maps.js'
import { applyNameAffixes } from './name-affixes.js'
import { applyNamespace } from './namespace.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import { applyPatchList, applyPatchesStrategicMerge } from './patches.js'
import { applyReplicaCount } from './replicas.js'
import type { Accumulator } from './accumulator.js'
import type { FieldSpec } from './transformer-config.js'
import { mergeFieldSpecs } from './transformer-config.js'
import { readFieldSpecs } from './configurations.js'
import { applyReplacements } from './replacements.js'

/** The built-in transformers of one kustomization, in kustomize's fixed order. */
export function runTransformers(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator
): void {
  const kustomization = file.object
  const config = into.config
  applyPatchesStrategicMerge(context, file, into)
  applyPatchList(context, file, into, 'patches')
  applyNamespace(into.resources, stringField(kustomization, 'namespace') ?? '', config.namespace)
  applyNameAffixes(
    into.resources,
    stringField(kustomization, 'namePrefix') ?? '',
    stringField(kustomization, 'nameSuffix') ?? '',
    config.namePrefix
  )
  applyLabels(context, file, into)
  setMapEntries(
    into.resources,
    stringMap(kustomization.commonAnnotations),
    config.commonAnnotations
  )
  applyPatchList(context, file, into, 'patchesJson6902')
  applyReplicas(context, file, into)
  for (const image of readImages(kustomization)) {
    applyImageOverride(into.resources, image, config.images)
  }
  applyReplacements(context, file, into)
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, entry === null ? '' : String(entry)])
  )
}

function applyLabels(context: BuildContext, file: KustomizationFile, into: Accumulator): void {
  const config = into.config
  const labels = Array.isArray(file.object.labels) ? file.object.labels : []
  for (const label of labels) {
    if (!isObject(label)) {
      report(context, file.path, 'labels entries must be mappings', { field: 'labels' })
      continue
    }
    setMapEntries(into.resources, stringMap(label.pairs), labelFieldSpecs(label, config))
  }
  setMapEntries(into.resources, stringMap(file.object.commonLabels), config.commonLabels)
}

function labelFieldSpecs(
  label: Record<string, unknown>,
  config: Accumulator['config']
): FieldSpec[] {
  const own = readFieldSpecs(label.fields)
  if (label.includeSelectors === true) return mergeFieldSpecs(own, config.commonLabels)
  const withTemplates =
    label.includeTemplates === true ? mergeFieldSpecs(own, config.templateLabels) : own
  return mergeFieldSpecs(withTemplates, [{ path: 'metadata/labels', create: true }])
}

function applyReplicas(context: BuildContext, file: KustomizationFile, into: Accumulator): void {
  const replicas = Array.isArray(file.object.replicas) ? file.object.replicas : []
  for (const replica of replicas) {
    const name = stringField(replica, 'name')
    const count = isObject(replica) ? replica.count : undefined
    if (!name || typeof count !== 'number') {
      report(context, file.path, 'replicas entries need a name and a numeric count', {
        field: 'replicas'
      })
      continue
    }
    if (!applyReplicaCount(into.resources, name, count, into.config.replicas)) {
      report(context, file.path, `replicas: no scalable resource named ${name}`, {
        field: 'replicas'
      })
    }
  }
}

function readImages(kustomization: Record<string, unknown>): ImageOverride[] {
  const entries = [kustomization.images, kustomization.imageTags].flatMap(value =>
    Array.isArray(value) ? value : []
  )
  return entries.filter(isObject).map(entry => {
    const image: ImageOverride = { name: stringField(entry, 'name') ?? '' }
    const newName = stringField(entry, 'newName')
    const newTag =
      entry.newTag === undefined || entry.newTag === null ? undefined : String(entry.newTag)
    const digest = stringField(entry, 'digest')
    if (newName) image.newName = newName
    if (newTag) image.newTag = newTag
    if (digest) image.digest = digest
    return image
  })
}
