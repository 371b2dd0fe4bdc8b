import { relative, sep } from 'node:path'

/** Files bigger than this are listed but not read: no manifest is that large. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

/** Rejects invalid UTF-8 instead of replacing it, and keeps a byte order mark as text. */
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Whether the real path `target` is `root` or lies below it. */
export function isInside(root: string, target: string): boolean {
  const fromRoot = relative(root, target)
  return (
    fromRoot === '' ||
    (fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !fromRoot.startsWith(sep))
  )
}
