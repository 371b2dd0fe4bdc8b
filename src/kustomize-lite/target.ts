import type { Accumulator } from './accumulator.js'
import { appendResources, emptyAccumulator, idKeysOf, mergeAccumulator } from './accumulator.js'
import type { BuildContext } from './context.js'
import { lineMentioning, report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import { isRemoteReference, joinPath, readKustomizationCached } from './kustomization-file.js'
import { loadResourceFile } from './resource-file.js'
import { mergeTransformerConfigs } from './transformer-config.js'
import { loadConfigurations } from './configurations.js'
import { runGenerators } from './generators.js'
import { runTransformers } from './transformers.js'
import { checkKustomizationFields } from './kustomization-fields.js'
import { mergeVars } from './vars.js'
import { resIdKey } from './resource-id.js'
import { currentId } from './working-resource.js'

// The root may be a Component too: kustomize builds whatever directory it is given.
// Symlinks can make an endless chain of distinct paths that no cycle check sees.
const maximumNesting = 64

type TargetKind = 'root' | 'kustomization' | 'component'

/**
 * Builds one kustomization directory into a fresh accumulator (kind 'kustomization'), or applies
 * a component to the accumulator of the kustomization that lists it (kind 'component').
 */
export function accumulateDirectory(
  context: BuildContext,
  dir: string,
  kind: TargetKind,
  into: Accumulator,
  referencedFrom?: { path: string; field: string }
): boolean {
  if (context.activeDirectories.includes(dir)) {
    const cycle = [...context.activeDirectories, dir].join(' -> ')
    report(context, referencedFrom?.path ?? dir, `cycle in kustomizations: ${cycle}`, {
      field: referencedFrom?.field,
      code: 'cycle'
    })
    return false
  }
  if (context.activeDirectories.length >= maximumNesting) {
    report(
      context,
      referencedFrom?.path ?? dir,
      `kustomizations nested deeper than ${maximumNesting}`
    )
    return false
  }
  const read = readKustomizationCached(dir, context.fs, context.documentCache)
  if (!read.ok) {
    if (referencedFrom) read.problem.field ??= referencedFrom.field
    context.problems.push(read.problem)
    return false
  }
  if (!checkTargetKind(context, read.file, kind)) return false
  context.activeDirectories.push(dir)
  try {
    if (kind === 'component' || kind === 'root') {
      accumulateTarget(context, read.file, into)
    } else {
      const child = emptyAccumulator()
      accumulateTarget(context, read.file, child)
      mergeAccumulator(context, into, child, read.file.path)
    }
  } finally {
    context.activeDirectories.pop()
  }
  return true
}

function checkTargetKind(
  context: BuildContext,
  file: KustomizationFile,
  kind: TargetKind
): boolean {
  const isComponent = file.object.kind === 'Component'
  if (kind === 'component' && !isComponent) {
    report(context, file.path, `expected kind 'Component' in ${file.path}`, { field: 'kind' })
    return false
  }
  if (kind === 'kustomization' && isComponent) {
    report(context, file.path, `a Component cannot be listed as a resource: ${file.path}`, {
      field: 'kind'
    })
    return false
  }
  return true
}

/** The steps of kustomize's accumulateTarget, in its order. */
function accumulateTarget(context: BuildContext, file: KustomizationFile, into: Accumulator): void {
  checkKustomizationFields(context, file)
  accumulateResources(context, file, into)
  into.config = mergeTransformerConfigs(into.config, loadConfigurations(context, file))
  runGenerators(context, file, into)
  accumulateComponents(context, file, into)
  runTransformers(context, file, into)
  mergeVars(context, file, into)
}

function stringList(context: BuildContext, file: KustomizationFile, field: string): string[] {
  const value = file.object[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    report(context, file.path, `${field} must be a list`, { field })
    return []
  }
  return value.filter((entry): entry is string => {
    if (typeof entry === 'string') return true
    report(context, file.path, `${field} entries must be strings`, { field })
    return false
  })
}

function accumulateResources(context: BuildContext, file: KustomizationFile, into: Accumulator) {
  // kustomize appends the deprecated `bases` after `resources`.
  const entries = [
    ...stringList(context, file, 'resources').map(entry => ({ entry, field: 'resources' })),
    ...stringList(context, file, 'bases').map(entry => ({ entry, field: 'bases' }))
  ]
  // The ids present, kept across files: recomputing them for every file is quadratic.
  const present = idKeysOf(into)
  for (const { entry, field } of entries) {
    if (isRemoteReference(entry)) {
      reportUnsupportedEntry(context, file, field, entry, 'remote resources are not supported')
      continue
    }
    const path = joinPath(file.directory, entry)
    if (context.fs.isDirectory(path)) {
      const before = into.resources.length
      accumulateDirectory(context, path, 'kustomization', into, { path: file.path, field })
      // A sub-kustomization only appends: the ids already present are unchanged.
      for (let index = before; index < into.resources.length; index++)
        present.add(resIdKey(currentId(into.resources[index]!)))
      continue
    }
    const resources = loadResourceFile(context, path, field, `missing file or directory: ${entry}`)
    if (resources) appendResources(context, into, resources, file.path, present)
  }
}

function accumulateComponents(context: BuildContext, file: KustomizationFile, into: Accumulator) {
  for (const entry of stringList(context, file, 'components')) {
    if (isRemoteReference(entry)) {
      reportUnsupportedEntry(
        context,
        file,
        'components',
        entry,
        'remote components are not supported'
      )
      continue
    }
    const path = joinPath(file.directory, entry)
    if (!context.fs.isDirectory(path)) {
      reportUnsupportedEntry(context, file, 'components', entry, `missing directory ${path}`)
      continue
    }
    accumulateDirectory(context, path, 'component', into, { path: file.path, field: 'components' })
  }
}

function reportUnsupportedEntry(
  context: BuildContext,
  file: KustomizationFile,
  field: string,
  entry: string,
  message: string
) {
  const line = lineMentioning(context.fs.readFile(file.path), entry)
  report(context, file.path, `${message}: ${entry}`, { field, line })
}
