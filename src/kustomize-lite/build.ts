import type { BuildContext } from './context.js'
import { compareLegacyOrder } from './legacy-order.js'
import { readKustomizationCached } from './kustomization-file.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { Accumulator } from './accumulator.js'
import { emptyAccumulator } from './accumulator.js'
import { accumulateDirectory } from './target.js'
import { addNameHashes } from './name-hash.js'
import { fixNameReferences } from './name-reference.js'
import { resolveVars } from './vars.js'
import type { BuildOptions, BuildResult, FileSystem, Resource } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { currentId, editableMetadata } from './working-resource.js'

/** Builds the kustomization in `dir` as `kubectl kustomize` would; never throws on bad input. */
export function build(dir: string, fs: FileSystem, options: BuildOptions = {}): BuildResult {
  const context: BuildContext = {
    fs,
    documentCache: options.documentCache ?? new Map(),
    problems: [],
    activeDirectories: []
  }
  const accumulator = emptyAccumulator()
  if (!accumulateDirectory(context, dir, 'root', accumulator)) {
    return { resources: [], problems: context.problems }
  }
  // As in kustomize, hashes and reference fixing happen once, after every overlay.
  addNameHashes(accumulator)
  fixNameReferences(context, accumulator)
  // With every reference fixed, kustomize resolves vars.
  const kustomization = readKustomizationCached(dir, context.fs, context.documentCache)
  if (kustomization.ok) resolveVars(context, accumulator, kustomization.file.path)
  const resources = outputOrder(context, dir, withoutLocalConfig(accumulator)).map(toResource)
  return { resources, problems: context.problems }
}

function withoutLocalConfig(accumulator: Accumulator): WorkingResource[] {
  return accumulator.resources.filter(
    resource => annotations(resource)['config.kubernetes.io/local-config'] !== 'true'
  )
}

function annotations(resource: WorkingResource): Record<string, unknown> {
  const metadata = resource.object.metadata
  return isObject(metadata) && isObject(metadata.annotations) ? metadata.annotations : {}
}

function outputOrder(
  context: BuildContext,
  dir: string,
  resources: WorkingResource[]
): WorkingResource[] {
  if (usesFifoOrder(context, dir)) return resources
  const withIds = resources.map(resource => ({ resource, id: currentId(resource) }))
  withIds.sort((a, b) => compareLegacyOrder(a.id, b.id))
  return withIds.map(entry => entry.resource)
}

// Only the top-level kustomization's sortOptions count (kustomize ignores nested ones).
function usesFifoOrder(context: BuildContext, dir: string): boolean {
  const read = readKustomizationCached(dir, context.fs, context.documentCache)
  return read.ok && stringField(read.file.object.sortOptions, 'order') === 'fifo'
}

/** The resource as output: its object may share nodes with the parse, which is never edited. */
function toResource(resource: WorkingResource): Resource {
  stripBuildAnnotations(resource)
  return { object: resource.object, origin: resource.origin }
}

// kustomize removes its own bookkeeping annotations from the output.
const buildAnnotationPrefixes = ['config.kubernetes.io/', 'internal.config.kubernetes.io/']

// kustomize drops empty or null annotations from every object it outputs (labels stay).
function stripBuildAnnotations(resource: WorkingResource): void {
  const metadata = resource.object.metadata
  if (!isObject(metadata) || !('annotations' in metadata)) return
  const annotations = metadata.annotations
  if (annotations === null || (isObject(annotations) && Object.keys(annotations).length === 0)) {
    delete editableMetadata(resource).annotations
    return
  }
  if (!isObject(annotations)) return
  const kept = Object.entries(annotations).filter(
    ([key]) => !buildAnnotationPrefixes.some(prefix => key.startsWith(prefix))
  )
  if (kept.length === Object.keys(annotations).length) return
  if (kept.length === 0) delete editableMetadata(resource).annotations
  else editableMetadata(resource).annotations = Object.fromEntries(kept)
}
