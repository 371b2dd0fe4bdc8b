import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Repository } from '../engine/index.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** Files bigger than this are listed but not read: no manifest is that large. */
const MAX_FILE_BYTES = 16 * 1024 * 1024

/**
 * The files of a directory as a Repository. Symbolic links are followed, except a link to a
 * directory that contains it (a loop).
 */
export function readWorkTree(root: string): Repository {
  const files: string[] = []
  walk(root, '', [realpathSync(root)], files)
  files.sort()
  const cache = new Map<string, string | undefined>()
  return {
    files,
    readFile(path) {
      if (!cache.has(path)) cache.set(path, readText(join(root, path)))
      return cache.get(path)
    }
  }
}

/** `ancestors` holds the real paths of the directories above and at `relative`. */
function walk(root: string, relative: string, ancestors: readonly string[], files: string[]): void {
  const here = ancestors[ancestors.length - 1] ?? root
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue
    const path = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isFile()) files.push(path)
    else if (entry.isDirectory()) walk(root, path, [...ancestors, join(here, entry.name)], files)
    else if (entry.isSymbolicLink()) followLink(root, path, ancestors, files)
  }
}

function followLink(
  root: string,
  path: string,
  ancestors: readonly string[],
  files: string[]
): void {
  let target: string
  try {
    target = realpathSync(join(root, path))
  } catch {
    return // a dangling link
  }
  const stats = statSync(target)
  if (stats.isFile()) files.push(path)
  else if (stats.isDirectory() && !ancestors.includes(target))
    walk(root, path, [...ancestors, target], files)
}

function readText(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
