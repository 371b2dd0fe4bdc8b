import { isObject } from '../../shared/objects.js'
import { isEmptyMap, replaceContents, scalarText } from './values.js'

/**
 * kyaml's merge of a list with a merge strategy, with kustomize's "prepend" direction: the
 * patch's elements come first in patch order, then the destination's others in their order.
 * The quirks (matching on partial keys, protocol-less ports, elements without the key) are
 * reproduced on purpose: the output must equal `kubectl kustomize`, not the Kubernetes server.
 */
export interface AssociativeListMerge {
  /** The destination list, or the patch's own list when the destination had none. */
  readonly target: unknown[]
  readonly origin: unknown[] | undefined
  /** Merge keys from the schema; empty for a list of scalars merged as a set. */
  readonly keys: readonly string[]
  readonly mergeElements: (dest: unknown, origin: unknown) => unknown
}

type KeyValues = string[]

export function mergeAssociativeList(merge: AssociativeListMerge): unknown[] | undefined {
  if (merge.keys.length === 0) {
    return setElements(merge, primitiveValues(merge), [''])
  }
  const keys = [...merge.keys]
  return setElements(merge, keyValuesOfAllElements(merge, keys), keys)
}

function sourcesInPrependOrder(merge: AssociativeListMerge): unknown[][] {
  return merge.origin ? [merge.origin, merge.target] : [merge.target]
}

function keyValuesOf(element: unknown, keys: readonly string[]): KeyValues {
  return keys.map(key => {
    if (!isObject(element)) return ''
    const value = element[key]
    return value === undefined || value === null ? '' : scalarText(value)
  })
}

function keyValuesOfAllElements(merge: AssociativeListMerge, keys: readonly string[]): KeyValues[] {
  const all: KeyValues[] = []
  const seen = new Set<string>()
  for (const source of sourcesInPrependOrder(merge)) {
    for (const element of source) {
      const values = keyValuesOf(element, keys)
      const identity = JSON.stringify(values)
      if (seen.has(identity)) continue
      seen.add(identity)
      all.push(values)
    }
  }
  return all
}

function primitiveValues(merge: AssociativeListMerge): KeyValues[] {
  const all: KeyValues[] = []
  const seen = new Set<string>()
  for (const source of sourcesInPrependOrder(merge)) {
    for (const element of source) {
      const value = scalarText(element)
      if (seen.has(value)) continue
      seen.add(value)
      all.push([value])
    }
  }
  return all
}

function setElements(
  merge: AssociativeListMerge,
  valuesList: KeyValues[],
  keys: string[]
): unknown[] | undefined {
  const itemsToAdd: unknown[] = []
  const unifiedValues = keys.length > 1 ? unifyPartialKeyValues(valuesList) : valuesList
  let validKeys = keys
  for (const values of unifiedValues) {
    if (values.length === 0) continue
    const valid = keysWithValues(unifiedValues, values, keys)
    validKeys = valid.keys
    const merged = merge.mergeElements(
      findElement(merge.target, valid.keys, valid.values),
      merge.origin ? findElement(merge.origin, valid.keys, valid.values) : undefined
    )
    if (merged === undefined || merged === null || isEmptyMap(merged)) {
      setElement(merge.target, { keys: valid.keys, values: valid.values })
      continue
    }
    restoreMissingKeys(merged, valid.keys, valid.values)
    setElement(itemsToAdd, { element: merged, keys: valid.keys, values: valid.values })
  }
  if (unifiedValues.length === 0) return merge.target
  appendElements(itemsToAdd, merge.target, validKeys)
  return itemsToAdd
}

function restoreMissingKeys(element: unknown, keys: string[], values: string[]): void {
  if (!isObject(element)) return
  keys.forEach((key, index) => {
    const value = values[index] ?? ''
    if (key !== '' && !Object.hasOwn(element, key) && value !== '') element[key] = value
  })
}

/**
 * Ports with and without an explicit protocol are the same port: values that agree somewhere
 * and differ only where one side is empty are unified. Order-dependent, as in kyaml.
 */
function unifyPartialKeyValues(valuesList: KeyValues[]): KeyValues[] {
  const unified = [...valuesList]
  unified.forEach((first, i) => {
    unified.forEach((second, j) => {
      const combined = combineIfCompatible(first, second)
      if (!combined) return
      unified[i] = combined
      unified[j] = combined
    })
  })
  return unified
}

function combineIfCompatible(first: KeyValues, second: KeyValues): KeyValues | undefined {
  if (first.length !== second.length) return undefined
  let shareOne = false
  const combined: KeyValues = []
  for (let index = 0; index < first.length; index++) {
    const a = first[index] ?? ''
    const b = second[index] ?? ''
    if (a === b) shareOne = true
    else if (a !== '' && b !== '') return undefined
    combined.push(a !== '' ? a : b)
  }
  return shareOne ? combined : undefined
}

/** Keeps only the keys that some element sets, so an absent protocol does not block a match. */
function keysWithValues(
  valuesList: KeyValues[],
  values: KeyValues,
  keys: string[]
): { keys: string[]; values: string[] } {
  const usedKeys = new Set<string>()
  for (const candidate of valuesList) {
    candidate.forEach((value, index) => {
      if (value !== '') usedKeys.add(keys[index] ?? '')
    })
  }
  if (usedKeys.size === 0) return { keys, values }
  return {
    keys: keys.filter(key => usedKeys.has(key)),
    values: values.filter((value, index) => value !== '' || usedKeys.has(keys[index] ?? ''))
  }
}

/** ElementMatcher: the first element whose key fields equal the values. */
function findElement(list: unknown[], keys: string[], values: string[]): unknown {
  const valid = keysWithValues([values], values, keys)
  if ((valid.keys[0] ?? '') === '') {
    return list.find(element => scalarText(element) === (valid.values[0] ?? ''))
  }
  return list.find(
    element =>
      isObject(element) &&
      valid.keys.every(
        (key, index) =>
          Object.hasOwn(element, key) && scalarText(element[key]) === (valid.values[index] ?? '')
      )
  )
}

/** FieldMatcher with a string value: an empty value only asks that the field be present. */
function fieldMatches(element: unknown, key: string, value: string): boolean {
  if (element === null || element === undefined) return false
  if (key === '')
    return !isObject(element) && !Array.isArray(element) && scalarText(element) === value
  if (!isObject(element) || !Object.hasOwn(element, key)) return false
  return value === '' || scalarText(element[key]) === value
}

interface ElementSetting {
  readonly element?: unknown
  readonly keys: string[]
  readonly values: string[]
}

/** kyaml's ElementSetter: replace every match, drop empty elements, append when none matched. */
function setElement(list: unknown[], setting: ElementSetting): void {
  const keys = setting.keys.length === 0 ? [''] : setting.keys
  const { values, element } = setting
  const settingMapping = (keys[0] ?? '') !== '' && values.length > 0 && (values[0] ?? '') !== ''
  const kept: unknown[] = []
  let matchedOne = false
  for (const candidate of list) {
    if (candidate === null || candidate === undefined || isEmptyMap(candidate)) continue
    if (!isObject(candidate) && settingMapping) {
      kept.push(candidate)
      continue
    }
    if (!matchesAllGivenValues(candidate, keys, values)) {
      if (values.length > 0) kept.push(candidate)
      continue
    }
    matchedOne = true
    if (element !== undefined) kept.push(element)
  }
  replaceContents(list, kept)
  if (element === undefined || element === null) return
  if (!matchedOne) list.push(element)
}

/** Keys beyond the given values are not checked; no values at all never match. */
function matchesAllGivenValues(candidate: unknown, keys: string[], values: string[]): boolean {
  if (values.length === 0) return false
  return keys.every(
    (key, index) => index >= values.length || fieldMatches(candidate, key, values[index] ?? '')
  )
}

/** appendListNode: puts the destination's elements after the patch's, replacing matches. */
function appendElements(into: unknown[], from: unknown[], keys: string[]): void {
  for (const element of [...from]) {
    if ((keys[0] ?? '') === '') {
      setElement(into, { element, keys: [''], values: [scalarText(element)] })
      continue
    }
    const values: string[] = []
    for (const key of keys) {
      if (!isObject(element) || !Object.hasOwn(element, key)) {
        into.push(element)
        continue
      }
      values.push(scalarText(element[key]))
    }
    if (keys.length > 1) setElement(into, { keys, values })
    setElement(into, { element, keys, values })
  }
}
