import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import type { FileSystem } from '../kustomize-lite/index.js'
import { isInside, MAX_FILE_BYTES, strictUtf8 } from './limits.js'

/** kustomize-lite's file system over the disk, confined to one folder; what it refused is kept. */
export interface ConfinedFileSystem extends FileSystem {
  readonly root: string
  /** Paths asked for that resolve outside the root, symbolic links followed. */
  readonly refused: ReadonlySet<string>
}

/**
 * The repository that holds `directory`: the enclosing Git work tree, or the directory itself
 * outside Git. `build` reads nothing outside it, as Flux confines kustomize to its source.
 */
export function repositoryRootOf(directory: string): string {
  const toplevel = spawnSync('git', ['rev-parse', '--show-toplevel'], {
    cwd: directory,
    encoding: 'utf8'
  })
  const root = toplevel.status === 0 ? toplevel.stdout.trim() : directory
  return realpathSync(root)
}

export function confinedFileSystem(root: string): ConfinedFileSystem {
  const refused = new Set<string>()
  const inside = (path: string): string | undefined => {
    const real = realPathOf(path)
    if (real === undefined) return undefined
    if (isInside(root, real)) return real
    refused.add(path)
    return undefined
  }
  return {
    root,
    refused,
    readFile(path) {
      const real = inside(path)
      try {
        if (real === undefined || statSync(real).size > MAX_FILE_BYTES) return undefined
        return strictUtf8.decode(readFileSync(real))
      } catch {
        return undefined
      }
    },
    isDirectory(path) {
      const real = inside(path)
      try {
        return real !== undefined && statSync(real).isDirectory()
      } catch {
        return false
      }
    },
    readDirectory(path) {
      const real = inside(path)
      try {
        return real === undefined ? [] : readdirSync(real)
      } catch {
        return []
      }
    }
  }
}

/** The real path, or for a path that does not exist, its folder's real path joined with its name. */
function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), relative(dirname(path), path))
    } catch {
      return undefined
    }
  }
}
