import type { BuildContext } from './context.js'
import { report } from './context.js'
import { describeResId, resIdKey } from './resource-id.js'
import type { TransformerConfig } from './transformer-config.js'
import { defaultTransformerConfig, mergeTransformerConfigs } from './transformer-config.js'
import type { WorkingResource } from './working-resource.js'
import { currentId } from './working-resource.js'
import type { Var } from './vars.js'

/** What a kustomization builds so far: its resources and its transformer configuration. */
export interface Accumulator {
  resources: WorkingResource[]
  config: TransformerConfig
  /** The deprecated `vars` declared so far (resolved once, at the top-level build). */
  vars: Var[]
}

export function emptyAccumulator(): Accumulator {
  return { resources: [], config: defaultTransformerConfig(), vars: [] }
}

export function idKeysOf(into: Accumulator): Set<string> {
  return new Set(into.resources.map(existing => resIdKey(currentId(existing))))
}

/** Appends resources, refusing ids already present, as kustomize's AppendAll does. */
export function appendResources(
  context: BuildContext,
  into: Accumulator,
  resources: WorkingResource[],
  kustomizationPath: string,
  present = idKeysOf(into)
): void {
  for (const resource of resources) {
    const id = currentId(resource)
    const key = resIdKey(id)
    if (present.has(key)) {
      report(context, kustomizationPath, `duplicate resource id ${describeResId(id)}`)
      continue
    }
    present.add(key)
    into.resources.push(resource)
  }
}

export function mergeAccumulator(
  context: BuildContext,
  into: Accumulator,
  child: Accumulator,
  kustomizationPath: string
) {
  into.config = mergeTransformerConfigs(into.config, child.config)
  appendResources(context, into, child.resources, kustomizationPath)
  for (const variable of child.vars) {
    if (into.vars.some(existing => existing.name === variable.name))
      report(context, kustomizationPath, `var '${variable.name}' already encountered`, {
        field: 'vars'
      })
    else into.vars.push(variable)
  }
}
