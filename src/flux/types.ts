import type { Problem, Resource } from '../kustomize-lite/index.js'

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
  /** Kustomizations whose path cannot be mapped into this repository, with file:line. */
  unresolved: Problem[]
}

/** 1-based start line of a document of a file. */
export type LineOf = (file: string, document: number) => number
