import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'
import { findFluxRoots } from '../../src/flux/index.js'
import { memoryRepository } from './fixture.js'

function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      if (name === '.git') continue
      const path = join(directory, name)
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(root, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return files
}

// Archived Kustomizations (.archive/ and other hidden directories) are applied by nothing.
const isHidden = (file: string) => file.split('/').some(part => part.startsWith('.'))

describe(
  'findFluxRoots on the corpus',
  { skip: corpusAvailable() ? false : CORPUS_MISSING },
  () => {
    it('finds and builds the roots of every repository without throwing', () => {
      let resolved = 0
      let unresolvedVisible = 0
      for (const directory of corpusAvailable() ? corpusRepositories() : []) {
        const repository = memoryRepository(readTree(directory))
        const started = Date.now()
        const { roots, unresolved } = findFluxRoots(
          repository.fileSystem,
          repository.documents,
          repository.lineOf
        )
        const visible = unresolved.filter(problem => !isHidden(problem.path))
        const errors = roots.filter(root =>
          root.problems.some(problem => problem.severity === 'error')
        )
        console.log(
          `${basename(directory)}: ${roots.length} roots (${errors.length} with build errors), ` +
            `${unresolved.length} unresolved (${unresolved.length - visible.length} in hidden directories), ${Date.now() - started} ms`
        )
        for (const problem of visible)
          console.log(`  unresolved ${problem.path}:${problem.line} ${problem.message}`)
        resolved += roots.length
        unresolvedVisible += visible.length
      }
      console.log(
        `total: ${resolved} roots resolved, ${unresolvedVisible} unresolved outside hidden directories`
      )
      assert.ok(resolved >= 0.9 * (resolved + unresolvedVisible), 'most Kustomizations resolve')
    })
  }
)
