import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

import { replayKustomization } from './corpus-patches.js'
import { kubectlAvailable } from './oracle.js'
import { kustomizationFileNames } from '../../../src/kustomize-lite/index.js'
import { CORPUS_MISSING, corpusAvailable, corpusRoot } from '../../helpers/corpus.js'

const KUSTOMIZATION_NAMES = new Set(kustomizationFileNames)
const PATCH_FIELD = /^(patches|patchesStrategicMerge|patchesJson6902):/m
// Kustomizations of the corpus that kubectl builds and the replay compares today; fewer means
// the replay or the search for patched kustomizations broke.
const MIN_COMPARED = 16

function kustomizationsWithPatches(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...kustomizationsWithPatches(path))
    else if (KUSTOMIZATION_NAMES.has(entry.name) && PATCH_FIELD.test(readFileSync(path, 'utf8'))) {
      found.push(path)
    }
  }
  return found
}

const skip = !corpusAvailable()
  ? CORPUS_MISSING
  : kubectlAvailable()
    ? false
    : 'kubectl is not installed'

describe('patches of the corpus kustomizations against kubectl kustomize', { skip }, () => {
  const files = skip ? [] : kustomizationsWithPatches(corpusRoot)
  let compared = 0

  for (const file of files) {
    const name = file.slice(corpusRoot.length + 1)
    it(name, t => {
      const outcome = replayKustomization(file)
      if (outcome.status === 'skipped') {
        t.skip(outcome.reason.split('\n')[0])
        return
      }
      assert.deepEqual(outcome.actual.map(withoutEmptyAnnotations), outcome.expected)
      compared++
    })
  }

  it('compared the patched kustomizations kubectl can build', () => {
    assert.ok(
      compared >= MIN_COMPARED,
      `${compared} of ${files.length} kustomizations compared equal, expected ${MIN_COMPARED}+`
    )
  })
})

function withoutEmptyAnnotations(resource: Record<string, unknown>): Record<string, unknown> {
  const metadata = resource.metadata as Record<string, unknown> | undefined
  const annotations = metadata?.annotations
  if (!annotations || Object.keys(annotations).length > 0) return resource
  const rest = { ...metadata }
  delete rest.annotations
  return { ...resource, metadata: rest }
}
