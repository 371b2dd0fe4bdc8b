import { findFluxRoots } from '../../src/flux/index.js'
import type { FluxRoots } from '../../src/flux/index.js'
import type { FileSystem } from '../../src/kustomize-lite/index.js'
import { memoryRepository as engineRepository } from '../../src/engine/index.js'
import { readManifests } from '../../src/engine/manifests.js'
import { repositoryFileSystem } from '../../src/engine/roots.js'

/** An in-memory repository: its file system, parsed documents and document lines. */
export interface MemoryRepository {
  fileSystem: FileSystem
  documents: Map<string, unknown[]>
  lineOf: (file: string, document: number) => number
}

/** Reads the files as the engine does before it looks for Flux roots: same reader, same schema. */
export function memoryRepository(files: Record<string, string>): MemoryRepository {
  const repository = engineRepository(files)
  const manifests = readManifests(repository)
  return {
    fileSystem: repositoryFileSystem(repository),
    documents: manifests.documentCache,
    lineOf: manifests.lineOf
  }
}

export function rootsOf(files: Record<string, string>): FluxRoots {
  const repository = memoryRepository(files)
  return findFluxRoots(repository.fileSystem, repository.documents, repository.lineOf)
}
