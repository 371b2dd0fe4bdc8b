/**
 * What `plan` reports: the restarts, upgrades, additions and removals a change between two
 * revisions causes once it is applied (with the bot's own fix on top of head), and how to roll
 * it back. The JSON output is this shape; field names are a stable contract (README).
 */
export interface Plan {
  base: string
  head: string
  restarts: Restart[]
  upgrades: Upgrade[]
  added: WorkloadRef[]
  removed: WorkloadRef[]
  rollback: Rollback
  /** Findings that kept part of a revision from being planned (a file that does not parse...). */
  problems: PlanProblem[]
}

export interface WorkloadRef {
  kind: string
  namespace: string
  name: string
  /** The root id `roots --format json` prints: a Flux Kustomization or a kustomization folder. */
  root: string
  /** The cluster the root belongs to (the folder under `clusters/`), or '' when unknown. */
  cluster: string
  file: string | undefined
  line: number | undefined
}

export type Reason =
  /** A ConfigMap/Secret the pods read changed: which keys (never their values). */
  | { type: 'config'; kind: 'ConfigMap' | 'Secret'; name: string; keys: string[] }
  | { type: 'image'; container: string; from: string | undefined; to: string | undefined }
  | { type: 'env'; container: string; names: string[] }
  | { type: 'resources'; container: string }
  /** Any other pod-template field, by path (`spec.template.spec.nodeSelector`). */
  | { type: 'pod-template'; paths: string[] }
  /** A HelmRelease's merged values changed at these paths. */
  | { type: 'values'; paths: string[] }
  | { type: 'chart'; name: string; from: string | undefined; to: string | undefined }

/** How the restart rolls out. */
export type Strategy =
  | { type: 'rolling-update' }
  | { type: 'canary'; canary: string }
  | { type: 'ordered'; partition: number | undefined }
  | { type: 'node-by-node' }
  | { type: 'none' }

export interface Restart extends WorkloadRef {
  reasons: Reason[]
  strategy: Strategy
  /** Why the annotation may restart nothing: OnDelete, paused, replicas: 0, a Job. */
  warnings: string[]
  /** For a workload a HelmRelease renders: that release (`namespace/name`). */
  release?: string
}

export interface Upgrade extends WorkloadRef {
  reasons: Reason[]
  /** app-template controllers whose pods restart with the upgrade. */
  restarts: string[]
}

export interface RollbackCommand {
  /** What the command is for, in a few words. */
  purpose: string
  command: string
}

export interface Rollback {
  /** The revert for the way the change lands, then the commands to apply and watch it. */
  commands: RollbackCommand[]
  restores: string[]
  cannotRestore: string[]
}

export interface PlanProblem {
  revision: 'base' | 'head'
  file: string
  line: number
  message: string
}
