import { sourceFinder } from '../engine/analyze.js'
import type { Problem } from '../engine/findings.js'
import { asList, asMap, asString, getIn, kindOf, nameOf, namespaceOf } from '../engine/objects.js'
import type { KObject } from '../engine/objects.js'
import type { PlannedEdit } from '../engine/placement.js'
import type { BuiltResource } from '../engine/roots.js'
import { podSpecOf, workloadShape } from '../engine/workloads.js'
import { chartOf, isHelmRelease, readHelmRelease } from '../helm/index.js'
import { configFinder, valuesSourceOf } from './configs.js'
import type { LintInput, LintResult } from './types.js'
import { distinct, findingAt, qualified } from './where.js'
import type { SourceRef } from './where.js'

/** The chart's value and the controller's flag that choose how Reloader marks a restart. */
export const STRATEGY_VALUE_PATH = ['spec', 'values', 'reloader', 'reloadStrategy'] as const
const STRATEGY_FLAG = '--reload-strategy'
const RELOADER_IMAGE = /(^|\/)stakater\/reloader([:@]|$)/

/**
 * Stakater Reloader must run with the `annotations` reload strategy in a Flux repository: with
 * the default (`env-vars`) it restarts pods by patching an env var into the live pod template,
 * which Flux does not keep (seed 000). A HelmRelease of the `reloader` chart (any source) gets
 * `reloader.reloadStrategy: annotations` in its inline values from `fix`, which helm-controller
 * merges over `valuesFrom`; a Deployment running the reloader image is reported, to add the flag.
 */
export function reloaderStrategy(input: LintInput): LintResult {
  const problems: Problem[] = []
  const edits = new Map<string, PlannedEdit>()
  for (const root of input.roots) {
    const findConfig = configFinder(root)
    const findSource = sourceFinder(root.resources, input.findSource)
    for (const resource of root.resources) {
      const source = resource.source
      if (!source) continue
      if (isHelmRelease(resource.object)) {
        // The chart is cheap to name; only Reloader's own releases have their values merged.
        if (chartOf(resource.object, namespaceOf(resource.object), findSource)?.name !== 'reloader')
          continue
        const view = readHelmRelease(resource.object, {
          findSource,
          findValues: (kind, namespace, name) => valuesSourceOf(findConfig(kind, namespace, name))
        })
        if (view.chart?.name !== 'reloader') continue
        const strategy = getIn(view.values.values, ['reloader', 'reloadStrategy'])
        if (strategy === 'annotations') continue
        problems.push(helmFinding(input, resource.object, source, strategy, view.chart.version))
        const edit: PlannedEdit = {
          kind: 'set',
          file: source.file,
          edit: { document: source.document, path: STRATEGY_VALUE_PATH, value: 'annotations' }
        }
        edits.set(`${source.file}#${source.document}`, edit)
      } else problems.push(...manifestFindings(input, resource, source))
    }
  }
  return { problems: distinct(problems), edits: [...edits.values()] }
}

function helmFinding(
  input: LintInput,
  release: KObject,
  source: SourceRef,
  strategy: unknown,
  version: string | undefined
): Problem {
  const set =
    strategy === undefined
      ? 'does not set reloader.reloadStrategy (the chart default is env-vars)'
      : `sets reloader.reloadStrategy to '${String(strategy)}'`
  return findingAt(
    input,
    'reloader-reload-strategy',
    source,
    STRATEGY_VALUE_PATH,
    `HelmRelease ${qualified(namespaceOf(release), nameOf(release))} installs Stakater Reloader (chart reloader${version ? ` ${version}` : ''}) and ${set}: Reloader then restarts pods by patching an env var into the live pod template, which Flux does not keep; set spec.values.reloader.reloadStrategy: annotations ('gitops-reloader fix' writes it)`
  )
}

/** A workload that runs the reloader image without `--reload-strategy=annotations`. */
function manifestFindings(input: LintInput, resource: BuiltResource, source: SourceRef): Problem[] {
  const shape = workloadShape(resource.object)
  if (!shape) return []
  const containers = asList(podSpecOf(resource.object, shape)['containers']).map(asMap)
  return containers.flatMap((container, index) => {
    const image = asString(container['image']) ?? ''
    if (!RELOADER_IMAGE.test(image)) return []
    const strategy = flagValue([...asList(container['command']), ...asList(container['args'])])
    if (strategy === 'annotations') return []
    const set =
      strategy === undefined
        ? `without ${STRATEGY_FLAG}=annotations (the default is env-vars)`
        : `with ${STRATEGY_FLAG}=${strategy}`
    return [
      findingAt(
        input,
        'reloader-reload-strategy',
        source,
        [...shape.templatePath, 'spec', 'containers', index, 'image'],
        `${kindOf(resource.object)} ${qualified(namespaceOf(resource.object), nameOf(resource.object))} runs Stakater Reloader (${image}) ${set}: Reloader then restarts pods by patching an env var into the live pod template, which Flux does not keep; add '${STRATEGY_FLAG}=annotations' to the container's args`
      )
    ]
  })
}

/** The value of the last `--reload-strategy` flag (`--flag=value` or `--flag value`), as pflag reads it. */
function flagValue(words: readonly unknown[]): string | undefined {
  let value: string | undefined
  words.forEach((word, index) => {
    if (typeof word !== 'string') return
    if (word.startsWith(`${STRATEGY_FLAG}=`)) value = word.slice(STRATEGY_FLAG.length + 1)
    else if (word === STRATEGY_FLAG) value = asString(words[index + 1])
  })
  return value
}
