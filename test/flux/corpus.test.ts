import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'
import { findFluxRoots } from '../../src/flux/index.js'
import { readInventory } from '../../src/flux/inventory.js'
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

interface Figures {
  /** Flux Kustomizations resolved to a root: at least this many. */
  roots: number
  /** Roots whose build reports an error: at most this many. */
  buildErrors: number
  /** Kustomizations outside hidden directories that do not resolve: at most this many. */
  unresolved: number
  /** Kustomization declarations (file:line) neither a root nor unresolved: must be none. */
  unaccounted?: string[]
}

// Measured on the corpus; a repository that resolves fewer roots, or builds or resolves more of
// them with errors, means root discovery or the build broke.
const measured: Record<string, Figures> = {
  'billimek__k8s-gitops': { roots: 2, buildErrors: 0, unresolved: 0 },
  'bjw-s__home-ops': { roots: 98, buildErrors: 7, unresolved: 1 },
  'buroa__k8s-gitops': { roots: 71, buildErrors: 2, unresolved: 0 },
  'fluxcd__flux2-hub-spoke-example': { roots: 8, buildErrors: 0, unresolved: 0 },
  'fluxcd__flux2-kustomize-helm-example': { roots: 6, buildErrors: 0, unresolved: 0 },
  'fluxcd__flux2-multi-tenancy': { roots: 6, buildErrors: 0, unresolved: 2 },
  'joryirving__home-ops': { roots: 251, buildErrors: 9, unresolved: 2 },
  'onedr0p__home-ops': { roots: 78, buildErrors: 1, unresolved: 0 },
  stakater__Reloader: { roots: 0, buildErrors: 0, unresolved: 0 },
  stefanprodan__podinfo: { roots: 0, buildErrors: 0, unresolved: 0 },
  'tyriis__home-ops': { roots: 177, buildErrors: 25, unresolved: 17 },
  'xunholy__k8s-gitops': { roots: 98, buildErrors: 3, unresolved: 1 }
}
const MIN_TOTAL_ROOTS = 795

function figuresOf(directory: string): Figures {
  const repository = memoryRepository(readTree(directory))
  const { roots, unresolved } = findFluxRoots(
    repository.fileSystem,
    repository.documents,
    repository.lineOf
  )
  const accounted = new Set([
    ...roots.map(root => `${root.kustomization.file}:${root.kustomization.line}`),
    ...unresolved.map(problem => `${problem.path}:${problem.line}`)
  ])
  const unaccounted = readInventory(repository.documents, repository.lineOf)
    .kustomizations.map(declaration => `${declaration.file}:${declaration.line}`)
    .filter(at => !accounted.has(at))
  return {
    unaccounted,
    roots: roots.length,
    buildErrors: roots.filter(root => root.problems.some(problem => problem.severity === 'error'))
      .length,
    unresolved: unresolved.filter(problem => !isHidden(problem.path)).length
  }
}

describe(
  'findFluxRoots on the corpus',
  { skip: corpusAvailable() ? false : CORPUS_MISSING },
  () => {
    it('resolves and builds at least as many roots of each repository as measured', t => {
      let total = 0
      for (const directory of corpusAvailable() ? corpusRepositories() : []) {
        const name = basename(directory)
        const figures = figuresOf(directory)
        t.diagnostic(`${name}: ${JSON.stringify({ ...figures, unaccounted: undefined })}`)
        const expected = measured[name]
        assert.ok(expected, `${name} is new in the corpus: add its figures to this test`)
        assert.ok(figures.roots >= expected.roots, `${name}: ${figures.roots} roots`)
        assert.ok(figures.buildErrors <= expected.buildErrors, `${name}: build errors`)
        assert.ok(figures.unresolved <= expected.unresolved, `${name}: unresolved`)
        assert.deepEqual(
          figures.unaccounted,
          [],
          `${name}: every Kustomization a root or unresolved`
        )
        total += figures.roots
      }
      assert.ok(total >= MIN_TOTAL_ROOTS, `${total} roots in all, expected ${MIN_TOTAL_ROOTS}+`)
    })
  }
)
