import type { WorkloadResult } from '../engine/analyze.js'
import type { Problem, RuleId } from '../engine/findings.js'
import { asString, getIn, kindOf, nameOf } from '../engine/objects.js'
import type { KObject } from '../engine/objects.js'
import type { BuiltResource } from '../engine/roots.js'
import { isHelmRelease } from '../helm/index.js'
import type { LintInput, LintResult } from './types.js'
import { distinct, findingAt, qualified, sourceKey } from './where.js'

interface Blocker {
  rule: RuleId
  path: readonly string[]
  why: string
}

/**
 * A workload that gets a config hash but that a pod-template change does not restart: a
 * StatefulSet or DaemonSet with `updateStrategy: OnDelete`, a paused Deployment
 * (`hash-restarts-nothing`); or one scaled to zero (`hash-scaled-to-zero`: nothing runs, so
 * nothing needs a restart). For app-template HelmReleases, the controller's inline values.
 */
export function noRestart(input: LintInput): LintResult {
  const problems: Problem[] = []
  const builtObject = builtObjectFinder(input)
  for (const workload of input.workloads) {
    const source = workload.source
    if (!source || workload.desiredHash === undefined) continue
    if (!['missing', 'stale', 'current'].includes(workload.status)) continue
    const object = builtObject(workload)
    if (!object) continue
    for (const blocker of blockers(workload, object)) {
      problems.push(
        findingAt(
          input,
          blocker.rule,
          source,
          blocker.path,
          `${workload.kind} ${qualified(workload.namespace, workload.name)} gets a config hash, but ${blocker.why}`
        )
      )
    }
  }
  return { problems: distinct(problems, true), edits: [] }
}

/** Finds the object each workload was analyzed from, as its root built it. */
function builtObjectFinder(input: LintInput): (workload: WorkloadResult) => KObject | undefined {
  // Per root, its resources by source document: a root can hold thousands of resources.
  const bySource = new Map<string, Map<string, BuiltResource[]>>()
  const resourcesOf = (rootId: string) => {
    let index = bySource.get(rootId)
    if (index) return index
    index = new Map()
    bySource.set(rootId, index)
    const root = input.roots.find(candidate => candidate.id === rootId)
    for (const resource of root?.resources ?? []) {
      if (!resource.source) continue
      const key = sourceKey(resource.source)
      const list = index.get(key)
      if (list) list.push(resource)
      else index.set(key, [resource])
    }
    return index
  }
  return workload => {
    const source = workload.source
    if (!source) return undefined
    const fromChart = workload.shape.templatePath.length === 0
    return resourcesOf(workload.root)
      .get(sourceKey(source))
      ?.find(resource =>
        fromChart
          ? isHelmRelease(resource.object)
          : kindOf(resource.object) === workload.kind && nameOf(resource.object) === workload.name
      )?.object
  }
}

function blockers(workload: WorkloadResult, object: KObject): Blocker[] {
  const found: Blocker[] = []
  const [spec, values, controllers, id] = workload.shape.annotationsPath
  const chartController =
    workload.shape.templatePath.length === 0 &&
    spec === 'spec' &&
    values === 'values' &&
    controllers === 'controllers' &&
    id !== undefined
  if (!chartController && workload.shape.templatePath.length === 0) return []
  const base = chartController ? ['spec', 'values', 'controllers', id] : ['spec']
  const onDelete = chartController
    ? getIn(object, [...base, 'strategy']) === 'OnDelete'
    : asString(getIn(object, ['spec', 'updateStrategy', 'type'])) === 'OnDelete'
  if (onDelete && (workload.kind === 'StatefulSet' || workload.kind === 'DaemonSet'))
    found.push({
      rule: 'hash-restarts-nothing',
      path: chartController ? [...base, 'strategy'] : ['spec', 'updateStrategy', 'type'],
      why: 'its update strategy is OnDelete: a new hash changes the pod template, and no pod restarts until someone deletes it; use RollingUpdate, or delete the pods after each config change'
    })
  if (
    !chartController &&
    workload.kind === 'Deployment' &&
    getIn(object, ['spec', 'paused']) === true
  )
    found.push({
      rule: 'hash-restarts-nothing',
      path: ['spec', 'paused'],
      why: 'it is paused (spec.paused: true): a new hash rolls nothing out until the Deployment is resumed'
    })
  if (getIn(object, [...base, 'replicas']) === 0)
    found.push({
      rule: 'hash-scaled-to-zero',
      path: [...base, 'replicas'],
      why: 'it has replicas: 0: no pod runs, so a config change restarts nothing (pods started later read the current config)'
    })
  return found
}
