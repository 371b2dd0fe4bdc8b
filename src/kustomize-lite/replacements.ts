import type { BuildContext } from './context.js'
import { loadDocuments, report } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import { joinPath } from './kustomization-file.js'
import { deepClone, isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import { gvkOf, nameOf, namespaceOf } from './resource-id.js'
import { compileSelector, readSelector } from './selector.js'
import type { Accumulator } from './accumulator.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { editable } from './working-resource.js'

interface Problems {
  report(message: string): void
}

/** The `replacements` field: copy one field of a source resource into fields of targets. */
export function applyReplacements(
  context: BuildContext,
  file: KustomizationFile,
  into: Accumulator
): void {
  const entries = Array.isArray(file.object.replacements) ? file.object.replacements : []
  for (const entry of entries) {
    const relative = stringField(entry, 'path')
    const source = relative ? joinPath(file.directory, relative) : file.path
    const problems: Problems = {
      report: message => report(context, source, message, { field: 'replacements' })
    }
    const replacements = relative ? loadReplacementFile(context, source) : [entry]
    for (const replacement of replacements) applyReplacement(problems, into.resources, replacement)
  }
}

function loadReplacementFile(context: BuildContext, path: string): unknown[] {
  const documents = loadDocuments(context, path, 'replacements') ?? []
  return documents.flatMap(document =>
    Array.isArray(document) ? document : document ? [document] : []
  )
}

function applyReplacement(
  problems: Problems,
  resources: WorkingResource[],
  replacement: unknown
): void {
  if (!isObject(replacement) || !isObject(replacement.source)) {
    problems.report('a replacement needs a source')
    return
  }
  const value = sourceValue(problems, resources, replacement.source)
  if (value === undefined) return
  const targets = Array.isArray(replacement.targets) ? replacement.targets : []
  for (const target of targets) {
    if (isObject(target)) applyToTarget(problems, resources, target, value)
  }
}

function sourceValue(
  problems: Problems,
  resources: WorkingResource[],
  source: YamlObject
): unknown {
  const matches = resources.filter(resource => matchesSource(resource.object, source))
  if (matches.length !== 1) {
    problems.report(
      matches.length === 0
        ? 'nothing selected by the replacement source'
        : 'replacement source selects several resources'
    )
    return undefined
  }
  const fieldPath = stringField(source, 'fieldPath') ?? 'metadata.name'
  const found = lookup(matches[0]!.object, splitPath(fieldPath))
  if (found === undefined) {
    problems.report(`fieldPath '${fieldPath}' is missing in the replacement source`)
    return undefined
  }
  const options = isObject(source.options) ? source.options : {}
  const delimiter = stringField(options, 'delimiter')
  if (delimiter !== undefined && typeof found === 'string') {
    const index = typeof options.index === 'number' ? options.index : 0
    return found.split(delimiter)[index] ?? ''
  }
  return found
}

function matchesSource(object: YamlObject, source: YamlObject): boolean {
  const gvk = gvkOf(object)
  const expected: [string, string][] = [
    ['group', gvk.group],
    ['version', gvk.version],
    ['kind', gvk.kind],
    ['name', nameOf(object)],
    ['namespace', namespaceOf(object)]
  ]
  return expected.every(([field, actual]) => {
    const wanted = stringField(source, field)
    return wanted === undefined || wanted === '' || wanted === actual
  })
}

function applyToTarget(
  problems: Problems,
  resources: WorkingResource[],
  target: YamlObject,
  value: unknown
) {
  const select = readSelector(target.select)
  if (!select) {
    problems.report('a replacement target needs select')
    return
  }
  const selects = compileSelector(select)
  const rejects = (Array.isArray(target.reject) ? target.reject : []).flatMap(reject => {
    const selector = readSelector(reject)
    const matcher = selector ? compileSelector(selector) : undefined
    return typeof matcher === 'function' ? [matcher] : []
  })
  if (typeof selects === 'string') {
    problems.report(`invalid replacement target: ${selects}`)
    return
  }
  const options = isObject(target.options) ? target.options : {}
  const fieldPaths = Array.isArray(target.fieldPaths)
    ? target.fieldPaths.map(String)
    : ['metadata.name']
  for (const resource of resources) {
    if (!selects(resource) || rejects.some(reject => reject(resource))) continue
    for (const fieldPath of fieldPaths)
      setField(editable(resource), splitPath(fieldPath), value, options)
  }
}

/** Splits `a.b.[name=x].c` on dots outside brackets. */
function splitPath(path: string): string[] {
  const segments: string[] = []
  let current = ''
  let depth = 0
  for (const character of path) {
    if (character === '[') depth++
    if (character === ']') depth--
    if (character === '.' && depth === 0) {
      segments.push(current)
      current = ''
    } else {
      current += character
    }
  }
  segments.push(current)
  return segments
}

function childOf(node: unknown, segment: string): unknown {
  const selector = /^\[([^=\]]+)=([^\]]*)\]$/.exec(segment)
  if (selector && Array.isArray(node)) {
    return node.find(element => isObject(element) && String(element[selector[1]!]) === selector[2])
  }
  const key = segment.replace(/^\[(.*)\]$/, '$1')
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined
  return isObject(node) ? node[key] : undefined
}

function lookup(node: unknown, segments: string[]): unknown {
  let current = node
  for (const segment of segments) {
    current = childOf(current, segment)
    if (current === undefined) return undefined
  }
  return current
}

function setField(
  object: YamlObject,
  segments: string[],
  value: unknown,
  options: YamlObject
): void {
  const create = options.create === true
  let current: unknown = object
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    const key = segment.replace(/^\[(.*)\]$/, '$1')
    if (last) {
      if (!isObject(current) && !Array.isArray(current)) return
      const holder = current as Record<string, unknown>
      if (holder[key] === undefined && !create) return
      holder[key] = replacedValue(holder[key], value, options)
      return
    }
    let next = childOf(current, segment)
    if (
      (next === undefined || next === null) &&
      create &&
      isObject(current) &&
      !segment.includes('=')
    ) {
      next = {}
      current[key] = next
    }
    if (next === undefined) return
    current = next
  }
}

function replacedValue(existing: unknown, value: unknown, options: YamlObject): unknown {
  const delimiter = stringField(options, 'delimiter')
  if (delimiter === undefined || typeof existing !== 'string') return deepClone(value)
  const parts = existing.split(delimiter)
  const index = typeof options.index === 'number' ? options.index : 0
  if (index >= 0 && index < parts.length) parts[index] = String(value)
  else if (index < 0) parts.unshift(String(value))
  else parts.push(String(value))
  return parts.join(delimiter)
}
