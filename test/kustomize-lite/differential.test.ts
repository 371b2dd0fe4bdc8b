import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  compareWithKubectl,
  corpusAvailable,
  corpusRoot,
  kubectlKustomize,
  kustomizationDirectories,
  mapWithConcurrency
} from './corpus-compare.js'

// All 1022 directories kubectl builds match (the 4 folded-scalar mismatches are fixed by the
// reader's go-yaml round trip, see docs/kustomize-lite.md). A regression fails.
const minimumMatches = 1022

test(
  'kustomize-lite builds the corpus exactly as kubectl kustomize',
  { timeout: 300_000 },
  async t => {
    if (!corpusAvailable()) {
      t.skip(`corpus not found at ${corpusRoot}`)
      return
    }
    const directories = kustomizationDirectories()
    const kubectl = await mapWithConcurrency(directories, 4, kubectlKustomize)
    const documentCache = new Map<string, unknown[]>()
    const comparisons = directories.map((dir, index) =>
      compareWithKubectl(dir, kubectl[index]!, documentCache)
    )
    const buildable = comparisons.filter(comparison => comparison.kubectl.ok)
    const matches = buildable.filter(comparison => comparison.match)
    const silentFailures = comparisons.filter(
      comparison => !comparison.kubectl.ok && comparison.errors.length === 0
    )
    for (const mismatch of buildable.filter(comparison => !comparison.match)) {
      console.log(`mismatch ${mismatch.dir}\n  ${mismatch.detail.slice(0, 400)}`)
    }
    console.log(
      `kustomize-lite: ${matches.length} of ${buildable.length} kubectl-buildable directories match (${directories.length} directories)`
    )
    assert.deepEqual(
      silentFailures.map(comparison => comparison.dir),
      [],
      'directories kubectl cannot build must give an error problem'
    )
    assert.ok(matches.length >= minimumMatches, `${matches.length} < ${minimumMatches}`)
  }
)
