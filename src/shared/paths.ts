import { posix } from 'node:path'

/**
 * A repository path in one spelling: 'a/./b/../c/' -> 'a/c'; the repository root is '.'. '/' stays
 * outside the repository ('').
 */
export function normalizePath(path: string): string {
  // Most paths asked for are already in that spelling: a test is cheaper than a normalization.
  if (!NEEDS_NORMALIZING.test(path)) return path
  return posix.normalize(path).replace(/\/$/, '')
}

// An empty path, a `.` or `..` segment, a doubled slash or a final slash.
const NEEDS_NORMALIZING = /^$|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/
