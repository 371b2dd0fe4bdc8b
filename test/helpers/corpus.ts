import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** `../shared/corpus` beside the project: real Flux repositories. A user's clone has none. */
export const corpusRoot = resolve(projectRoot, '../shared/corpus')

export function corpusAvailable(): boolean {
  return existsSync(corpusRoot)
}

export const CORPUS_MISSING = `skipped: ${corpusRoot} is absent (it exists beside the project in this team's CI only)`

export function corpusRepositories(): string[] {
  return readdirSync(corpusRoot, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => join(corpusRoot, entry.name))
}
