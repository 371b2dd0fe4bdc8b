import type { Problem, Resource } from '../kustomize-lite/index.js'
import type { SourceMapping } from './mappings.js'

export type { SourceMapping } from './mappings.js'

export type { FileSystem, Problem, Resource } from '../kustomize-lite/index.js'

/** A Flux `Kustomization` (kustomize.toolkit.fluxcd.io, any version) as it is applied. */
export interface FluxKustomization {
  name: string
  namespace: string
  /** Repository file and 1-based line of the document that declares it. */
  file: string
  line: number
  /** Directory it builds, repository-relative and normalized; '.' is the repository root. */
  path: string
  interval?: string
  sourceRef: { kind: string; name: string; namespace: string }
  /** The object after its parent Kustomization's transforms and substitution, if one applies it. */
  object: Record<string, unknown>
}

/** What one Flux Kustomization applies, built the way kustomize-controller builds it. */
export interface FluxRoot {
  /** `namespace/name`, made unique with the declaring file when names repeat (one per cluster). */
  id: string
  kustomization: FluxKustomization
  /** After Flux's kustomization edits, postBuild substitution and commonMetadata. */
  resources: Resource[]
  problems: Problem[]
}

export interface FluxRoots {
  roots: FluxRoot[]
  /** Kustomizations whose path cannot be mapped into this repository, with file:line and why. */
  unresolved: Problem[]
  /** How many Flux Kustomizations the repository declares: 0 means none (not: none resolved). */
  kustomizations: number
  /** How many kustomize builds finding them took (each path and spec is built once). */
  builds: number
  /** Sources taken to be built from this repository because a workflow pushes them, as used. */
  inferred: InferredSource[]
}

export interface FluxOptions {
  /** Sources built from this repository, and the folder each is built from (`--source`). */
  sources?: readonly SourceMapping[]
}

/** A source that a workflow's `flux push artifact --path` says is built from a folder of this repository. */
export interface InferredSource {
  kind: string
  namespace: string
  name: string
  /** The folder, repository-relative; '.' is the root. */
  path: string
  /** The workflow file and line of the `flux push artifact` command, and its `--path` as written. */
  file: string
  line: number
  pushedPath: string
  /** The push's artifact URL, when it is known here. */
  pushedTo: string | undefined
  /**
   * `url`: the push goes to the OCIRepository's URL; `bootstrap`: the OCIRepository is
   * flux-system/flux-system, whose URL is not in the repository, and the workflows push one
   * folder to URLs not known here.
   */
  matchedBy: 'url' | 'bootstrap'
}

/** 1-based start line of a document of a file. */
export type LineOf = (file: string, document: number) => number
