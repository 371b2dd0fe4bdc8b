import { posix } from 'node:path'
import type { Declaration, Inventory } from './inventory.js'
import { cached } from '../shared/collections.js'
import { isObject } from '../shared/objects.js'
import { SOURCE_KINDS, WORKFLOW_DIRECTORY, ociRepository } from './mappings.js'
import type { FluxPush, SourceMapping } from './mappings.js'
import { listAt, stringAt } from './objects.js'
import type { YamlObject } from './objects.js'
import { artifactPath, joinPaths, relativeInside } from './paths.js'

export interface SourceRef {
  kind: string
  name: string
  namespace: string
}

export type PathResolution = { ok: true; path: string } | { ok: false; message: string }

/** A source taken to be built from this repository because a workflow pushes it. */
export interface InferredSource {
  sourceRef: SourceRef
  /** The folder it is built from. */
  path: string
  /** The `flux push artifact` that says so. */
  push: FluxPush
  /** `url`: the push goes to the OCIRepository's URL; `bootstrap`: the only folder pushed, for flux-system. */
  matchedBy: 'url' | 'bootstrap'
}

/** The Flux bootstrap (flux bootstrap, flux-operator's FluxInstance) names the cluster's own source so. */
const BOOTSTRAP_SOURCE = 'flux-system'
const BOOTSTRAP_KEY = `${BOOTSTRAP_SOURCE}/${BOOTSTRAP_SOURCE}`
const BOOTSTRAP_REF = {
  kind: 'GitRepository',
  namespace: BOOTSTRAP_SOURCE,
  name: BOOTSTRAP_SOURCE
} as const

/**
 * Maps a Kustomization's source and path to a directory of this repository. Sources are named as
 * Flux names them: `namespace/name` of the given kind, the namespace defaulting to the
 * Kustomization's own.
 *
 * - A source mapped by the caller (`--source kind/namespace/name=folder`) is that folder.
 * - The repository's own GitRepository is recognised as: `flux-system/flux-system` (whether or
 *   not it is defined here: flux bootstrap and flux-operator create it); one that a Kustomization
 *   applies from a path containing that Kustomization's own file (a source that delivers the file
 *   declaring it is this repository: the bootstrap pattern); one defined here with the same URL
 *   as a GitRepository recognised by the two rules above.
 * - An OCIRepository is the folder a workflow of the repository pushes
 *   (`flux push artifact <url> --path=DIR`) when the push's URL is the OCIRepository's URL, or,
 *   for `flux-system/flux-system`, when the workflows push one folder only to URLs not known here.
 * - An ExternalArtifact is mapped through the ArtifactGenerator that produces it, when its copy
 *   rules take whole directories from a source this resolver maps.
 */
export class SourceResolver {
  private readonly ownGitKeys = new Set<string>([BOOTSTRAP_KEY])
  /** GitRepositories defined without a namespace (set later by a kustomization) but own by URL. */
  private readonly ownGitDefinitions: Declaration[] = []
  private readonly mapped = new Map<string, SourceMapping>()
  /** Inferred sources used so far, by key. */
  readonly inferred = new Map<string, InferredSource>()

  /**
   * @param kustomizations the Kustomizations as applied (each one's namespace known as far as
   *   the roots found so far tell), for the bootstrap pattern.
   */
  constructor(
    private readonly inventory: Inventory,
    private readonly pushes: readonly FluxPush[],
    mappings: readonly SourceMapping[],
    kustomizations: readonly { object: YamlObject; file: string }[]
  ) {
    for (const mapping of mappings) this.mapped.set(keyOf(mapping.kind, mapping), mapping)
    this.recogniseOwnGitRepositories(kustomizations)
  }

  private resolve(sourceRef: SourceRef, path: string): PathResolution {
    const base = this.sourceRoot(sourceRef)
    if (!base.ok) return base
    return { ok: true, path: joinPaths(base.path, path) }
  }

  /** Every Kustomization of a source asks for its root, several times a pass: once is enough. */
  private readonly roots = new Map<string, PathResolution>()

  private sourceRoot(sourceRef: SourceRef): PathResolution {
    return cached(this.roots, keyOf(sourceRef.kind, sourceRef), () =>
      this.findSourceRoot(sourceRef)
    )
  }

  private findSourceRoot(sourceRef: SourceRef): PathResolution {
    const mapping = this.mapped.get(keyOf(sourceRef.kind, sourceRef))
    if (mapping) return { ok: true, path: mapping.path }
    switch (sourceRef.kind) {
      case 'GitRepository':
        return this.gitRoot(sourceRef)
      case 'OCIRepository':
        return this.ociRoot(sourceRef)
      case 'ExternalArtifact':
        return { ok: false, message: 'an ExternalArtifact is mapped by path, not as a whole' }
      case 'Bucket':
        return {
          ok: false,
          message: `${describe(sourceRef)} is a bucket, whose content this repository does not show; ${mapHint(sourceRef)}`
        }
      case '':
        return {
          ok: false,
          message: `sourceRef.kind is not set (Flux requires one of ${SOURCE_KINDS.join(', ')})`
        }
      default:
        return {
          ok: false,
          message: `sourceRef.kind ${sourceRef.kind} is not a kind of source a Flux Kustomization reads (${SOURCE_KINDS.join(', ')})`
        }
    }
  }

  /** Resolves `path` inside whatever `sourceRef` delivers to the Kustomization declared in `fromFile`. */
  resolvePath(sourceRef: SourceRef, path: string, fromFile: string): PathResolution {
    if (sourceRef.name === '') return { ok: false, message: 'sourceRef.name is not set' }
    if (sourceRef.kind === 'ExternalArtifact' && !this.mapped.has(keyOf(sourceRef.kind, sourceRef)))
      return this.externalArtifactPath(sourceRef, path, fromFile)
    return this.resolve(sourceRef, path)
  }

  private isOwnGit(sourceRef: SourceRef): boolean {
    return (
      this.ownGitKeys.has(keyOf('', sourceRef)) ||
      this.ownGitDefinitions.some(d => defines(d, sourceRef))
    )
  }

  private gitRoot(sourceRef: SourceRef): PathResolution {
    if (this.isOwnGit(sourceRef)) return { ok: true, path: '.' }
    const defined = this.inventory.gitRepositories.find(d => defines(d, sourceRef))
    const url = defined ? stringAt(defined.object, 'spec', 'url') : undefined
    return {
      ok: false,
      message: defined
        ? `${describe(sourceRef)} is another repository (${url ?? 'no url'})`
        : `${describe(sourceRef)} is not defined in this repository`
    }
  }

  private ociRoot(sourceRef: SourceRef): PathResolution {
    const definitions = this.inventory.ociRepositories.filter(d => defines(d, sourceRef))
    const urls = new Set(
      definitions.flatMap(d => {
        const url = stringAt(d.object, 'spec', 'url')
        return url === undefined ? [] : (ociRepository(url) ?? [])
      })
    )
    const byUrl = this.pushes.filter(push => push.repository && urls.has(push.repository))
    // Pushes to a URL not known here may be the bootstrap source's: flux-operator's FluxInstance
    // and `flux bootstrap` create it outside the repository, so its URL cannot be compared.
    const candidates =
      byUrl.length > 0
        ? byUrl
        : keyOf('', sourceRef) === BOOTSTRAP_KEY && urls.size === 0
          ? this.pushes.filter(push => push.repository === undefined)
          : []
    const paths = [...new Set(candidates.map(push => push.path))]
    const push = candidates[0]
    if (paths.length === 1 && push) {
      const key = keyOf(sourceRef.kind, sourceRef)
      const matchedBy = byUrl.length > 0 ? 'url' : 'bootstrap'
      if (!this.inferred.has(key))
        this.inferred.set(key, { sourceRef, path: push.path, push, matchedBy })
      return { ok: true, path: push.path }
    }
    const what =
      definitions.length > 0
        ? `${describe(sourceRef)} (${[...urls].join(', ') || 'no url'}) is an OCI artifact`
        : `${describe(sourceRef)} is an OCI artifact not defined in this repository`
    const why =
      paths.length > 1
        ? `workflows of this repository push several folders to it (${paths.join(', ')})`
        : `no workflow in ${WORKFLOW_DIRECTORY} pushes it with 'flux push artifact --path'`
    return { ok: false, message: `${what}, and ${why}; ${mapHint(sourceRef)}` }
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
      const mapped = this.mapThroughCopies(generator, artifact, path, sourceRef.namespace)
      if (mapped.ok) return mapped
      failure ??= mapped
    }
    return (
      failure ?? {
        ok: false,
        message: `${describe(sourceRef)} is produced by no ArtifactGenerator of this repository; ${mapHint(sourceRef)}`
      }
    )
  }

  private mapThroughCopies(
    generator: Declaration,
    artifact: Record<string, unknown>,
    path: string,
    namespace: string
  ): PathResolution {
    const sources = new Map<string, SourceRef>()
    for (const source of listAt(generator.object, 'spec', 'sources').filter(isObject)) {
      const alias = stringAt(source, 'alias')
      if (alias === undefined) continue
      // A source's namespace defaults to the generator's, which is the artifact's.
      sources.set(alias, {
        kind: stringAt(source, 'kind') ?? '',
        name: stringAt(source, 'name') ?? '',
        namespace: stringAt(source, 'namespace') ?? namespaceOf(generator) ?? namespace
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
          message: `artifact ${String(artifact.name)} of ArtifactGenerator ${nameOf(generator)} (${generator.file}:${generator.line}) copies from ${root.message}`
        }
      return { ok: true, path: joinPaths(root.path, inside) }
    }
    return {
      ok: false,
      message: `no copy rule of ArtifactGenerator ${nameOf(generator)} (${generator.file}:${generator.line}) puts a directory at ${path}`
    }
  }

  /** Defined here (namespace/name) with a URL unlike the bootstrap source's URL. */
  private isOtherRepository(sourceRef: SourceRef): boolean {
    const own = (this.bootstrapUrls ??= new Set(this.urlsOf(BOOTSTRAP_REF).map(normalizeUrl)))
    return own.size > 0 && this.urlsOf(sourceRef).some(url => !own.has(normalizeUrl(url)))
  }

  /** The bootstrap source's URLs, normalized: asked for once per Kustomization. */
  private bootstrapUrls: Set<string> | undefined

  private urlsOf(sourceRef: SourceRef): string[] {
    return this.inventory.gitRepositories
      .filter(d => defines(d, sourceRef))
      .flatMap(d => stringAt(d.object, 'spec', 'url') ?? [])
  }

  private recogniseOwnGitRepositories(
    kustomizations: readonly { object: YamlObject; file: string }[]
  ): void {
    for (const { object: kustomization, file } of kustomizations) {
      const sourceRef = sourceRefOf(kustomization)
      if (sourceRef.kind !== 'GitRepository' || sourceRef.name === '') continue
      // A path of '.' contains every file, so it says nothing about where the source comes from.
      const path = artifactPath(stringAt(kustomization, 'spec', 'path'))
      if (path === '.' || this.isOtherRepository(sourceRef)) continue
      if (relativeInside(path, posix.dirname(file)) !== undefined)
        this.ownGitKeys.add(keyOf('', sourceRef))
    }
    const keys = [...this.ownGitKeys]
    const ownDefinitions = this.inventory.gitRepositories.filter(d => {
      const namespace = namespaceOf(d)
      return namespace === undefined
        ? keys.some(key => key.endsWith(`/${nameOf(d)}`))
        : this.ownGitKeys.has(`${namespace}/${nameOf(d)}`)
    })
    const ownUrls = new Set(
      ownDefinitions.flatMap(d => stringAt(d.object, 'spec', 'url') ?? []).map(normalizeUrl)
    )
    for (const repository of this.inventory.gitRepositories) {
      const url = stringAt(repository.object, 'spec', 'url')
      if (url !== undefined && ownUrls.has(normalizeUrl(url)))
        this.ownGitDefinitions.push(repository)
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

function mapHint(sourceRef: SourceRef): string {
  return `if it is built from a folder of this repository, map it: --source ${sourceRef.kind}/${sourceRef.namespace}/${sourceRef.name}=<folder>`
}

/** `namespace/name`, prefixed with the kind when given. */
function keyOf(kind: string, ref: { namespace: string; name: string }): string {
  return `${kind ? `${kind}/` : ''}${ref.namespace}/${ref.name}`
}

/** A declaration defines the source when name and namespace match; without a namespace it may be any. */
function defines(declaration: Declaration, sourceRef: SourceRef): boolean {
  return (
    nameOf(declaration) === sourceRef.name &&
    (namespaceOf(declaration) ?? sourceRef.namespace) === sourceRef.namespace
  )
}

/**
 * A Kustomization's `spec.sourceRef` with Flux's defaulting: the namespace is the
 * Kustomization's own (`default` when it has none). Flux has no default kind.
 */
export function sourceRefOf(kustomization: YamlObject): SourceRef & { namespaceSet: boolean } {
  const namespace = stringAt(kustomization, 'spec', 'sourceRef', 'namespace')
  return {
    kind: stringAt(kustomization, 'spec', 'sourceRef', 'kind') ?? '',
    name: stringAt(kustomization, 'spec', 'sourceRef', 'name') ?? '',
    namespace: namespace ?? stringAt(kustomization, 'metadata', 'namespace') ?? 'default',
    namespaceSet: namespace !== undefined
  }
}

function normalizeUrl(url: string): string {
  return url
    .replace(/^(ssh:\/\/)?git@([^:/]+)[:/]/, 'https://$2/')
    .replace(/\.git$/, '')
    .replace(/\/$/, '')
    .toLowerCase()
}
