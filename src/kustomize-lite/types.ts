/** Read-only view of the files a build may read. Paths are posix, as given by the caller. */
export interface FileSystem {
  readFile(path: string): string | undefined
  /**
   * The file's bytes, for generator file sources that are not UTF-8 text (a `.tar.gz`): without
   * it they are read as text, and bytes that are not valid UTF-8 are lost.
   */
  readBytes?(path: string): Uint8Array | undefined
  isDirectory(path: string): boolean
  /** Entry names (not paths) of a directory. */
  readDirectory(path: string): string[]
}

export interface BuildOptions {
  /**
   * Parsed documents keyed by file path, shared across builds (many roots share a base).
   * Cached objects are treated as immutable: the build clones before transforming.
   */
  documentCache?: Map<string, unknown[]>
}

export type GeneratorKind = 'configMapGenerator' | 'secretGenerator'

export type Origin =
  | { kind: 'file'; path: string; document: number }
  | {
      kind: 'generator'
      kustomization: string
      generator: GeneratorKind
      name: string
      nameSuffixHash: boolean
      /** The files its data comes from: the kustomization (literals), env files, file sources. */
      sources: string[]
    }

export interface Resource {
  object: Record<string, unknown>
  origin: Origin
}

export interface Problem {
  severity: 'error' | 'warning'
  message: string
  path: string
  line?: number
  field?: string
  /** Set for problems a caller may act on by kind: kustomizations that include each other. */
  code?: 'cycle'
}

export interface BuildResult {
  resources: Resource[]
  problems: Problem[]
}

export type { YamlObject } from '../shared/objects.js'
