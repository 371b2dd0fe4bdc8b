import type { WorkloadResult } from '../engine/analyze.js'
import type { Problem } from '../engine/findings.js'
import { asList, asMap, asString, getIn, nameOf, namespaceOf } from '../engine/objects.js'
import type { KObject } from '../engine/objects.js'
import { isHelmRelease } from '../helm/index.js'
import { groupBy } from '../shared/collections.js'
import { configFinder, labelsOf, labelsPath } from './configs.js'
import type { FoundConfig } from './configs.js'
import type { LintInput, LintResult } from './types.js'
import { distinct, findingAt, qualified, sourceKey } from './where.js'
import type { SourceRef } from './where.js'

export const WATCH_LABEL = 'reconcile.fluxcd.io/watch'

/**
 * helm-controller upgrades a release when a `valuesFrom` ConfigMap or Secret changes only if the
 * object carries `reconcile.fluxcd.io/watch: Enabled` (Flux 2.7+); otherwise the change waits
 * for the release's next interval. Reported where the label goes: the object's source document
 * (the HelmRelease's valuesFrom entry when a generator makes the object). Not reported when the
 * object is not in the root, when a kustomize name-suffix hash renames it on every change, or
 * when the release's own config hash covers it (the hash changes the HelmRelease itself).
 */
export function valuesWatch(input: LintInput): LintResult {
  const problems: Problem[] = []
  const workloadsOf = groupBy(
    input.workloads.filter(workload => workload.source),
    workload => sourceKey(workload.source!)
  )
  for (const root of input.roots) {
    const findConfig = configFinder(root)
    for (const resource of root.resources) {
      const release = resource.object
      if (!resource.source || !isHelmRelease(release)) continue
      const entries = asList(getIn(release, ['spec', 'valuesFrom'])).map(asMap)
      entries.forEach((entry, index) => {
        const kind = entry['kind']
        const name = asString(entry['name'])
        if ((kind !== 'ConfigMap' && kind !== 'Secret') || !name) return
        const found = findConfig(kind, namespaceOf(release), name)
        if (!found || found.resource.generatedWithSuffix) return
        if (String(labelsOf(found)[WATCH_LABEL]) === 'Enabled') return
        const rendered = workloadsOf.get(sourceKey(resource.source!)) ?? []
        if (coveredByHash(rendered, kind, name)) return
        problems.push(finding(input, release, resource.source!, index, found))
      })
    }
  }
  return { problems: distinct(problems), edits: [] }
}

/** Whether a workload the release renders (`rendered`) hashes this valuesFrom object. */
function coveredByHash(rendered: readonly WorkloadResult[], kind: string, name: string): boolean {
  return rendered.some(
    workload =>
      ['missing', 'stale', 'current'].includes(workload.status) &&
      workload.references.some(
        reference =>
          reference.reader === 'valuesFrom' &&
          reference.kind === kind &&
          reference.name === name &&
          reference.coverage === 'git-hash'
      )
  )
}

function finding(
  input: LintInput,
  release: KObject,
  releaseSource: SourceRef,
  index: number,
  found: FoundConfig
): Problem {
  const { config } = found
  const interval = asString(getIn(release, ['spec', 'interval']))
  const message = `${config.kind} ${qualified(config.namespace, config.name)} feeds the values of HelmRelease ${qualified(namespaceOf(release), nameOf(release))} (valuesFrom) but has no label ${WATCH_LABEL}: Enabled, so a change to it upgrades the release only at its next reconcile${interval ? ` (interval ${interval})` : ''}; add the label (Flux 2.7 or later)`
  return found.resource.source
    ? findingAt(input, 'helm-values-not-watched', found.resource.source, labelsPath(found), message)
    : findingAt(
        input,
        'helm-values-not-watched',
        releaseSource,
        ['spec', 'valuesFrom', index],
        message
      )
}
