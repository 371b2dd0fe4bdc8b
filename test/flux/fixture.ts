import { posix } from 'node:path'
import { LineCounter, parseAllDocuments } from 'yaml'
import type { FileSystem } from '../../src/kustomize-lite/index.js'
import { findFluxRoots } from '../../src/flux/index.js'
import type { FluxRoots } from '../../src/flux/index.js'

/** An in-memory repository: its file system, parsed documents and document lines. */
export interface MemoryRepository {
  fileSystem: FileSystem
  documents: Map<string, unknown[]>
  lineOf: (file: string, document: number) => number
}

export function memoryRepository(files: Record<string, string>): MemoryRepository {
  const children = new Map<string, Set<string>>()
  for (const file of Object.keys(files)) {
    let path = file
    while (path !== '.') {
      const parent = posix.dirname(path)
      children.set(parent, (children.get(parent) ?? new Set()).add(posix.basename(path)))
      path = parent
    }
  }
  const normalize = (path: string) => posix.normalize(path).replace(/\/$/, '')
  const documents = new Map<string, unknown[]>()
  const lines = new Map<string, number[]>()
  for (const [file, text] of Object.entries(files)) {
    if (!/\.ya?ml$/.test(file)) continue
    const counter = new LineCounter()
    const parsed = parseAllDocuments(text, { lineCounter: counter, logLevel: 'error' })
    const list = Array.isArray(parsed) ? parsed : []
    documents.set(
      file,
      list.map(document => document.toJS())
    )
    lines.set(
      file,
      list.map(document => counter.linePos(document.contents?.range[0] ?? document.range[0]).line)
    )
  }
  return {
    fileSystem: {
      readFile: path => files[normalize(path)],
      isDirectory: path => children.has(normalize(path)),
      readDirectory: path => [...(children.get(normalize(path)) ?? [])].sort()
    },
    documents,
    lineOf: (file, document) => lines.get(file)?.[document] ?? 1
  }
}

export function rootsOf(files: Record<string, string>): FluxRoots {
  const repository = memoryRepository(files)
  return findFluxRoots(repository.fileSystem, repository.documents, repository.lineOf)
}
