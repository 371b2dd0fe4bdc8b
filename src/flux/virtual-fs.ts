import { posix } from 'node:path'
import type { FileSystem } from '../kustomize-lite/index.js'
import { normalizePath } from '../shared/paths.js'

/** The repository with some files replaced or added in memory (Flux's edited kustomization). */
export function withVirtualFiles(base: FileSystem, files: ReadonlyMap<string, string>): FileSystem {
  const virtual = new Map([...files].map(([path, text]) => [normalizePath(path), text]))
  const addedByDirectory = new Map<string, string[]>()
  for (const path of virtual.keys()) {
    const directory = posix.dirname(path)
    addedByDirectory.set(directory, [
      ...(addedByDirectory.get(directory) ?? []),
      posix.basename(path)
    ])
  }
  return {
    readFile: path => virtual.get(normalizePath(path)) ?? base.readFile(path),
    isDirectory: path => base.isDirectory(path),
    readDirectory: path => {
      const entries = base.readDirectory(path)
      const added = addedByDirectory.get(normalizePath(path)) ?? []
      return [...entries, ...added.filter(name => !entries.includes(name))]
    }
  }
}

/**
 * The shared document cache with some files' documents replaced: kustomize-lite reads a file's
 * cached documents before its text, so an edited kustomization must be replaced here too.
 */
export function withVirtualDocuments(
  cache: Map<string, unknown[]>,
  documents: ReadonlyMap<string, unknown[]>
): Map<string, unknown[]> {
  return new LayeredCache(cache, documents)
}

class LayeredCache extends Map<string, unknown[]> {
  constructor(
    private readonly below: Map<string, unknown[]>,
    private readonly above: ReadonlyMap<string, unknown[]>
  ) {
    super()
  }

  override get(key: string): unknown[] | undefined {
    return this.above.get(normalizePath(key)) ?? this.below.get(key)
  }

  override has(key: string): boolean {
    return this.above.has(normalizePath(key)) || this.below.has(key)
  }

  override set(key: string, value: unknown[]): this {
    if (!this.above.has(normalizePath(key))) this.below.set(key, value)
    return this
  }
}
