import { goJsonMarshal } from './go-json.js'
import { isObject } from '../shared/objects.js'
import { sha256Hex } from '../shared/sha256.js'
import { stringField } from './objects.js'
import type { YamlObject } from './types.js'

/**
 * The 10-character suffix kustomize appends to generated ConfigMap and Secret names
 * (api/hasher). The name is deliberately absent: kustomize looks it up with a path kyaml does not
 * split, so it always hashes `"name":""`.
 */
export function kustomizeHashSuffix(object: YamlObject): string {
  return encodeHash(sha256Hex(hashInput(object)))
}

function hashInput(object: YamlObject): string {
  const kind = stringField(object, 'kind')
  if (kind === 'ConfigMap') return goJsonMarshal(configMapHashFields(object))
  if (kind === 'Secret') return goJsonMarshal(secretHashFields(object))
  return goJsonMarshal(object)
}

function configMapHashFields(object: YamlObject): YamlObject {
  const fields: YamlObject = { kind: 'ConfigMap', name: '', data: hashedData(object.data) }
  if (isObject(object.binaryData)) fields.binaryData = object.binaryData
  return fields
}

function secretHashFields(object: YamlObject): YamlObject {
  const fields: YamlObject = {
    kind: 'Secret',
    name: '',
    type: scalarText(object.type),
    data: hashedData(object.data)
  }
  if (isObject(object.stringData)) fields.stringData = object.stringData
  return fields
}

// kustomize reads `data` as a map when it is one, as the scalar's text when it is a scalar, as
// "" when absent, and as null when it is a list (the map decode fails).
function hashedData(value: unknown): unknown {
  if (isObject(value)) return value
  if (Array.isArray(value)) return null
  return scalarText(value)
}

function scalarText(value: unknown): string {
  if (value === undefined) return ''
  if (value === null) return 'null'
  return String(value)
}

// Same substitution as kubectl's hash package: avoids vowels and look-alike digits in names.
const substitutions: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' }

function encodeHash(hex: string): string {
  return [...hex.slice(0, 10)].map(character => substitutions[character] ?? character).join('')
}
