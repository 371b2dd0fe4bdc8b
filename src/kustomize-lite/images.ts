import { visitFieldSpec } from './field-path.js'
import { isObject } from '../shared/objects.js'
import { stringField } from './objects.js'
import type { FieldSpec } from './transformer-config.js'
import type { YamlObject } from './types.js'
import type { WorkingResource } from './working-resource.js'
import { editable } from './working-resource.js'

export interface ImageOverride {
  name: string
  newName?: string
  newTag?: string
  digest?: string
}

/** `images:` — every container image in known places and, like kustomize, in any containers list. */
export function applyImageOverride(
  resources: WorkingResource[],
  override: ImageOverride,
  fieldSpecs: FieldSpec[]
): void {
  const matcher = imageMatcher(override.name)
  const matches = (holder: Record<string, unknown>, key: string) => {
    const value = holder[key]
    return typeof value === 'string' && matcher.test(value)
  }
  const update = (holder: Record<string, unknown>, key: string) => {
    if (matches(holder, key)) holder[key] = rewriteImage(holder[key] as string, override)
  }
  for (const resource of resources) {
    // Most resources hold no image to change: only those are copied from the parse and edited.
    let found = false
    visitImages(resource.object, fieldSpecs, (holder, key) => {
      found ||= matches(holder, key)
    })
    if (found) visitImages(editable(resource), fieldSpecs, update)
  }
}

function visitImages(
  object: YamlObject,
  fieldSpecs: FieldSpec[],
  visit: (holder: Record<string, unknown>, key: string) => void
): void {
  if (object.kind !== 'CustomResourceDefinition') visitContainerImages(object, visit)
  for (const spec of fieldSpecs)
    visitFieldSpec(object, { ...spec, create: false }, undefined, ({ holder, key }) =>
      visit(holder as Record<string, unknown>, String(key))
    )
}

// kustomize builds this pattern from the name unescaped, so the name is a regular expression.
function imageMatcher(name: string): RegExp {
  try {
    return new RegExp(`^${name}(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$`)
  } catch {
    return new RegExp(
      `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$`
    )
  }
}

function visitContainerImages(
  node: unknown,
  visit: (holder: Record<string, unknown>, key: string) => void
): void {
  if (Array.isArray(node)) {
    for (const element of node) visitContainerImages(element, visit)
    return
  }
  if (!isObject(node)) return
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const container of value) {
        if (isObject(container) && stringField(container, 'image') !== undefined)
          visit(container, 'image')
      }
    } else {
      visitContainerImages(value, visit)
    }
  }
}

function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf('/')
  const offset = slash > 0 ? slash : 0
  const searched = image.slice(offset)
  const at = searched.indexOf('@')
  const colon = searched.indexOf(':')
  if (colon < 0 && at < 0) return { name: image, tag: '', digest: '' }
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: image.slice(0, at + offset), tag: '', digest: image.slice(at + offset + 1) }
  }
  if (at >= 0 && colon >= 0) {
    return {
      name: image.slice(0, colon + offset),
      tag: image.slice(colon + offset + 1, at + offset),
      digest: image.slice(at + offset + 1)
    }
  }
  return { name: image.slice(0, colon + offset), tag: image.slice(colon + offset + 1), digest: '' }
}

function rewriteImage(image: string, override: ImageOverride): string {
  let { name, tag, digest } = splitImage(image)
  if (override.newName) name = override.newName
  if (override.newTag && override.digest) {
    tag = override.newTag
    digest = override.digest
  } else if (override.newTag) {
    tag = override.newTag
    digest = ''
  } else if (override.digest) {
    tag = ''
    digest = override.digest
  }
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`
}
