import { posix } from 'node:path'
import {
  isKustomizationDirectory,
  kustomizationFilesIn,
  readKustomization
} from '../kustomize-lite/index.js'
import type { FileSystem } from '../kustomize-lite/index.js'
import { isObject } from '../shared/objects.js'
import { listAt, objectAt, stringAt } from './objects.js'
import type { YamlObject } from './objects.js'
import type { Problem } from './types.js'

/**
 * source-controller leaves these out of every artifact (fluxcd/pkg sourceignore ExcludeVCS,
 * ExcludeCI and ExcludeExtra), so Flux's generated kustomization never lists them.
 */
const IGNORED_DIRECTORIES = new Set(['.git', '.github', '.circleci'])
const IGNORED_FILES = new Set([
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '.travis.yml',
  '.gitlab-ci.yml',
  'appveyor.yml',
  '.drone.yml',
  'cloudbuild.yaml',
  'codeship-services.yml',
  'codeship-steps.yml',
  '.goreleaser.yml',
  '.goreleaser.brew.yml',
  '.sops.yaml',
  '.flux.yaml',
  '.golangci.yaml'
])

export interface KustomizationEdit {
  /** Path of the kustomization file Flux writes (the existing one, or a new kustomization.yaml). */
  file: string
  /** Undefined when the existing file cannot be read: the build then reports why. */
  object: YamlObject | undefined
  problems: Problem[]
}

/**
 * The kustomization.yaml kustomize-controller builds for `directory`: the one found there (or one
 * generated from the YAML files below it), edited with the Flux Kustomization's spec the way
 * fluxcd/pkg/kustomize's Generator edits it.
 */
export function fluxKustomizationFor(
  directory: string,
  spec: YamlObject,
  fileSystem: FileSystem,
  documents: ReadonlyMap<string, unknown[]>
): KustomizationEdit {
  const problems: Problem[] = []
  const existing = kustomizationFilesIn(directory, fileSystem)[0]
  if (existing) {
    const read = readKustomization(directory, fileSystem)
    const object = read.ok
      ? applySpec(read.file.object, spec, directory, fileSystem, problems)
      : undefined
    return { file: existing, object, problems }
  }
  const generated = generateKustomization(directory, fileSystem, documents, problems)
  const object = applySpec(generated, spec, directory, fileSystem, problems)
  return { file: posix.join(directory, 'kustomization.yaml'), object, problems }
}

/**
 * Flux's generator walks the directory in lexical order: a sub-directory holding a kustomization
 * file becomes one resource and is not entered; every other `.yaml`/`.yml` file becomes a resource
 * if it decodes as Kubernetes YAML (otherwise Flux fails the build, reported here as an error).
 */
function generateKustomization(
  directory: string,
  fileSystem: FileSystem,
  documents: ReadonlyMap<string, unknown[]>,
  problems: Problem[]
): YamlObject {
  const resources: string[] = []
  const walk = (current: string): void => {
    for (const name of [...fileSystem.readDirectory(current)].sort()) {
      const path = posix.join(current, name)
      if (fileSystem.isDirectory(path)) {
        if (IGNORED_DIRECTORIES.has(name)) continue
        if (isKustomizationDirectory(path, fileSystem))
          resources.push(relativeEntry(directory, path))
        else walk(path)
        continue
      }
      if (IGNORED_FILES.has(name) || !/\.ya?ml$/.test(name)) continue
      if (decodesAsKubernetes(path, documents)) resources.push(relativeEntry(directory, path))
      else problems.push(notKubernetes(path))
    }
  }
  walk(directory)
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources }
}

function relativeEntry(directory: string, path: string): string {
  return './' + posix.relative(directory, path)
}

function decodesAsKubernetes(file: string, documents: ReadonlyMap<string, unknown[]>): boolean {
  const parsed = documents.get(file)
  if (parsed === undefined) return false
  return parsed.every(document => document === null || isObject(document))
}

function notKubernetes(file: string): Problem {
  return {
    severity: 'error',
    message: `${file} is not Kubernetes YAML; Flux fails the generated kustomization ("failed to decode Kubernetes YAML")`,
    path: file
  }
}

function applySpec(
  base: YamlObject,
  spec: YamlObject,
  directory: string,
  fileSystem: FileSystem,
  problems: Problem[]
): YamlObject {
  const object = structuredClone(base)
  // Flux overrides, never combines, the kustomization's own namespace, prefix and suffix.
  for (const [field, target] of [
    ['targetNamespace', 'namespace'],
    ['namePrefix', 'namePrefix'],
    ['nameSuffix', 'nameSuffix']
  ] as const) {
    const value = stringAt(spec, field)
    if (value !== undefined) object[target] = value
  }
  appendList(object, 'patches', listAt(spec, 'patches').filter(isObject).map(toKustomizePatch))
  appendList(object, 'patchesStrategicMerge', listAt(spec, 'patchesStrategicMerge'))
  appendList(
    object,
    'patchesJson6902',
    listAt(spec, 'patchesJson6902').filter(isObject).map(toJson6902)
  )
  appendList(object, 'components', componentsOf(spec, directory, fileSystem, problems))
  const images = mergeImages(listAt(object, 'images'), listAt(spec, 'images'))
  if (images.length > 0) object.images = images
  return object
}

function appendList(object: YamlObject, field: string, entries: unknown[]): void {
  if (entries.length === 0) return
  object[field] = [...listAt(object, field), ...entries]
}

function toKustomizePatch(patch: YamlObject): YamlObject {
  const result: YamlObject = { patch: patch.patch }
  const target = objectAt(patch, 'target')
  if (target) result.target = target
  return result
}

// Flux stores JSON 6902 operations as a list; kustomize wants them as one patch text.
function toJson6902(patch: YamlObject): YamlObject {
  const result: YamlObject = { patch: JSON.stringify(patch.patch ?? []) }
  const target = objectAt(patch, 'target')
  if (target) result.target = target
  return result
}

function componentsOf(
  spec: YamlObject,
  directory: string,
  fileSystem: FileSystem,
  problems: Problem[]
): string[] {
  const ignoreMissing = spec.ignoreMissingComponents === true
  const components: string[] = []
  for (const entry of listAt(spec, 'components')) {
    if (typeof entry !== 'string') continue
    if (!isLocalRelative(entry)) {
      problems.push({
        severity: 'error',
        message: `component path '${entry}' must be local and relative`,
        path: directory
      })
      continue
    }
    if (ignoreMissing && !fileSystem.isDirectory(posix.join(directory, entry))) continue
    components.push(entry)
  }
  return components
}

function isLocalRelative(path: string): boolean {
  return !path.startsWith('/') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !path.includes('?ref=')
}

/** Flux replaces an image entry of the same name, else appends (last one wins). */
function mergeImages(existing: unknown[], fromSpec: unknown[]): unknown[] {
  const images = [...existing]
  for (const image of fromSpec) {
    if (!isObject(image)) continue
    const entry: YamlObject = { name: image.name }
    for (const field of ['newName', 'newTag', 'digest']) {
      if (typeof image[field] === 'string' && image[field] !== '') entry[field] = image[field]
    }
    const index = images.findIndex(other => isObject(other) && other.name === image.name)
    if (index >= 0) images[index] = entry
    else images.push(entry)
  }
  return images
}
