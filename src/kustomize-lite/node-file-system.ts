import { readdirSync, readFileSync, statSync } from 'node:fs'
import type { FileSystem } from './types.js'

/** FileSystem over the real disk, for callers that have no virtual one. */
export function createNodeFileSystem(): FileSystem {
  return {
    readFile(path) {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return undefined
      }
    },
    readBytes(path) {
      try {
        return readFileSync(path)
      } catch {
        return undefined
      }
    },
    isDirectory(path) {
      try {
        return statSync(path).isDirectory()
      } catch {
        return false
      }
    },
    readDirectory(path) {
      try {
        return readdirSync(path)
      } catch {
        return []
      }
    }
  }
}
