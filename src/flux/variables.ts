import { isObject } from '../shared/objects.js'
import { isSopsEncrypted } from '../shared/sops.js'
import { listAt, stringAt } from './objects.js'
import type { YamlObject } from './objects.js'
import type { SubstitutionVariables } from './substitute.js'
import type { Problem } from './types.js'

/** A ConfigMap or Secret as some root applies it (or as written, when no root builds it). */
export interface ConfigEntry {
  namespace: string | undefined
  kind: string
  name: string
  object: YamlObject
  /** The cluster tree (top Flux Kustomization) that applies it; undefined when only written. */
  tree: string | undefined
  file: string
}

/**
 * Where substituteFrom finds its ConfigMaps and Secrets. Objects some root applies come first,
 * from the same cluster tree before any other; objects only written in a file (no namespace
 * means any namespace) come last.
 */
export class ConfigIndex {
  private readonly byName = new Map<string, ConfigEntry[]>()

  constructor(entries: ConfigEntry[]) {
    for (const entry of entries) {
      const key = `${entry.kind}/${entry.name}`
      const entries = this.byName.get(key)
      if (entries) entries.push(entry)
      else this.byName.set(key, [entry])
    }
  }

  find(tree: string, namespace: string, kind: string, name: string): ConfigEntry | undefined {
    const candidates = (this.byName.get(`${kind}/${name}`) ?? []).filter(
      entry =>
        entry.namespace === namespace || (entry.tree === undefined && entry.namespace === undefined)
    )
    return (
      candidates.find(entry => entry.tree === tree) ??
      candidates.find(entry => entry.tree !== undefined) ??
      candidates[0]
    )
  }
}

export interface LoadedVariables {
  variables: SubstitutionVariables
  problems: Problem[]
}

interface Where {
  tree: string
  namespace: string
  file: string
  line: number
}

/**
 * The variables of a Kustomization's postBuild, as kustomize-controller loads them: each
 * substituteFrom in order (later ones override), then the inline `substitute` over all of them.
 * Values lose their line breaks, as in Flux.
 */
export function loadVariables(
  kustomization: YamlObject,
  where: Where,
  configs: ConfigIndex
): LoadedVariables {
  const values = new Map<string, string>()
  const unknown = new Set<string>()
  const problems: Problem[] = []
  let undefinedAreUnknown = false
  const set = (name: string, value: string): void => {
    values.set(name, value.replace(/\n/g, ''))
    unknown.delete(name)
  }
  for (const reference of listAt(kustomization, 'spec', 'postBuild', 'substituteFrom').filter(
    isObject
  )) {
    const kind = stringAt(reference, 'kind') ?? ''
    const name = stringAt(reference, 'name') ?? ''
    const found = configs.find(where.tree, where.namespace, kind, name)
    if (!found) {
      if (reference.optional === true) continue
      undefinedAreUnknown = true
      problems.push({
        severity: 'error',
        message: `postBuild.substituteFrom ${kind}/${name} is not in namespace ${where.namespace} in this repository (Flux fails without it; its variables are left as written)`,
        path: where.file,
        line: where.line
      })
      continue
    }
    if (kind === 'Secret' && isSopsEncrypted(found.object)) {
      for (const key of secretKeys(found.object)) {
        values.delete(key)
        unknown.add(key)
      }
      problems.push({
        severity: 'warning',
        message: `postBuild.substituteFrom Secret/${name} (${found.file}) is SOPS-encrypted: its variables cannot be read from Git and are left as written`,
        path: where.file,
        line: where.line
      })
      continue
    }
    for (const [key, value] of configData(found.object)) set(key, value)
  }
  const inline = isObject(kustomization.spec) ? kustomization.spec : {}
  const substitute = isObject(inline.postBuild) ? inline.postBuild.substitute : undefined
  if (isObject(substitute)) {
    for (const [key, value] of Object.entries(substitute)) set(key, scalarText(value))
  }
  return { variables: { values, unknown, undefinedAreUnknown }, problems }
}

function secretKeys(object: YamlObject): string[] {
  return [
    ...Object.keys(isObject(object.data) ? object.data : {}),
    ...Object.keys(isObject(object.stringData) ? object.stringData : {})
  ]
}

/** ConfigMap `data`, or Secret `data` (base64) overlaid by `stringData`, as the API server stores it. */
function configData(object: YamlObject): Map<string, string> {
  const result = new Map<string, string>()
  const data = isObject(object.data) ? object.data : {}
  for (const [key, value] of Object.entries(data)) {
    const text = scalarText(value)
    result.set(key, object.kind === 'Secret' ? Buffer.from(text, 'base64').toString('utf8') : text)
  }
  if (object.kind === 'Secret' && isObject(object.stringData)) {
    for (const [key, value] of Object.entries(object.stringData)) result.set(key, scalarText(value))
  }
  return result
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : String(value)
}
