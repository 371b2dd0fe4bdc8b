import { posix } from 'node:path'
import { kustomizationFileNames } from '../kustomize-lite/index.js'
import { isObject } from '../shared/objects.js'
import { isKind, listAt, stringAt } from './objects.js'
import type { YamlObject } from './objects.js'
import type { LineOf } from './types.js'

export const KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io'
const SOURCE_GROUP = 'source.toolkit.fluxcd.io'
const SOURCE_EXTENSIONS_GROUP = 'source.extensions.fluxcd.io'

/** One document of the repository, with where it is. */
export interface Declaration {
  file: string
  document: number
  line: number
  object: YamlObject
}

export interface Inventory {
  kustomizations: Declaration[]
  gitRepositories: Declaration[]
  ociRepositories: Declaration[]
  artifactGenerators: Declaration[]
  /** ConfigMaps and Secrets as written, for substituteFrom when no build produces them. */
  configs: Declaration[]
}

export function readInventory(
  documents: ReadonlyMap<string, unknown[]>,
  lineOf: LineOf
): Inventory {
  const inventory: Inventory = {
    kustomizations: [],
    gitRepositories: [],
    ociRepositories: [],
    artifactGenerators: [],
    configs: []
  }
  const patchFiles = kustomizePatchFiles(documents)
  for (const [file, parsed] of [...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A patch file looks like the object it patches but is never applied itself.
    if (patchFiles.has(file)) continue
    parsed.forEach((object, document) => {
      const list = listFor(inventory, object)
      if (list && isObject(object))
        list.push({ file, document, line: lineOf(file, document), object })
    })
  }
  return inventory
}

function kustomizePatchFiles(documents: ReadonlyMap<string, unknown[]>): Set<string> {
  const files = new Set<string>()
  for (const [file, parsed] of documents) {
    if (!kustomizationFileNames.includes(posix.basename(file))) continue
    const kustomization = parsed.find(isObject)
    if (!kustomization) continue
    const directory = posix.dirname(file)
    const entries = [
      ...listAt(kustomization, 'patches').map(entry => stringAt(entry, 'path')),
      ...listAt(kustomization, 'patchesJson6902').map(entry => stringAt(entry, 'path')),
      ...listAt(kustomization, 'patchesStrategicMerge').map(entry =>
        typeof entry === 'string' ? entry : undefined
      )
    ]
    for (const entry of entries) {
      if (entry !== undefined && !entry.includes('\n'))
        files.add(posix.normalize(posix.join(directory, entry)))
    }
  }
  return files
}

function listFor(inventory: Inventory, object: unknown): Declaration[] | undefined {
  if (isKind(object, KUSTOMIZE_GROUP, 'Kustomization')) return inventory.kustomizations
  if (isKind(object, SOURCE_GROUP, 'GitRepository')) return inventory.gitRepositories
  if (isKind(object, SOURCE_GROUP, 'OCIRepository')) return inventory.ociRepositories
  if (isKind(object, SOURCE_EXTENSIONS_GROUP, 'ArtifactGenerator'))
    return inventory.artifactGenerators
  if (isKind(object, '', 'ConfigMap') || isKind(object, '', 'Secret')) return inventory.configs
  return undefined
}

export function declarationKey(declaration: { file: string; document: number }): string {
  return `${declaration.file}#${declaration.document}`
}
