import { parseYamlDocuments } from '../kustomize-lite/index.js'
import { deepClone, isObject, setOwn } from '../shared/objects.js'
import type { YamlObject } from '../shared/objects.js'

/** A ConfigMap or Secret as `valuesFrom` reads it: its data, decoded. */
export interface ValuesSource {
  kind: 'ConfigMap' | 'Secret'
  name: string
  /** Decoded entries (Secret `data` is base64-decoded; `stringData` wins). */
  data: ReadonlyMap<string, string>
  labels: Readonly<Record<string, unknown>>
}

/** One `valuesFrom` entry, as helm-controller reads it. */
export interface ValuesReference {
  kind: 'ConfigMap' | 'Secret'
  name: string
  valuesKey: string
  targetPath: string | undefined
  optional: boolean
}

export interface MergedValues {
  /** Read-only: without `valuesFrom` it is the release's own `spec.values` object. */
  values: YamlObject
  references: ValuesReference[]
  /** Why part of the values could not be read (a missing source, a bad key, bad YAML). */
  problems: string[]
}

/**
 * The values helm-controller installs: each `valuesFrom` item in order (maps merged deeply,
 * lists replaced, later items win), then the inline `values`, then every `targetPath` item set
 * on top, as helm-controller's chartutil does.
 */
export function mergeValues(
  spec: YamlObject,
  findSource: (kind: 'ConfigMap' | 'Secret', name: string) => ValuesSource | undefined
): MergedValues {
  const references = valuesReferences(spec.valuesFrom)
  const problems: string[] = []
  // Nothing to merge: the inline values as they are (a copy of thousands of releases' values
  // was most of the time spent reading them).
  if (references.length === 0)
    return { values: isObject(spec.values) ? spec.values : {}, references, problems }
  let values: YamlObject = {}
  const targeted: [string, string][] = []
  for (const reference of references) {
    const text = readReference(reference, findSource, problems)
    if (text === undefined) continue
    if (reference.targetPath) {
      targeted.push([reference.targetPath, text])
      continue
    }
    const parsed = parseValues(text, reference, problems)
    if (parsed) values = mergeMaps(values, parsed)
  }
  if (isObject(spec.values)) values = mergeMaps(values, spec.values)
  for (const [path, text] of targeted) setAtPath(values, path, text)
  return { values, references, problems }
}

function valuesReferences(valuesFrom: unknown): ValuesReference[] {
  if (!Array.isArray(valuesFrom)) return []
  return valuesFrom.filter(isObject).flatMap(entry => {
    const kind =
      entry.kind === 'Secret' ? 'Secret' : entry.kind === 'ConfigMap' ? 'ConfigMap' : undefined
    if (!kind || typeof entry.name !== 'string') return []
    return [
      {
        kind,
        name: entry.name,
        valuesKey: typeof entry.valuesKey === 'string' ? entry.valuesKey : 'values.yaml',
        targetPath: typeof entry.targetPath === 'string' ? entry.targetPath : undefined,
        optional: entry.optional === true
      }
    ]
  })
}

function readReference(
  reference: ValuesReference,
  findSource: (kind: 'ConfigMap' | 'Secret', name: string) => ValuesSource | undefined,
  problems: string[]
): string | undefined {
  const source = findSource(reference.kind, reference.name)
  const text = source?.data.get(reference.valuesKey)
  if (text !== undefined || reference.optional) return text
  problems.push(
    source
      ? `valuesFrom ${reference.kind} ${reference.name} has no key '${reference.valuesKey}'`
      : `valuesFrom ${reference.kind} ${reference.name} is not defined in this repository`
  )
  return undefined
}

function parseValues(
  text: string,
  reference: ValuesReference,
  problems: string[]
): YamlObject | undefined {
  const parsed = parseYamlDocuments(text, `${reference.kind} ${reference.name}`)
  const [first] = parsed.ok ? parsed.documents : []
  if (parsed.ok && (isObject(first) || first === null || first === undefined))
    return isObject(first) ? first : {}
  problems.push(
    `valuesFrom ${reference.kind} ${reference.name} key '${reference.valuesKey}' is not a YAML map${parsed.ok ? '' : `: ${parsed.error.message}`}`
  )
  return undefined
}

/** Helm's coalescing of two values maps: `over` wins, maps merge deeply, anything else replaces. */
export function mergeMaps(under: YamlObject, over: YamlObject): YamlObject {
  const merged: YamlObject = deepClone(under)
  mergeInto(merged, over)
  return merged
}

/** Merges a copy of `over` into `target`, which is already a copy (cloned once, not per level). */
function mergeInto(target: YamlObject, over: YamlObject): void {
  for (const key of Object.keys(over)) {
    const below = target[key]
    const value = over[key]
    if (isObject(below) && isObject(value) && Object.hasOwn(target, key)) mergeInto(below, value)
    else setOwn(target, key, deepClone(value))
  }
}

/** `--set`-style assignment of a string at a dotted path (`a.b.c`); escaped dots stay in keys. */
function setAtPath(values: YamlObject, path: string, value: string): void {
  const keys = path.split(/(?<!\\)\./).map(key => key.replace(/\\\./g, '.'))
  let current = values
  for (const key of keys.slice(0, -1)) {
    if (!isObject(current[key])) current[key] = {}
    current = current[key] as YamlObject
  }
  const last = keys[keys.length - 1]
  if (last !== undefined) current[last] = value
}
