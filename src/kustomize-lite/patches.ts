import type { BuildContext } from './context.js'
import { loadDocuments, report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import { joinPath } from './kustomization-file.js'
import { deepClone, isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import {
  applyJson6902,
  applyStrategicMergePatch,
  deletesResource,
  isJson6902Patch
} from './patch/index.js'
import { gvkOf, nameOf, namespaceOf, resIdOf } from './resource-id.js'
import { compileSelector, readSelector } from './selector.js'
import type { ResourceSelector } from './selector.js'
import type { Accumulator } from './accumulator.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { replaceObject, resourcesWithAnyId, storePreviousId } from './working-resource.js'
import { parseYamlDocuments } from './yaml-documents.js'
import type { ParsedDocuments } from './yaml-documents.js'

type PatchContent =
  { kind: 'strategic'; patches: YamlObject[] } | { kind: 'json6902'; operations: unknown[] }

interface PatchSource {
  /** Where problems point: the patch file, or the kustomization for inline patches. */
  path: string
  field: string
}

/** The legacy `patchesStrategicMerge`: each document patches the one resource with its id. */
export function applyPatchesStrategicMerge(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator
): void {
  const entries = file.object.patchesStrategicMerge
  if (!Array.isArray(entries)) return
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      report(context, file.path, 'patchesStrategicMerge entries must be strings', {
        field: 'patchesStrategicMerge'
      })
      continue
    }
    const path = joinPath(file.directory, entry)
    const fromFile = context.fs.readFile(path) !== undefined
    const source = { path: fromFile ? path : file.path, field: 'patchesStrategicMerge' }
    const documents = fromFile
      ? loadDocuments(context, path, source.field)
      : parseInline(context, entry, source)
    if (!documents) continue
    for (const patch of documents.filter(isObject))
      applyPatchToItsResource(context, into, patch, source)
  }
}

function applyPatchToItsResource(
  context: BuildContext,
  into: Accumulator,
  patch: YamlObject,
  source: PatchSource
): void {
  const id = resIdOf(patch)
  const matches = resourcesWithAnyId(into.resources, id)
  if (matches.length !== 1) {
    const problem = matches.length === 0 ? 'no resource matches' : 'several resources match'
    report(context, source.path, `${problem} the patch for ${id.kind} ${id.name}`, {
      field: source.field
    })
    return
  }
  applyStrategicPatches(context, into, matches, [patch], false, source)
}

/**
 * `patches` (strategic merge or JSON 6902, inline or from a file, with optional target) or the
 * legacy `patchesJson6902` (always JSON 6902, always with a target).
 */
export function applyPatchList(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator,
  field: 'patches' | 'patchesJson6902'
): void {
  for (const entry of listField(file.object[field]))
    applyPatchEntry(context, file, into, entry, field)
}

function listField(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function applyPatchEntry(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator,
  entry: unknown,
  field: string
): void {
  if (!isObject(entry)) {
    report(context, file.path, `${field} entries must be mappings`, { field })
    return
  }
  const loaded = loadPatchContent(context, file, entry, field)
  if (!loaded) return
  const { content, source } = loaded
  const selector = readSelector(entry.target)
  const options = isObject(entry.options) ? entry.options : {}
  if (content.kind === 'json6902') {
    if (!selector) {
      report(context, source.path, 'a JSON 6902 patch needs a target', { field })
      return
    }
    const targets = selectTargets(context, into, selector, source)
    for (const target of targets) applyOperations(context, target, content.operations, source)
    return
  }
  const allowNameChange = options.allowNameChange === true
  if (selector) {
    if (content.patches.length > 1) {
      report(context, source.path, 'a patch with a target must hold one document', { field })
      return
    }
    const targets = selectTargets(context, into, selector, source)
    applyStrategicPatches(context, into, targets, content.patches, allowNameChange, source)
    return
  }
  for (const patch of content.patches) {
    const targets = selectTargets(context, into, selectorOfPatch(patch), source)
    if (targets.length === 0) {
      const id = resIdOf(patch)
      report(context, source.path, `no resource matches the patch for ${id.kind} ${id.name}`, {
        field
      })
      continue
    }
    applyStrategicPatches(context, into, targets, [patch], allowNameChange, source)
  }
}

function selectorOfPatch(patch: YamlObject): ResourceSelector {
  const gvk = gvkOf(patch)
  const selector: ResourceSelector = { name: escapeRegExp(nameOf(patch)) }
  const namespace = namespaceOf(patch)
  if (namespace) selector.namespace = escapeRegExp(namespace)
  if (gvk.group) selector.group = escapeRegExp(gvk.group)
  if (gvk.version) selector.version = escapeRegExp(gvk.version)
  if (gvk.kind) selector.kind = escapeRegExp(gvk.kind)
  return selector
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function selectTargets(
  context: BuildContext,
  into: Accumulator,
  selector: ResourceSelector,
  source: PatchSource
): WorkingResource[] {
  const matcher = compileSelector(selector)
  if (typeof matcher === 'string') {
    report(context, source.path, `invalid patch target: ${matcher}`, { field: source.field })
    return []
  }
  return into.resources.filter(matcher)
}

function loadPatchContent(
  context: BuildContext,
  file: KustomizationFile,
  entry: YamlObject,
  field: string
): { content: PatchContent; source: PatchSource } | undefined {
  const inline = stringField(entry, 'patch')
  const relativePath = stringField(entry, 'path')
  if ((inline === undefined || inline.trim() === '') === (relativePath === undefined)) {
    report(context, file.path, `each ${field} entry needs exactly one of 'patch' and 'path'`, {
      field
    })
    return undefined
  }
  const source: PatchSource = relativePath
    ? { path: joinPath(file.directory, relativePath), field }
    : { path: file.path, field }
  const documents = relativePath
    ? loadDocuments(context, source.path, field)
    : parseInline(context, inline ?? '', source)
  if (!documents) return undefined
  const content = classify(documents, field === 'patchesJson6902')
  if (!content) {
    report(context, source.path, 'cannot read a strategic merge or JSON 6902 patch', { field })
    return undefined
  }
  return { content, source }
}

function classify(documents: unknown[], mustBeJson: boolean): PatchContent | undefined {
  const present = documents.filter(document => document !== null && document !== undefined)
  const first = present[0]
  if (present.length === 1 && isJson6902Patch(first)) {
    return { kind: 'json6902', operations: first as unknown[] }
  }
  if (mustBeJson) return undefined
  const patches = present.filter(isObject)
  if (patches.length === 0 || patches.length !== present.length) return undefined
  return { kind: 'strategic', patches }
}

/**
 * Inline patches parsed so far, by text: Flux puts the same inline patches into the
 * kustomization of every directory a Kustomization builds, and many share them. Patches are
 * cloned before they are applied, so the parsed documents are shared as cached files' are.
 */
const inlineParses = new Map<string, ParsedDocuments>()
const inlineErrors = new Map<string, ParsedDocuments>()
const MAX_INLINE_PARSES = 1024

function parseInline(
  context: BuildContext,
  text: string,
  source: PatchSource
): unknown[] | undefined {
  // A parse does not depend on the file; an error names it, so errors are kept per file.
  const errorKey = `${source.path}\0${text}`
  let parsed = inlineParses.get(text) ?? inlineErrors.get(errorKey)
  if (!parsed) {
    parsed = parseYamlDocuments(text, source.path)
    const cache = parsed.ok ? inlineParses : inlineErrors
    if (cache.size >= MAX_INLINE_PARSES) cache.clear()
    cache.set(parsed.ok ? text : errorKey, parsed)
  }
  if (parsed.ok) return parsed.documents
  report(context, source.path, `invalid inline patch: ${parsed.error.message}`, {
    field: source.field
  })
  return undefined
}

function applyStrategicPatches(
  context: BuildContext,
  into: Accumulator,
  targets: WorkingResource[],
  patches: YamlObject[],
  allowNameChange: boolean,
  source: PatchSource
): void {
  const deleted = new Set<WorkingResource>()
  for (const patch of patches) {
    for (const target of targets) {
      if (deleted.has(target)) continue
      try {
        if (deletesResource(patch)) {
          deleted.add(target)
          continue
        }
        const newName = allowNameChange ? nameOf(patch) : ''
        if (newName) storePreviousId(target)
        // applyStrategicMergePatch clones the patch (and the target) itself.
        replaceObject(target, applyStrategicMergePatch(target.object, patch))
        if (newName && isObject(target.object.metadata)) target.object.metadata.name = newName
        if (Object.keys(target.object).length === 0) deleted.add(target)
      } catch (error) {
        report(context, source.path, `patch failed: ${errorMessage(error)}`, {
          field: source.field
        })
      }
    }
  }
  if (deleted.size > 0) into.resources = into.resources.filter(resource => !deleted.has(resource))
}

function applyOperations(
  context: BuildContext,
  target: WorkingResource,
  operations: unknown[],
  source: PatchSource
): void {
  try {
    const patched = applyJson6902(target.object, deepClone(operations))
    storePreviousId(target)
    replaceObject(target, patched)
  } catch (error) {
    report(context, source.path, `JSON patch failed: ${errorMessage(error)}`, {
      field: source.field
    })
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
