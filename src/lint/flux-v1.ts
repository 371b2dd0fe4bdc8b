import type { Problem } from '../engine/findings.js'
import { asString, kindOf, nameOf, namespaceOf } from '../engine/objects.js'
import { isObject } from '../shared/objects.js'
import type { LintInput, LintResult } from './types.js'
import { findingAt, qualified } from './where.js'

/**
 * APIs of Flux before server-side apply: Flux v1's HelmRelease (helm-operator,
 * `helm.fluxcd.io`, and its predecessor `flux.weave.works`) and the first Flux v2
 * Kustomization API, `kustomize.toolkit.fluxcd.io/v1beta1` (kustomize-controller applied with
 * kubectl until Flux 0.18 brought server-side apply and v1beta2).
 */
function fluxV1Api(apiVersion: string, kind: string): string | undefined {
  if (apiVersion.startsWith('helm.fluxcd.io/') || apiVersion.startsWith('flux.weave.works/'))
    return 'Flux v1 (helm-operator)'
  if (apiVersion === 'kustomize.toolkit.fluxcd.io/v1beta1' && kind === 'Kustomization')
    return 'Flux before 0.18 (kustomize-controller without server-side apply)'
  return undefined
}

/** Every document in the repository with an API of Flux without server-side apply. */
export function fluxV1Objects(input: LintInput): LintResult {
  const problems: Problem[] = []
  for (const document of input.documents) {
    if (!isObject(document.value)) continue
    const object = document.value
    const apiVersion = asString(object['apiVersion']) ?? ''
    const era = fluxV1Api(apiVersion, kindOf(object))
    if (!era) continue
    problems.push(
      findingAt(
        input,
        'flux-v1-object',
        { file: document.file, document: document.index },
        ['apiVersion'],
        `${kindOf(object)} ${qualified(namespaceOf(object), nameOf(object))} uses ${apiVersion}, an API of ${era}, which applies with client-side apply and reverts the annotation Stakater Reloader writes to restart pods; for workloads Reloader restarts, pre-declare reloader.stakater.com/last-reloaded-from: "" in a kustomize patch, or move to Flux v2 (server-side apply). gitops-reloader's hash is in Git and is not affected`
      )
    )
  }
  return { problems, edits: [] }
}
