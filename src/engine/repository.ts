/**
 * The files the engine reads: a work tree, a Git revision, or an in-memory map in tests.
 * Paths are relative to the repository root, posix style, without a leading './'.
 */
export interface Repository {
  readonly files: readonly string[]
  readFile(path: string): string | undefined
}

/** A repository over an in-memory map of path -> text. */
export function memoryRepository(files: Record<string, string>): Repository {
  return {
    files: Object.keys(files).sort(),
    readFile: path => files[path]
  }
}
