import type { WorkloadResult } from '../engine/analyze.js'
import type { Problem } from '../engine/findings.js'
import type { KObject } from '../engine/objects.js'
import type { PlannedEdit } from '../engine/placement.js'
import type { Root } from '../engine/roots.js'
import type { PathSegment } from '../yaml-edit/index.js'

/** One parsed document of the repository, whether or not a root applies it. */
export interface LintDocument {
  file: string
  index: number
  line: number
  value: unknown
}

/** A place in a file: 1-based line and column. */
export interface Position {
  line: number
  column: number
}

/** What the engine has found, as the lint rules read it. Plain data and pure functions. */
export interface LintInput {
  /** The roots as built (after kustomize and Flux substitution), each resource with its source. */
  roots: readonly Root[]
  /** Every workload of every root, with its hash status. */
  workloads: readonly WorkloadResult[]
  /** Every parsed YAML document of the repository, including those no root applies. */
  documents: readonly LintDocument[]
  /** The line a source document starts on. */
  lineOf(file: string, document: number): number
  /** Where the deepest existing node of `path` sits in a source document. */
  locate(file: string, document: number, path: readonly PathSegment[]): Position | undefined
  /** A Flux source (OCIRepository, HelmRepository...) anywhere in the repository. */
  findSource(kind: string, namespace: string, name: string): KObject | undefined
}

export interface LintResult {
  problems: Problem[]
  /** What `fix` writes to repair a finding (the Reloader reloadStrategy value). */
  edits: PlannedEdit[]
}
