import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A temporary directory removed at the end of the `using` block. */
export interface TempDirectory extends Disposable {
  path: string
}

export function tempDirectory(files: Record<string, string> = {}): TempDirectory {
  const path = mkdtempSync(join(tmpdir(), 'gitops-reloader-'))
  writeFiles(path, files)
  return { path, [Symbol.dispose]: () => rmSync(path, { recursive: true, force: true }) }
}

export function copyToTemp(directory: string): TempDirectory {
  const temp = tempDirectory()
  cpSync(directory, temp.path, { recursive: true })
  return temp
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}
