import type { BuildContext } from './context.js'
import { report } from './context.js'
import { fieldSpecSelects, visitFieldSpec } from './field-path.js'
import type { KustomizationFile } from './kustomization-file.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import { goFloatText } from './output-schema.js'
import type { Gvk, ResId } from './resource-id.js'
import { isClusterScoped, sameGvk, sameNamespace } from './resource-id.js'
import type { Accumulator } from './accumulator.js'
import type { WorkingResource } from './working-resource.js'
import { allIds, editable } from './working-resource.js'

/** A kustomization's (deprecated) `vars` entry, defaulted as kustomize does. */
export interface Var {
  name: string
  objref: Gvk & { name: string; namespace: string }
  fieldPath: string
}

/**
 * kustomize's MergeVars, at the end of each kustomization: each var marks the one resource its
 * objref names (by any id it had), and joins the accumulator's vars (a name twice is an error).
 */
export function mergeVars(context: BuildContext, file: KustomizationFile, into: Accumulator) {
  const entries = file.object.vars
  if (entries === undefined || entries === null) return
  if (!Array.isArray(entries)) {
    report(context, file.path, 'vars must be a list', { field: 'vars' })
    return
  }
  for (const entry of entries) {
    const variable = readVar(entry)
    if (!variable) {
      report(context, file.path, 'vars entries need a name and an objref', { field: 'vars' })
      continue
    }
    const matched = into.resources.filter(resource =>
      allIds(resource).some(id => varSelects(variable, id))
    )
    if (matched.length > 1) {
      report(
        context,
        file.path,
        `found ${matched.length} resId matches for var ${variable.name} (unable to disambiguate)`,
        { field: 'vars' }
      )
      continue
    }
    if (matched.length === 1)
      matched[0]!.refVarNames = [...(matched[0]!.refVarNames ?? []), variable.name]
    addVar(context, file.path, into, variable)
  }
}

function addVar(context: BuildContext, path: string, into: Accumulator, variable: Var): void {
  if (into.vars.some(existing => existing.name === variable.name)) {
    report(context, path, `var '${variable.name}' already encountered`, { field: 'vars' })
    return
  }
  into.vars.push(variable)
}

function readVar(entry: unknown): Var | undefined {
  if (!isObject(entry) || !isObject(entry.objref)) return undefined
  const name = stringField(entry, 'name')
  if (!name) return undefined
  const objref = entry.objref
  const gvk: Gvk = {
    group: stringField(objref, 'group') ?? '',
    version: stringField(objref, 'version') ?? '',
    kind: stringField(objref, 'kind') ?? ''
  }
  const apiVersion = stringField(objref, 'apiVersion')
  if (apiVersion) {
    const parts = apiVersion.split('/')
    if (parts.length === 2) [gvk.group, gvk.version] = parts as [string, string]
    if (parts.length === 1) gvk.version = parts[0]!
  }
  return {
    name,
    objref: {
      ...gvk,
      name: stringField(objref, 'name') ?? '',
      namespace: stringField(objref, 'namespace') ?? ''
    },
    fieldPath: caseInsensitiveString(entry.fieldref, 'fieldpath') || 'metadata.name'
  }
}

// kustomize decodes the kustomization through JSON, whose field names ignore case.
function caseInsensitiveString(value: unknown, name: string): string | undefined {
  if (!isObject(value)) return undefined
  const key = Object.keys(value).find(candidate => candidate.toLowerCase() === name)
  return key === undefined ? undefined : stringField(value, key)
}

// An objref without a namespace matches any namespace (GvknEquals); with one, or for a
// cluster-scoped kind, the namespace must match too (Equals).
function varSelects(variable: Var, id: ResId): boolean {
  const { objref } = variable
  if (!sameGvk(objref, id) || objref.name !== id.name) return false
  if (objref.namespace === '' && !isClusterScoped(objref)) return true
  return sameNamespace(objref.namespace, id.namespace)
}

type VarValue = string | number | boolean

/**
 * kustomize's ResolveVars, after name references: each var's value comes from the resource it
 * marked, and `$(NAME)` is replaced in the varReference fields of every resource.
 */
export function resolveVars(context: BuildContext, accumulator: Accumulator, path: string): void {
  const values = new Map<string, VarValue | undefined>()
  for (const variable of [...accumulator.vars].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const source = accumulator.resources.find(resource =>
      resource.refVarNames?.includes(variable.name)
    )
    if (!source) {
      report(
        context,
        path,
        `var '${variable.name}' cannot be mapped to a field in the set of known resources`,
        { field: 'vars' }
      )
      return
    }
    const value = fieldValue(source.object, variable.fieldPath)
    if (value === missing) {
      report(
        context,
        path,
        `field specified in var '${variable.name}' (${variable.fieldPath}) not found in corresponding resource`,
        { field: 'vars' }
      )
      return
    }
    values.set(variable.name, value)
  }
  if (values.size === 0) return
  const mapping = (name: string): VarValue => {
    if (!values.has(name)) return `$(${name})`
    return values.get(name) ?? `$(${name})`
  }
  for (const resource of accumulator.resources) {
    for (const spec of accumulator.config.varReference) {
      // replaceIn edits inside lists and maps: the whole object is copied from the parse first.
      if (!fieldSpecSelects(spec, resource.object)) continue
      visitFieldSpec(editable(resource), spec, undefined, ({ holder, key }) =>
        replaceIn(context, path, resource, holder as Record<string | number, unknown>, key, mapping)
      )
    }
  }
}

function replaceIn(
  context: BuildContext,
  path: string,
  resource: WorkingResource,
  holder: Record<string | number, unknown>,
  key: string | number,
  mapping: (name: string) => VarValue
): void {
  const value = holder[key]
  if (typeof value === 'string') holder[key] = expandVars(value, mapping)
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') value[index] = expandVars(item, mapping)
      else
        report(context, path, `vars: invalid value type expect a string in ${describe(resource)}`, {
          field: 'vars'
        })
    })
  } else if (isObject(value)) {
    for (const [entryKey, entry] of Object.entries(value)) {
      if (typeof entry === 'string') value[entryKey] = expandVars(entry, mapping)
    }
  }
}

function describe(resource: WorkingResource): string {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {}
  return `${String(resource.object.kind)} ${String(metadata.name)}`
}

/**
 * kustomize's DoReplacements: `$(NAME)` becomes the var's value (keeping its type when it is the
 * whole string), `$$` is `$`, and unknown names stay as written.
 */
export function expandVars(input: string, mapping: (name: string) => VarValue): VarValue {
  let output = ''
  let checkpoint = 0
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue
    output += input.slice(checkpoint, cursor)
    const rest = input.slice(cursor + 1)
    let advance = 1
    if (rest[0] === '$') output += '$'
    else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1)
      if (close < 0) output += '$('
      else {
        const name = rest.slice(1, close)
        const mapped = mapping(name)
        if (input === `$(${name})`) return mapped
        output += goValueText(mapped)
        advance = close + 1
      }
    } else output += `$${rest[0]}`
    cursor += advance
    checkpoint = cursor + 1
  }
  return output + input.slice(checkpoint)
}

// Go's %v of the value.
function goValueText(value: VarValue): string {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    const text = goFloatText(value)
    return text === '.inf' ? '+Inf' : text === '-.inf' ? '-Inf' : text === '.nan' ? 'NaN' : text
  }
  return String(value)
}

const missing = Symbol('missing')

/**
 * kyaml's GetFieldValue: a dotted path (`spec.ports[0].port`, `[name=x]` selects a list element)
 * to a scalar. Maps and lists are not replaced (kustomize leaves `$(NAME)` as written).
 */
function fieldValue(object: unknown, fieldPath: string): VarValue | undefined | typeof missing {
  const fields = fieldPath.split('.').flatMap(field => {
    const match = /^(.*)\[(\d+)\]$/.exec(field)
    if (!match) return [field]
    return match[1] ? [match[1], match[2]!] : [match[2]!]
  })
  let node: unknown = object
  for (const field of fields) {
    if (Array.isArray(node)) {
      const selector = /^\[([^=]+)=(.*)\]$/.exec(field)
      if (selector) {
        node = node.find(item => isObject(item) && String(item[selector[1]!]) === selector[2])
      } else if (/^\d+$/.test(field)) node = node[Number(field)]
      else return missing
    } else if (isObject(node)) {
      if (!Object.hasOwn(node, field)) return missing
      node = node[field]
    } else return missing
    if (node === undefined) return missing
  }
  if (node === null) return 'null'
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return node
  return undefined
}
