import { posix } from 'node:path'
import { cached } from '../shared/collections.js'
import { isObject } from '../shared/objects.js'
import type { FileSystem, Problem, YamlObject } from './types.js'
import { parseYamlDocuments } from './yaml-documents.js'

export const kustomizationFileNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

export interface KustomizationFile {
  /** Path of the kustomization file itself. */
  path: string
  /** Directory holding it; relative paths inside the file are resolved against it. */
  directory: string
  object: YamlObject
}

export type KustomizationRead =
  { ok: true; file: KustomizationFile } | { ok: false; problem: Problem }

export function joinPath(directory: string, relative: string): string {
  if (relative.startsWith('/')) return posix.normalize(relative)
  return posix.join(directory, relative)
}

export function isKustomizationDirectory(dir: string, fs: FileSystem): boolean {
  return kustomizationFilesIn(dir, fs).length > 0
}

/**
 * Paths of the kustomization files `dir` holds, in kustomize's order of preference. `files` is a
 * file system, or a test of which paths exist.
 */
export function kustomizationFilesIn(
  dir: string,
  files: FileSystem | ((path: string) => boolean)
): string[] {
  let exists = files
  if (typeof exists !== 'function') {
    const fs = exists
    if (!fs.isDirectory(dir)) return []
    const entries = new Set(fs.readDirectory(dir))
    exists = path => entries.has(posix.basename(path))
  }
  return kustomizationFileNames.map(name => joinPath(dir, name)).filter(exists)
}

/** Finds and parses the kustomization file of `dir`. */
export function readKustomization(dir: string, fs: FileSystem): KustomizationRead {
  return readKustomizationCached(dir, fs, new Map())
}

// Which kustomization files each directory holds, per document cache (so per set of builds).
const directoryListings = new WeakMap<Map<string, unknown[]>, Map<string, string[]>>()

function cachedKustomizationFilesIn(dir: string, fs: FileSystem, cache: Map<string, unknown[]>) {
  const listings = cached(directoryListings, cache, () => new Map<string, string[]>())
  return cached(listings, dir, () => kustomizationFilesIn(dir, fs))
}

/** readKustomization that keeps parsed kustomization files in the build's document cache. */
export function readKustomizationCached(
  dir: string,
  fs: FileSystem,
  cache: Map<string, unknown[]>
): KustomizationRead {
  const candidates = cachedKustomizationFilesIn(dir, fs, cache)
  const cachedPath = candidates.length === 1 ? candidates[0]! : undefined
  const cachedObject = cachedPath ? cache.get(cachedPath)?.[0] : undefined
  if (cachedPath && isObject(cachedObject)) {
    return { ok: true, file: { path: cachedPath, directory: dir, object: cachedObject } }
  }
  const read = parseKustomization(dir, fs, candidates)
  if (read.ok) cache.set(read.file.path, [read.file.object])
  return read
}

function parseKustomization(dir: string, fs: FileSystem, candidates: string[]): KustomizationRead {
  const path = candidates[0]
  if (path === undefined) {
    return failure(dir, `no kustomization.yaml, kustomization.yml or Kustomization in ${dir}`)
  }
  if (candidates.length > 1) return failure(dir, `multiple kustomization files in ${dir}`)
  const text = fs.readFile(path)
  if (text === undefined) return failure(path, `cannot read ${path}`)
  const parsed = parseYamlDocuments(text, path, undefined, { foldedRoundTrip: false })
  if (!parsed.ok) return failure(path, parsed.error.message, parsed.error.line)
  const documents = parsed.documents.filter(document => document !== null)
  if (documents.length > 1) return failure(path, 'a kustomization file must hold one document')
  const object = documents[0] ?? {}
  if (!isObject(object)) return failure(path, 'a kustomization file must be a mapping')
  return { ok: true, file: { path, directory: dir, object } }
}

function failure(path: string, message: string, line?: number): KustomizationRead {
  const problem: Problem = { severity: 'error', message, path }
  if (line !== undefined) problem.line = line
  return { ok: false, problem }
}

/** Paths (resolved against the kustomization's directory) of the resources, bases and components it lists. */
export function referencedPaths(file: KustomizationFile): string[] {
  const fields = ['resources', 'bases', 'components']
  return fields.flatMap(field => {
    const entries = file.object[field]
    if (!Array.isArray(entries)) return []
    return entries
      .filter((entry): entry is string => typeof entry === 'string' && !isRemoteReference(entry))
      .map(entry => joinPath(file.directory, entry))
  })
}

const remotePrefixes = [
  'http://',
  'https://',
  'git@',
  'git::',
  'ssh://',
  'github.com/',
  'gitlab.com/',
  'bitbucket.org/'
]

export function isRemoteReference(entry: string): boolean {
  return remotePrefixes.some(prefix => entry.startsWith(prefix)) || /\?ref=/.test(entry)
}
