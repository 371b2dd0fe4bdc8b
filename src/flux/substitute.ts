import { envsubst, EnvsubstError } from './envsubst.js'
import type { VariableValue } from './envsubst.js'
import { isObject } from '../shared/objects.js'
import type { YamlObject } from './objects.js'

const SUBSTITUTE_KEY = 'kustomize.toolkit.fluxcd.io/substitute'

const VARIABLE_NAME = /^[_\p{L}][_\p{L}\p{Nd}]*$/u

export interface SubstitutionVariables {
  values: ReadonlyMap<string, string>
  /** Names defined where Flux runs whose values Git does not hold (SOPS Secrets): kept as written. */
  unknown?: ReadonlySet<string>
  /** A substituteFrom source could not be read, so any undefined name may come from it. */
  undefinedAreUnknown?: boolean
}

export interface SubstitutionResult {
  object: YamlObject
  /** Set when Flux would fail this resource ("variable substitution failed: ..."). */
  error?: string
  /** Variables referenced but defined nowhere: Flux substitutes an empty string. */
  undefinedNames: string[]
}

/** Names Flux rejects before substituting anything (`^[_[:alpha:]][_[:alpha:][:digit:]]*$`). */
export function invalidVariableNames(variables: SubstitutionVariables): string[] {
  const names = [...variables.values.keys(), ...(variables.unknown ?? [])]
  return names.filter(name => !VARIABLE_NAME.test(name))
}

/** True when Flux runs substitution at all: only if at least one variable is defined. */
function substitutionRuns(variables: SubstitutionVariables): boolean {
  return (
    variables.values.size > 0 ||
    (variables.unknown?.size ?? 0) > 0 ||
    variables.undefinedAreUnknown === true
  )
}

function isSubstitutionDisabled(object: YamlObject): boolean {
  const metadata = isObject(object.metadata) ? object.metadata : {}
  const labels = isObject(metadata.labels) ? metadata.labels : {}
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {}
  return labels[SUBSTITUTE_KEY] === 'disabled' || annotations[SUBSTITUTE_KEY] === 'disabled'
}

/**
 * postBuild substitution of one built object. Flux runs envsubst over the object's YAML text and
 * parses the result again; this works on the parsed object instead: every string key and value is
 * expanded, and a value that YAML would have written plain is read again as a YAML 1.1 scalar, so
 * `replicas: ${n}` becomes a number as it does in Flux.
 */
export function substituteVariables(
  object: YamlObject,
  variables: SubstitutionVariables
): SubstitutionResult {
  if (isSubstitutionDisabled(object) || !substitutionRuns(variables)) {
    return { object, undefinedNames: [] }
  }
  const undefinedNames = new Set<string>()
  const lookup = (name: string): VariableValue => {
    const value = variables.values.get(name)
    if (value !== undefined) return { kind: 'set', value }
    if (variables.unknown?.has(name) || variables.undefinedAreUnknown) return { kind: 'unknown' }
    undefinedNames.add(name)
    return { kind: 'unset' }
  }
  try {
    const substituted = substituteNode(object, text => envsubst(text, lookup)) as YamlObject
    return { object: substituted, undefinedNames: [...undefinedNames] }
  } catch (error) {
    if (!(error instanceof EnvsubstError)) throw error
    return { object, error: `variable substitution failed: ${error.message}`, undefinedNames: [] }
  }
}

/**
 * The node with every string expanded. What holds nothing to expand is returned as it is (most
 * of a resource): only the maps and lists on the way to a change are new.
 */
function substituteNode(node: unknown, expand: (text: string) => string): unknown {
  if (typeof node === 'string') return substituteString(node, expand)
  // Nothing is allocated until the first change: most maps and lists hold nothing to expand.
  if (Array.isArray(node)) {
    let items: unknown[] | undefined
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index]
      const next = substituteNode(item, expand)
      if (!items && next !== item) items = node.slice(0, index)
      items?.push(next)
    }
    return items ?? node
  }
  if (!isObject(node)) return node
  const keys = Object.keys(node)
  let entries: [string, unknown][] | undefined
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    const value = node[key]
    const newKey = key.includes('$') ? expand(key) : key
    const next = substituteNode(value, expand)
    if (!entries && (newKey !== key || next !== value))
      entries = keys.slice(0, index).map(before => [before, node[before]])
    entries?.push([newKey, next])
  }
  if (!entries) return node
  const result: YamlObject = {}
  for (const [key, value] of entries) result[key] = value
  return result
}

function substituteString(text: string, expand: (text: string) => string): unknown {
  if (!text.includes('$')) return text
  const expanded = expand(text)
  if (expanded === text || !writtenPlain(text)) return expanded
  return readPlainScalar(expanded)
}

/**
 * Whether a YAML emitter writes this string without quotes or block style, so that Flux's re-parse
 * of the substituted text may change its type. Strings with `${` are never ambiguous scalars, so
 * only line breaks, edge spaces and indicator characters force another style.
 */
function writtenPlain(text: string): boolean {
  if (text.includes('\n') || text !== text.trim()) return false
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false
  return !text.includes(': ') && !text.includes(' #') && !text.endsWith(':')
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])
const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])

// The first characters of a null, a boolean, a number or a quoted string: most values are none.
const MAYBE_NOT_STRING = /^[-+.0-9"'~nNyYtTfFoO]/

/** A plain scalar read as sigs.k8s.io/yaml (go-yaml v2, YAML 1.1) reads it. */
export function readPlainScalar(text: string): unknown {
  if (text !== '' && !MAYBE_NOT_STRING.test(text)) return text
  if (NULLS.has(text)) return null
  if (TRUE.has(text)) return true
  if (FALSE.has(text)) return false
  const quoted = readQuoted(text)
  if (quoted !== undefined) return quoted
  const integer = readInteger(text)
  if (integer !== undefined) return integer
  if (/^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/.test(text)) {
    return Number(text.replace(/_/g, ''))
  }
  return text
}

function readInteger(text: string): number | undefined {
  const match = /^([-+]?)(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/.exec(text)
  if (!match) return undefined
  const sign = match[1] === '-' ? -1 : 1
  const digits = (match[2] ?? '').replace(/_/g, '')
  if (digits.startsWith('0b')) return sign * parseInt(digits.slice(2), 2)
  if (digits.startsWith('0x')) return sign * parseInt(digits.slice(2), 16)
  if (digits.length > 1 && digits.startsWith('0')) return sign * parseInt(digits.slice(1), 8)
  return sign * Number(digits)
}

// Flux documents `${quote}${value}${quote}` as the way to keep a substituted number a string.
function readQuoted(text: string): string | undefined {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(text)
      return typeof value === 'string' ? value : undefined
    } catch {
      return undefined
    }
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1)
    return /(^|[^'])'([^']|$)/.test(inner) ? undefined : inner.replace(/''/g, "'")
  }
  return undefined
}
