import { posix } from 'node:path'
import { findFluxRoots } from '../flux/index.js'
import type { FluxRoot, FluxRoots, SourceMapping } from '../flux/index.js'
import {
  build,
  kustomizationFileNames,
  kustomizationFilesIn,
  referencedPaths
} from '../kustomize-lite/index.js'
import type { Problem as BuildProblem, FileSystem, Resource } from '../kustomize-lite/index.js'
import { configObjectsOf } from './config-objects.js'
import type { ConfigObject } from './config-objects.js'
import { problem } from './findings.js'
import type { Problem } from './findings.js'
import { cached } from '../shared/collections.js'
import { isObject } from '../shared/objects.js'
import { normalizePath } from '../shared/paths.js'
import type { KObject } from './objects.js'
import type { ManifestSet } from './manifests.js'
import type { Repository } from './repository.js'

/** A resource as a root applies it, and the source document it was built from. */
export interface BuiltResource {
  object: KObject
  source: { file: string; document: number } | undefined
  /** The name its source gives it before any prefix or suffix: the document's, or the generator's. */
  sourceName: (built: ConfigObject) => string
  generatedWithSuffix: boolean
  /** The files its content comes from: its document's file, or a generator's sources. */
  inputs: string[]
}

/** Something Flux applies as a whole: references resolve inside it. */
export interface Root {
  id: string
  kind: 'flux' | 'kustomization' | 'files'
  /** Where the root comes from: a Flux Kustomization's file:line, or a directory. */
  declaredAt: string
  /** The directory built, '.' for the repository root; undefined for the plain files root. */
  path: string | undefined
  /** How often Flux applies it, when a Flux Kustomization says. */
  interval: string | undefined
  /** The directory whose kustomization file builds this root, where an overlay patch can go. */
  overlayDirectory: string | undefined
  resources: BuiltResource[]
  problems: Problem[]
}

/** Where the roots come from, in one sentence for people. */
export interface Discovery {
  from: 'flux' | 'kustomize'
  summary: string
}

export interface DiscoveryOptions {
  /** Sources built from a folder of this repository (`--source kind/namespace/name=folder`). */
  sources?: readonly SourceMapping[]
}

/**
 * The roots are what Flux applies: every Flux Kustomization whose source is this repository;
 * each other Flux Kustomization is reported as unresolved, with the reason. Only a repository
 * without any Flux Kustomization falls back to kustomize roots: every kustomization directory
 * that no other kustomization includes, and the manifests no kustomization reaches as one more
 * root of plain files.
 */
export function discoverRoots(
  repository: Repository,
  manifests: ManifestSet,
  options: DiscoveryOptions = {}
): { roots: Root[]; unresolved: Problem[]; discovery: Discovery } {
  const fileSystem = repositoryFileSystem(repository)
  const flux = findFluxRoots(fileSystem, manifests.documentCache, manifests.lineOf, {
    sources: options.sources ?? []
  })
  if (flux.kustomizations === 0) {
    return {
      ...kustomizeRoots(repository, fileSystem, manifests),
      discovery: {
        from: 'kustomize',
        summary:
          'No Flux Kustomization in this repository: the roots are the kustomization directories no other kustomization includes, and the YAML files none of them reaches.'
      }
    }
  }
  const unresolved = flux.unresolved.map(found =>
    problem('flux-unresolved', found.path, found.line ?? 1, found.message)
  )
  return {
    roots: flux.roots.map(root => fluxRoot(root, manifests)),
    unresolved: [...unresolved, ...inferredNotes(flux)],
    discovery: {
      from: 'flux',
      summary: `${flux.kustomizations} Flux Kustomization${flux.kustomizations === 1 ? '' : 's'}: ${flux.roots.length} built as root${flux.roots.length === 1 ? '' : 's'}, ${unresolved.length} unresolved${unresolved.length > 0 ? ' (the flux-unresolved findings say why)' : ''}.`
    }
  }
}

/** A source taken to be built from a folder because a workflow pushes it, said where the workflow says so. */
function inferredNotes(flux: FluxRoots): Problem[] {
  return flux.inferred.map(found => {
    const source = `${found.kind}/${found.namespace}/${found.name}`
    return problem(
      'flux-source-inferred',
      found.file,
      found.line,
      `${found.kind} ${found.namespace}/${found.name} is taken to be built from the folder ${found.path} of this repository: this workflow runs 'flux push artifact --path=${found.pushedPath}' ${
        found.matchedBy === 'url'
          ? `to its URL (${found.pushedTo ?? ''})`
          : `to a URL not known here, the only folder the workflows push, and ${found.namespace}/${found.name} is the cluster's bootstrap source`
      }; if that is wrong, map it: --source ${source}=<folder>`
    )
  })
}

function fluxRoot(root: FluxRoot, manifests: ManifestSet): Root {
  const { kustomization } = root
  return {
    id: root.id,
    kind: 'flux',
    declaredAt: `${kustomization.file}:${kustomization.line}`,
    path: kustomization.path,
    interval: kustomization.interval,
    overlayDirectory: kustomizationFileOf(kustomization.path, manifests)
      ? kustomization.path
      : undefined,
    resources: root.resources.map(resource => toBuiltResource(resource, manifests)),
    problems: root.problems.map(found => buildProblem(found))
  }
}

/** A problem kustomize-lite or Flux reports while building, as the engine reports it. */
function buildProblem(found: BuildProblem, context = ''): Problem {
  const rule = found.code === 'cycle' ? 'kustomization-cycle' : 'build-problem'
  return problem(rule, found.path, found.line ?? 1, context + found.message)
}

function kustomizeRoots(
  repository: Repository,
  fileSystem: FileSystem,
  manifests: ManifestSet
): { roots: Root[]; unresolved: Problem[] } {
  const kustomizationDirectories = findKustomizationDirectories(repository)
  const includes = includeGraph(kustomizationDirectories, manifests)
  const included = new Set([...includes.values()].flat())
  const tops = kustomizationDirectories.filter(
    directory => !included.has(directory) && !isComponent(directory, manifests)
  )
  const roots = tops.map(directory => buildKustomizationRoot(directory, fileSystem, manifests))
  const reached = new Set(roots.flatMap(root => root.resources.flatMap(r => r.source?.file ?? [])))
  const kustomizationSet = new Set(kustomizationDirectories)
  const plain = plainFilesRoot(
    manifests,
    file => reached.has(file) || kustomizationSet.has(posix.dirname(file))
  )
  return {
    roots: plain.resources.length > 0 ? [...roots, plain] : roots,
    unresolved: cyclesNoRootReaches(includes, tops, manifests)
  }
}

function buildKustomizationRoot(
  directory: string,
  fileSystem: FileSystem,
  manifests: ManifestSet
): Root {
  const result = build(directory || '.', fileSystem, { documentCache: manifests.documentCache })
  return {
    id: directory || '.',
    kind: 'kustomization',
    declaredAt: kustomizationFileOf(directory || '.', manifests) ?? directory,
    path: directory || '.',
    interval: undefined,
    overlayDirectory: directory || '.',
    resources: result.resources.map(resource => toBuiltResource(resource, manifests)),
    problems: result.problems.map(found => buildProblem(found, `building ${directory || '.'}: `))
  }
}

function toBuiltResource(resource: Resource, manifests: ManifestSet): BuiltResource {
  const origin = resource.origin
  if (origin.kind === 'file') {
    const source = { file: normalizePath(origin.path), document: origin.document }
    return fileResource(resource.object, source, manifests)
  }
  return {
    object: resource.object,
    source: undefined,
    sourceName: () => origin.name,
    generatedWithSuffix: origin.nameSuffixHash,
    inputs: origin.sources.map(normalizePath)
  }
}

function fileResource(
  object: KObject,
  source: { file: string; document: number },
  manifests: ManifestSet
): BuiltResource {
  return {
    object,
    source,
    sourceName: built => {
      const written = manifests.documentCache.get(source.file)?.[source.document]
      const original = isObject(written) ? configObjectsOf(written, false) : []
      return original.find(candidate => candidate.kind === built.kind)?.name ?? built.name
    },
    generatedWithSuffix: false,
    inputs: [source.file]
  }
}

function plainFilesRoot(manifests: ManifestSet, excluded: (file: string) => boolean): Root {
  const resources: BuiltResource[] = []
  for (const [file, parsed] of manifests.files) {
    if (excluded(file) || isKustomizationFile(file)) continue
    for (const document of parsed.documents) {
      if (!isObject(document.value)) continue
      resources.push(fileResource(document.value, { file, document: document.index }, manifests))
    }
  }
  return {
    id: '(plain files)',
    kind: 'files',
    declaredAt: 'YAML files no kustomization reaches',
    path: undefined,
    interval: undefined,
    overlayDirectory: undefined,
    resources,
    problems: []
  }
}

function findKustomizationDirectories(repository: Repository): string[] {
  return repository.files.filter(isKustomizationFile).map(file => posix.dirname(file))
}

function isKustomizationFile(file: string): boolean {
  return kustomizationFileNames.includes(posix.basename(file))
}

/** The kustomization file of a directory, if it has one. */
export function kustomizationFileOf(directory: string, manifests: ManifestSet): string | undefined {
  return kustomizationFilesIn(directory, file => manifests.files.has(file))[0]
}

function kustomizationOf(
  directory: string,
  manifests: ManifestSet
): Record<string, unknown> | undefined {
  const file = kustomizationFileOf(directory, manifests)
  const value = file && manifests.documentCache.get(file)?.[0]
  return isObject(value) ? value : undefined
}

function isComponent(directory: string, manifests: ManifestSet): boolean {
  return kustomizationOf(directory, manifests)?.['kind'] === 'Component'
}

/** Each kustomization directory and the kustomization directories it lists. */
function includeGraph(
  directories: readonly string[],
  manifests: ManifestSet
): Map<string, string[]> {
  const known = new Set(directories)
  return new Map(
    directories.map(directory => {
      const object = kustomizationOf(directory, manifests) ?? {}
      const listed = referencedPaths({ path: directory, directory, object }).map(normalizePath)
      return [directory, listed.filter(path => known.has(path))]
    })
  )
}

/**
 * Kustomizations that include each other in a cycle are included by something, so none is a
 * top-level root; kubectl refuses to build them. Each cycle no root reaches is an error.
 */
function cyclesNoRootReaches(
  includes: ReadonlyMap<string, readonly string[]>,
  tops: readonly string[],
  manifests: ManifestSet
): Problem[] {
  const visited = new Set<string>()
  const visit = (directory: string): void => {
    if (visited.has(directory)) return
    visited.add(directory)
    for (const next of includes.get(directory) ?? []) visit(next)
  }
  tops.forEach(visit)
  const problems = new Map<string, Problem>()
  for (const start of includes.keys()) {
    if (visited.has(start)) continue
    const cycle = cycleFrom(start, includes)
    visit(start)
    if (!cycle) continue
    const file = kustomizationFileOf(cycle[0] ?? start, manifests) ?? start
    const path = cycle.join(' -> ')
    problems.set(
      [...cycle].sort().join('|'),
      problem(
        'kustomization-cycle',
        file,
        1,
        `kustomizations include each other in a cycle: ${path}; nothing in them is built (kubectl kustomize refuses them too)`
      )
    )
  }
  return [...problems.values()]
}

/** The first cycle found by following includes from `start`, as a path that ends where it began. */
function cycleFrom(
  start: string,
  includes: ReadonlyMap<string, readonly string[]>
): string[] | undefined {
  const path: string[] = []
  const done = new Set<string>()
  const walk = (directory: string): string[] | undefined => {
    const open = path.indexOf(directory)
    if (open >= 0) return [...path.slice(open), directory]
    if (done.has(directory)) return undefined
    path.push(directory)
    for (const next of includes.get(directory) ?? []) {
      const found = walk(next)
      if (found) return found
    }
    path.pop()
    done.add(directory)
    return undefined
  }
  return walk(start)
}

/** The repository as kustomize-lite's file system; paths outside the repository do not exist. */
export function repositoryFileSystem(repository: Repository): FileSystem {
  const children = new Map<string, Set<string>>()
  for (const file of repository.files) {
    let path = file
    while (path !== '.') {
      const parent = posix.dirname(path)
      const entries = children.get(parent) ?? new Set<string>()
      entries.add(posix.basename(path))
      children.set(parent, entries)
      if (parent === '.' || parent === '') break
      path = parent
    }
  }
  // Builds list the same folders again and again: each listing is sorted once.
  const listings = new Map<string, readonly string[]>()
  const listing = (directory: string): readonly string[] =>
    cached(listings, directory, () => Object.freeze([...(children.get(directory) ?? [])].sort()))
  return {
    readFile: path => repository.readFile(normalizePath(path)),
    isDirectory: path => children.has(normalizePath(path)),
    readDirectory: path => listing(normalizePath(path)) as string[]
  }
}
