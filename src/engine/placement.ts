import { posix } from 'node:path'
import type { AppendItem, SetScalar } from '../yaml-edit/index.js'
import { qualifiedName } from './analyze.js'
import type { WorkloadResult } from './analyze.js'
import { problem } from './findings.js'
import { groupBy } from '../shared/collections.js'
import type { Problem } from './findings.js'
import { isObject } from '../shared/objects.js'
import { asString, kindOf, nameOf, namespaceOf } from './objects.js'
import type { KObject } from './objects.js'
import { annotationPath, INSERT_BEFORE } from './workloads.js'

/** The file, in each overlay, that holds the hashes of workloads its base shares with others. */
const OVERLAY_PATCH_FILE = 'config-hash.patch.yaml'

/** What fix writes, before it is applied to the files' text. */
export type PlannedEdit =
  | { kind: 'set'; file: string; edit: SetScalar }
  | { kind: 'append-item'; file: string; edit: AppendItem }
  | { kind: 'append-document'; file: string; text: string }

export interface Placement {
  edits: PlannedEdit[]
  conflicts: Problem[]
}

/** What the engine knows of the repository when it places hashes. */
export interface PlacementContext {
  /** The directory of a root's own kustomization file, where an overlay patch can go. */
  overlayDirectoryOf(rootId: string): string | undefined
  /** The kustomization file of a directory, if it has one. */
  kustomizationFileOf(directory: string): string | undefined
  /** Parsed documents of a file by index, if it exists. */
  documentsOf(file: string): readonly unknown[] | undefined
  /** The source document a workload came from. */
  sourceObject(file: string, document: number): KObject | undefined
}

/**
 * Where each hash goes. A source document that every root gives the same config gets the hash
 * itself. A document shared by roots that give it different config (a base and its overlays)
 * cannot hold every hash, so each overlay gets a patch that sets its own.
 */
export function placeHashes(
  workloads: readonly WorkloadResult[],
  context: PlacementContext
): Placement {
  const placement: Placement = { edits: [], conflicts: [] }
  for (const sharing of groupBySource(workloads).values()) {
    const hashes = new Set(sharing.map(workload => workload.desiredHash))
    if (sharing.every(workload => workload.status === 'current')) continue
    if (hashes.size === 1) placement.edits.push(...setInSourceAndPatches(sharing, context))
    else placeInOverlays(sharing, context, placement)
  }
  return placement
}

type PlacedWorkload = WorkloadResult & {
  source: NonNullable<WorkloadResult['source']>
  desiredHash: string
}

function groupBySource(workloads: readonly WorkloadResult[]): Map<string, PlacedWorkload[]> {
  return groupBy(
    workloads.filter(isPlaceable),
    // One HelmRelease renders several controllers, each with its own annotations.
    workload =>
      `${workload.source.file}#${workload.source.document}#${workload.shape.annotationsPath.join('.')}`
  )
}

function isPlaceable(workload: WorkloadResult): workload is PlacedWorkload {
  const writable =
    workload.status === 'missing' || workload.status === 'stale' || workload.status === 'current'
  return writable && workload.source !== undefined && workload.desiredHash !== undefined
}

/**
 * Overlays that once gave the base different config still hold a patch for it, which would win
 * over the base: those patches get the shared hash too.
 */
function setInSourceAndPatches(
  sharing: readonly PlacedWorkload[],
  context: PlacementContext
): PlannedEdit[] {
  const first = sharing[0]!
  const target = context.sourceObject(first.source.file, first.source.document)
  const patches = new Map<string, PlannedEdit>()
  for (const workload of sharing) {
    const directory = context.overlayDirectoryOf(workload.root)
    const patch = target && directory && existingPatchEdit(workload, target, directory, context)
    if (patch)
      patches.set(`${patch.file}#${patch.kind === 'set' ? patch.edit.document : ''}`, patch)
  }
  return [...setInSource(first), ...patches.values()]
}

function setInSource(workload: PlacedWorkload): PlannedEdit[] {
  const document = workload.source.document
  const file = workload.source.file
  const hash: PlannedEdit = {
    kind: 'set',
    file,
    edit: {
      document,
      path: annotationPath(workload.shape),
      before: INSERT_BEFORE,
      value: workload.desiredHash
    }
  }
  const companions = Object.entries(workload.shape.companions ?? {}).map(
    ([key, value]): PlannedEdit => ({
      kind: 'set',
      file,
      edit: { document, path: [...workload.shape.annotationsPath, key], value }
    })
  )
  return [...companions, hash]
}

function placeInOverlays(
  sharing: readonly PlacedWorkload[],
  context: PlacementContext,
  placement: Placement
): void {
  const pending = sharing.filter(workload => workload.status !== 'current')
  const unplaceable = pending.filter(
    workload =>
      !context.overlayDirectoryOf(workload.root) || sharesOverlay(workload, sharing, context)
  )
  if (unplaceable.length > 0) {
    placement.conflicts.push(conflict(sharing, unplaceable))
    return
  }
  const target = context.sourceObject(sharing[0]!.source.file, sharing[0]!.source.document)
  if (!target) return
  for (const workload of pending) {
    placement.edits.push(
      ...overlayEdits(workload, target, context.overlayDirectoryOf(workload.root)!, context)
    )
  }
}

/** Two roots built from one directory (two Flux Kustomizations, one path) cannot both patch it. */
function sharesOverlay(
  workload: PlacedWorkload,
  sharing: readonly PlacedWorkload[],
  context: PlacementContext
): boolean {
  const directory = context.overlayDirectoryOf(workload.root)
  return sharing.some(
    other =>
      other.desiredHash !== workload.desiredHash &&
      context.overlayDirectoryOf(other.root) === directory
  )
}

function overlayEdits(
  workload: PlacedWorkload,
  target: KObject,
  directory: string,
  context: PlacementContext
): PlannedEdit[] {
  const file = posix.join(directory, OVERLAY_PATCH_FILE)
  const kustomization = context.kustomizationFileOf(directory)
  const register: PlannedEdit[] = kustomization
    ? [
        {
          kind: 'append-item',
          file: kustomization,
          edit: { document: 0, path: ['patches'], item: { path: OVERLAY_PATCH_FILE } }
        }
      ]
    : []
  const existing = existingPatchEdit(workload, target, directory, context)
  return [
    ...register,
    existing ?? { kind: 'append-document', file, text: renderPatch(target, workload) }
  ]
}

/** Sets the hash in the overlay's patch for this workload, if the overlay has one. */
function existingPatchEdit(
  workload: PlacedWorkload,
  target: KObject,
  directory: string,
  context: PlacementContext
): PlannedEdit | undefined {
  const file = posix.join(directory, OVERLAY_PATCH_FILE)
  const document =
    context.documentsOf(file)?.findIndex(candidate => targetsSame(candidate, target)) ?? -1
  if (document < 0) return undefined
  const edit = { document, path: annotationPath(workload.shape), value: workload.desiredHash }
  return { kind: 'set', file, edit }
}

function targetsSame(document: unknown, target: KObject): boolean {
  return (
    isObject(document) &&
    kindOf(document) === kindOf(target) &&
    nameOf(document) === nameOf(target) &&
    namespaceOf(document) === namespaceOf(target)
  )
}

/** A strategic-merge patch that sets one workload's hash; kustomize matches it by original name. */
function renderPatch(target: KObject, workload: PlacedWorkload): string {
  const metadata = [
    `  name: ${nameOf(target)}`,
    ...(namespaceOf(target) ? [`  namespace: ${namespaceOf(target)}`] : [])
  ]
  const nested = workload.shape.annotationsPath
  const lines = nested.map((key, depth) => `${'  '.repeat(depth)}${key}:`)
  return [
    `apiVersion: ${asString(target['apiVersion']) ?? ''}`,
    `kind: ${kindOf(target)}`,
    'metadata:',
    ...metadata,
    ...lines,
    ...Object.entries(workload.shape.companions ?? {}).map(
      ([key, value]) => `${'  '.repeat(nested.length)}${key}: ${JSON.stringify(value)}`
    ),
    `${'  '.repeat(nested.length)}${workload.shape.hashKey}: ${workload.desiredHash}`,
    ''
  ].join('\n')
}

function conflict(
  sharing: readonly PlacedWorkload[],
  unplaceable: readonly PlacedWorkload[]
): Problem {
  const first = sharing[0]!
  const perRoot = sharing.map(workload => `${workload.root}: ${workload.desiredHash}`).join(', ')
  const roots = unplaceable.map(workload => workload.root).join(', ')
  return problem(
    'config-hash-conflict',
    first.source.file,
    first.source.line,
    `${first.kind} ${qualifiedName(first)} is shared by roots that give it different config (${perRoot}); ${roots} has no kustomization file of its own (or shares it with another root) to hold a patch, so no place can hold its hash`
  )
}
