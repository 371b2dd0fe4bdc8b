import { posix } from 'node:path'
import type { FileSystem } from '../kustomize-lite/index.js'
import { artifactPath } from './paths.js'

/** The kinds of source a Flux Kustomization's `sourceRef` may name (kustomize.toolkit.fluxcd.io/v1). */
export const SOURCE_KINDS = [
  'GitRepository',
  'OCIRepository',
  'Bucket',
  'ExternalArtifact'
] as const

/**
 * A source that is built from this repository, and the folder it is built from: what
 * `--source <kind>/<namespace>/<name>=<folder>` (CLI) or a line of the Action's `sources` says.
 * The source's artifact root is that folder, so a Kustomization's `spec.path` is taken below it.
 */
export interface SourceMapping {
  kind: string
  namespace: string
  name: string
  /** Repository-relative folder, normalized; '.' is the repository root. */
  path: string
}

/** `kind/namespace/name=folder`, as written on a command line or a line of the Action input. */
export function parseSourceMapping(text: string): SourceMapping | { error: string } {
  const match = /^([^/=\s]+)\/([^/=\s]+)\/([^/=\s]+)=(.+)$/.exec(text.trim())
  if (!match) {
    return {
      error: `'${text}' is not <kind>/<namespace>/<name>=<folder> (for example OCIRepository/flux-system/apps=./deploy)`
    }
  }
  const [, kind = '', namespace = '', name = '', folder = ''] = match
  if (!(SOURCE_KINDS as readonly string[]).includes(kind))
    return { error: `'${text}': the kind must be one of ${SOURCE_KINDS.join(', ')}, not '${kind}'` }
  if (folder.split(/[\\/]/).includes('..'))
    return { error: `'${text}': the folder must be inside the repository (no '..')` }
  return { kind, namespace, name, path: artifactPath(folder.trim()) }
}

export function describeMapping(mapping: SourceMapping): string {
  return `${mapping.kind}/${mapping.namespace}/${mapping.name}=${mapping.path}`
}

/** One `flux push artifact` command of a CI workflow of this repository. */
export interface FluxPush {
  /** The workflow file and the 1-based line where the command starts. */
  file: string
  line: number
  /** The artifact repository (`oci://` and tag removed), undefined when it holds a variable not known here. */
  repository: string | undefined
  /** The `--path` as written and as a repository folder. */
  writtenPath: string
  path: string
}

export const WORKFLOW_DIRECTORY = '.github/workflows'

/**
 * Every `flux push artifact <url> --path=<dir>` in `.github/workflows`: the folder of this
 * repository that CI packs into that OCI artifact. `$VAR`, `${VAR}` and `${{ env.VAR }}` in the
 * URL are read from the workflow's `env:` entries when they hold plain text.
 */
export function fluxPushes(fileSystem: FileSystem): FluxPush[] {
  if (!fileSystem.isDirectory(WORKFLOW_DIRECTORY)) return []
  const pushes: FluxPush[] = []
  for (const name of fileSystem.readDirectory(WORKFLOW_DIRECTORY)) {
    if (!/\.ya?ml$/.test(name)) continue
    const file = posix.join(WORKFLOW_DIRECTORY, name)
    const text = fileSystem.readFile(file) ?? ''
    const environment = workflowEnvironment(text)
    for (const command of text.matchAll(/flux push artifact(?:[^\n]*\\\r?\n)*[^\n]*/g)) {
      const writtenPath = /--path[= ]["']?([^"'\s\\]+)/.exec(command[0])?.[1]
      if (writtenPath === undefined) continue
      const url = /^flux push artifact\s+(?:\\\r?\n\s*)?["']?([^"'\s\\]+)/.exec(command[0])?.[1]
      pushes.push({
        file,
        line: text.slice(0, command.index).split('\n').length,
        repository: url === undefined ? undefined : artifactRepository(url, environment),
        writtenPath,
        path: artifactPath(writtenPath)
      })
    }
  }
  return pushes
}

/** `NAME: value` entries of a workflow (any `env:` block); values that hold `${{` are unknown. */
function workflowEnvironment(text: string): Map<string, string> {
  const environment = new Map<string, string>()
  for (const match of text.matchAll(
    /^\s+([A-Za-z_][A-Za-z0-9_]*):\s*["']?([^"'\s#]+)["']?\s*$/gm
  )) {
    const [, name = '', value = ''] = match
    if (!value.includes('${{')) environment.set(name, value)
  }
  return environment
}

function artifactRepository(url: string, environment: Map<string, string>): string | undefined {
  const expanded = url.replace(
    /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, a?: string, b?: string, c?: string) => environment.get(a ?? b ?? c ?? '') ?? whole
  )
  return ociRepository(expanded)
}

/** `oci://host/repo:tag` or `host/repo@sha256:...` as `host/repo`; undefined when it holds a variable. */
export function ociRepository(url: string): string | undefined {
  let repository = url.replace(/^oci:\/\//, '').replace(/@sha256:.*$/, '')
  const lastSlash = repository.lastIndexOf('/')
  const tag = repository.indexOf(':', lastSlash + 1)
  if (tag >= 0) repository = repository.slice(0, tag)
  if (repository.includes('$')) return undefined
  return repository.replace(/\/$/, '').toLowerCase()
}
