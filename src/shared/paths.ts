import { posix } from 'node:path'

/**
 * A repository path in one spelling: 'a/./b/../c/' -> 'a/c'; the repository root is '.'. '/' stays
 * outside the repository ('').
 */
export function normalizePath(path: string): string {
  return posix.normalize(path).replace(/\/$/, '')
}
