import { posix } from 'node:path'
import type { FileSystem } from '../kustomize-lite/index.js'
import type { Declaration, Inventory } from './inventory.js'
import { isObject } from '../shared/objects.js'
import { listAt, stringAt } from './objects.js'
import { artifactPath, joinPaths, relativeInside } from './paths.js'

export interface SourceRef {
  kind: string
  name: string
  namespace: string
}

export type PathResolution = { ok: true; path: string } | { ok: false; message: string }

/** The Flux bootstrap (flux bootstrap, flux-operator's FluxInstance) names the cluster's own source so. */
const BOOTSTRAP_SOURCE = 'flux-system'

/**
 * Maps a Kustomization's source and path to a directory of this repository.
 *
 * The repository's own GitRepository is recognised as:
 * - one named `flux-system` (whether or not it is defined here: flux-operator creates it);
 * - one that a Kustomization applies from a path containing that Kustomization's own file (a
 *   source that delivers the file declaring it is this repository: the bootstrap pattern);
 * - one defined here with the same URL as a GitRepository recognised by the two rules above.
 * An OCIRepository named `flux-system` is this repository when a workflow of the repository
 * pushes it (`flux push artifact ... --path=DIR`): its root is DIR.
 * An ExternalArtifact is mapped through the ArtifactGenerator that produces it, when its copy
 * rules take whole directories from a source this resolver maps.
 */
export class SourceResolver {
  private readonly ownGitNames = new Set<string>([BOOTSTRAP_SOURCE])
  private readonly pushedPaths: string[]

  constructor(
    private readonly inventory: Inventory,
    fileSystem: FileSystem
  ) {
    this.recogniseOwnGitRepositories()
    this.pushedPaths = fluxPushPaths(fileSystem)
  }

  private resolve(sourceRef: SourceRef, path: string): PathResolution {
    const base = this.sourceRoot(sourceRef)
    if (!base.ok) return base
    return { ok: true, path: joinPaths(base.path, path) }
  }

  private sourceRoot(sourceRef: SourceRef): PathResolution {
    switch (sourceRef.kind) {
      case 'GitRepository':
        return this.gitRoot(sourceRef)
      case 'OCIRepository':
        return this.ociRoot(sourceRef)
      case 'ExternalArtifact':
        return { ok: false, message: 'an ExternalArtifact is mapped by path, not as a whole' }
      default:
        return {
          ok: false,
          message: `${describe(sourceRef)}: this repository does not say what it holds`
        }
    }
  }

  /** Resolves `path` inside whatever `sourceRef` delivers to the Kustomization declared in `fromFile`. */
  resolvePath(sourceRef: SourceRef, path: string, fromFile: string): PathResolution {
    if (sourceRef.kind === 'ExternalArtifact')
      return this.externalArtifactPath(sourceRef, path, fromFile)
    return this.resolve(sourceRef, path)
  }

  private gitRoot(sourceRef: SourceRef): PathResolution {
    if (this.ownGitNames.has(sourceRef.name)) return { ok: true, path: '.' }
    const defined = this.inventory.gitRepositories.find(d => nameOf(d) === sourceRef.name)
    const url = defined ? stringAt(defined.object, 'spec', 'url') : undefined
    return {
      ok: false,
      message: defined
        ? `${describe(sourceRef)} is another repository (${url ?? 'no url'})`
        : `${describe(sourceRef)} is not defined in this repository`
    }
  }

  private ociRoot(sourceRef: SourceRef): PathResolution {
    const distinct = [...new Set(this.pushedPaths)]
    if (sourceRef.name === BOOTSTRAP_SOURCE && distinct.length === 1 && distinct[0] !== undefined) {
      return { ok: true, path: distinct[0] }
    }
    return {
      ok: false,
      message: `${describe(sourceRef)}: no workflow of this repository says which directory it pushes`
    }
  }

  /** Several clusters may each define a generator of that name: the nearest one that maps wins. */
  private externalArtifactPath(
    sourceRef: SourceRef,
    path: string,
    fromFile: string
  ): PathResolution {
    const generators = this.inventory.artifactGenerators
      .filter(g => (namespaceOf(g) ?? sourceRef.namespace) === sourceRef.namespace)
      .sort((a, b) => sharedPrefix(b.file, fromFile) - sharedPrefix(a.file, fromFile))
    let failure: PathResolution | undefined
    for (const generator of generators) {
      const artifact = listAt(generator.object, 'spec', 'artifacts')
        .filter(isObject)
        .find(entry => entry.name === sourceRef.name)
      if (!artifact) continue
      const mapped = this.mapThroughCopies(generator, artifact, path)
      if (mapped.ok) return mapped
      failure ??= mapped
    }
    return (
      failure ?? {
        ok: false,
        message: `${describe(sourceRef)}: no ArtifactGenerator in this repository produces it`
      }
    )
  }

  private mapThroughCopies(
    generator: Declaration,
    artifact: Record<string, unknown>,
    path: string
  ): PathResolution {
    const sources = new Map<string, SourceRef>()
    for (const source of listAt(generator.object, 'spec', 'sources').filter(isObject)) {
      const alias = stringAt(source, 'alias')
      if (alias === undefined) continue
      sources.set(alias, {
        kind: stringAt(source, 'kind') ?? '',
        name: stringAt(source, 'name') ?? '',
        namespace: stringAt(source, 'namespace') ?? namespaceOf(generator) ?? ''
      })
    }
    const rules = listAt(artifact, 'copy')
      .filter(isObject)
      .map(parseCopy)
      .flatMap(rule => rule ?? [])
    // The most specific destination wins, as later copies land inside earlier ones.
    rules.sort((a, b) => b.destination.length - a.destination.length)
    for (const rule of rules) {
      const inside = relativeInside(rule.destination, path)
      const source = sources.get(rule.alias)
      if (inside === undefined || source === undefined) continue
      const root = this.resolve(source, rule.sourceDirectory)
      if (!root.ok)
        return {
          ok: false,
          message: `artifact ${String(artifact.name)} copies from ${root.message}`
        }
      return { ok: true, path: joinPaths(root.path, inside) }
    }
    return {
      ok: false,
      message: `no copy rule of ArtifactGenerator ${nameOf(generator)} (${generator.file}:${generator.line}) puts a directory at ${path}`
    }
  }

  /** Defined here with a URL unlike the bootstrap source's URL. */
  private isOtherRepository(name: string): boolean {
    const urlOf = (n: string) =>
      this.inventory.gitRepositories
        .filter(d => nameOf(d) === n)
        .flatMap(d => stringAt(d.object, 'spec', 'url') ?? [])
    const own = new Set(urlOf(BOOTSTRAP_SOURCE).map(normalizeUrl))
    return own.size > 0 && urlOf(name).some(url => !own.has(normalizeUrl(url)))
  }

  private recogniseOwnGitRepositories(): void {
    for (const kustomization of this.inventory.kustomizations) {
      const kind = stringAt(kustomization.object, 'spec', 'sourceRef', 'kind')
      const name = stringAt(kustomization.object, 'spec', 'sourceRef', 'name')
      if (kind !== 'GitRepository' || name === undefined) continue
      // A path of '.' contains every file, so it says nothing about where the source comes from.
      const path = artifactPath(stringAt(kustomization.object, 'spec', 'path'))
      if (path === '.' || this.isOtherRepository(name)) continue
      if (relativeInside(path, posix.dirname(kustomization.file)) !== undefined)
        this.ownGitNames.add(name)
    }
    const ownUrls = new Set(
      this.inventory.gitRepositories
        .filter(d => this.ownGitNames.has(nameOf(d)))
        .flatMap(d => stringAt(d.object, 'spec', 'url') ?? [])
        .map(normalizeUrl)
    )
    for (const repository of this.inventory.gitRepositories) {
      const url = stringAt(repository.object, 'spec', 'url')
      if (url !== undefined && ownUrls.has(normalizeUrl(url)))
        this.ownGitNames.add(nameOf(repository))
    }
  }
}

interface CopyRule {
  alias: string
  /** Directory of the source whose contents are copied. */
  sourceDirectory: string
  /** Directory of the artifact they land in. */
  destination: string
}

/** `@alias/dir/**` (or `@alias/dir/`) to `@artifact/dest/`: a whole directory; others map no directory. */
function parseCopy(copy: Record<string, unknown>): CopyRule | undefined {
  const from = /^@([\w-]+)\/(.*)$/.exec(stringAt(copy, 'from') ?? '')
  const to = /^@artifact\/(.*)$/.exec(stringAt(copy, 'to') ?? '')
  if (!from || !to || from[1] === undefined) return undefined
  const pattern = from[2] ?? ''
  const destination = to[1] ?? ''
  if (destination !== '' && !destination.endsWith('/')) return undefined
  const directory = directoryPattern(pattern)
  if (directory === undefined) return undefined
  return {
    alias: from[1],
    sourceDirectory: artifactPath(directory),
    destination: artifactPath(destination)
  }
}

function directoryPattern(pattern: string): string | undefined {
  if (pattern === '' || pattern.endsWith('/')) return pattern
  const match = /^(.*?)\/?\*\*(\/\*(\.[\w.]+)?)?$/.exec(pattern)
  return match ? (match[1] ?? '') : undefined
}

function fluxPushPaths(fileSystem: FileSystem): string[] {
  const directory = '.github/workflows'
  if (!fileSystem.isDirectory(directory)) return []
  const paths: string[] = []
  for (const name of fileSystem.readDirectory(directory)) {
    const text = fileSystem.readFile(posix.join(directory, name)) ?? ''
    for (const command of text.matchAll(/flux push artifact(?:[^\n]*\\\n)*[^\n]*/g)) {
      const path = /--path[= ]["']?([^"'\s\\]+)/.exec(command[0])?.[1]
      if (path !== undefined) paths.push(artifactPath(path))
    }
  }
  return paths
}

function sharedPrefix(a: string, b: string): number {
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return index
}

function nameOf(declaration: Declaration): string {
  return stringAt(declaration.object, 'metadata', 'name') ?? ''
}

function namespaceOf(declaration: Declaration): string | undefined {
  return stringAt(declaration.object, 'metadata', 'namespace')
}

function describe(sourceRef: SourceRef): string {
  return `${sourceRef.kind} ${sourceRef.namespace}/${sourceRef.name}`
}

function normalizeUrl(url: string): string {
  return url
    .replace(/^(ssh:\/\/)?git@([^:/]+)[:/]/, 'https://$2/')
    .replace(/\.git$/, '')
    .replace(/\/$/, '')
    .toLowerCase()
}
