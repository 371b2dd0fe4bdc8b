import { randomBytes } from 'node:crypto'
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Writes a whole file or nothing: a temporary file beside it, then a rename over it. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = existingMode(path)
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', mode, flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // the temporary file was never created
    }
    throw error
  }
}

function existingMode(path: string): number {
  try {
    return statSync(path).mode & 0o777
  } catch {
    return 0o644
  }
}
