import type { Problem } from './findings.js'
import type { ParsedFile, ParseJob } from './parse.js'

/**
 * The files the engine reads: a work tree, a Git revision, or an in-memory map in tests.
 * Paths are relative to the repository root, posix style, without a leading './'.
 */
export interface Repository {
  readonly files: readonly string[]
  readFile(path: string): string | undefined
  /**
   * Whether Git tracks the file. Absent when the repository is not a Git work tree: then every
   * file counts as committed.
   */
  isCommitted?(path: string): boolean
  /** What could not be listed or read, found while listing and reading (filled as files are read). */
  readonly problems?: readonly Problem[]
  /**
   * A parser for many files at once, parsing exactly as `parseYamlFile` does each (an adapter
   * may use every core). Asked for before the files are read, with how many there are, so that
   * it can get ready meanwhile; undefined when it would not be faster than the engine's own.
   */
  startParser?(yamlFiles: number): { parse(jobs: readonly ParseJob[]): ParsedFile[] } | undefined
}

/** A repository over an in-memory map of path -> text. */
export function memoryRepository(files: Record<string, string>): Repository {
  return {
    files: Object.keys(files).sort(),
    readFile: path => files[path]
  }
}
