import type { Coverage, WorkloadResult } from './analyze.js'

/** How each reference of each workload is restarted when its config changes, counted. */
export interface CoverageMap {
  counts: Partial<Record<Coverage, number>>
  /** References nothing restarts the pods for: made in the cluster, watched by no Reloader annotation. */
  notCovered: NotCovered[]
}

export interface NotCovered {
  workload: string
  root: string
  file: string | undefined
  line: number | undefined
  reference: string
  source: string | undefined
}

/** Coverages that mean nothing restarts the pods when the config changes. */
export const NOT_COVERED: ReadonlySet<Coverage> = new Set(['untrackable', 'not-in-git'])

export function coverageMap(workloads: readonly WorkloadResult[]): CoverageMap {
  const counts: Partial<Record<Coverage, number>> = {}
  const notCovered: NotCovered[] = []
  for (const workload of workloads) {
    if (workload.status === 'ignored') continue
    for (const reference of workload.references) {
      counts[reference.coverage] = (counts[reference.coverage] ?? 0) + 1
      if (!NOT_COVERED.has(reference.coverage)) continue
      notCovered.push({
        workload: `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ''}${workload.name}`,
        root: workload.root,
        file: workload.source?.file,
        line: workload.source?.line,
        reference: `${reference.kind} ${reference.name}`,
        source: reference.source
      })
    }
  }
  return { counts, notCovered }
}
