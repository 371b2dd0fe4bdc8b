import { configObjectsOf } from '../engine/config-objects.js'
import type { ConfigObject } from '../engine/config-objects.js'
import { asMap, getIn, kindOf } from '../engine/objects.js'
import type { BuiltResource, Root } from '../engine/roots.js'
import type { ValuesSource } from '../helm/index.js'

/** A ConfigMap or Secret a root applies, and the resource it comes from. */
export interface FoundConfig {
  config: ConfigObject
  resource: BuiltResource
}

export type ConfigFinder = (
  kind: 'ConfigMap' | 'Secret',
  namespace: string,
  name: string
) => FoundConfig | undefined

/**
 * Finds a ConfigMap or Secret of one root by kind, namespace and name; an object written
 * without a namespace lands in the namespace it is applied to, so it matches any.
 */
export function configFinder(root: Root): ConfigFinder {
  // Indexed by kind and name on the first lookup: most rules look up nothing in most roots.
  let byName: Map<string, FoundConfig[]> | undefined
  const index = () => {
    byName = new Map()
    for (const resource of root.resources)
      for (const config of configObjectsOf(resource.object, resource.generatedWithSuffix)) {
        const key = `${config.kind}/${config.name}`
        const list = byName.get(key)
        if (list) list.push({ config, resource })
        else byName.set(key, [{ config, resource }])
      }
    return byName
  }
  return (kind, namespace, name) => {
    const candidates = (byName ?? index())
      .get(`${kind}/${name}`)
      ?.filter(
        ({ config }) =>
          config.namespace === namespace || config.namespace === '' || namespace === ''
      )
    return candidates?.find(({ config }) => config.namespace === namespace) ?? candidates?.[0]
  }
}

/** What helm-controller reads from a `valuesFrom` object: its data as text, when Git holds it. */
export function valuesSourceOf(found: FoundConfig | undefined): ValuesSource | undefined {
  if (!found || found.config.tracking !== 'git') return undefined
  const { config } = found
  const data = new Map([...config.values()].map(([key, bytes]) => [key, bytes.toString('utf8')]))
  return { kind: config.kind, name: config.name, data, labels: labelsOf(found) }
}

/** The labels the ConfigMap or Secret carries in the cluster (a SealedSecret's from its template). */
export function labelsOf(found: FoundConfig): Record<string, unknown> {
  const object = found.config.definedBy
  const kind = kindOf(object)
  if (kind === 'SealedSecret')
    return asMap(getIn(object, ['spec', 'template', 'metadata', 'labels']))
  if (kind === 'ExternalSecret')
    return asMap(getIn(object, ['spec', 'target', 'template', 'metadata', 'labels']))
  return asMap(getIn(object, ['metadata', 'labels']))
}

/** Where the labels of a config object are written in its source document. */
export function labelsPath(found: FoundConfig): string[] {
  const kind = kindOf(found.config.definedBy)
  if (kind === 'SealedSecret') return ['spec', 'template', 'metadata', 'labels']
  if (kind === 'ExternalSecret') return ['spec', 'target', 'template', 'metadata', 'labels']
  return ['metadata', 'labels']
}
