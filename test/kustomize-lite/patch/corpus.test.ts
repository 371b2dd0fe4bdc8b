import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

import { replayKustomization } from './corpus-patches.js'
import { kubectlAvailable } from './oracle.js'
import { kustomizationFileNames } from '../../../src/kustomize-lite/index.js'
import { corpusRoot } from '../../helpers/corpus.js'

const KUSTOMIZATION_NAMES = new Set(kustomizationFileNames)
const PATCH_FIELD = /^(patches|patchesStrategicMerge|patchesJson6902):/m

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

const corpusMissing = !existsSync(corpusRoot)
if (corpusMissing)
  console.log(`# corpus patches: ${corpusRoot} is absent, the corpus test is skipped`)
const skip = corpusMissing
  ? `no corpus at ${corpusRoot}`
  : kubectlAvailable()
    ? false
    : 'kubectl is not installed'

describe('patches of the corpus kustomizations against kubectl kustomize', { skip }, () => {
  const files = skip ? [] : kustomizationsWithPatches(corpusRoot)
  const skipped: string[] = []
  let compared = 0

  for (const file of files) {
    const name = file.slice(corpusRoot.length + 1)
    it(name, () => {
      const outcome = replayKustomization(file)
      if (outcome.status === 'skipped') {
        skipped.push(`${name}: ${outcome.reason}`)
        return
      }
      compared++
      assert.deepEqual(outcome.actual.map(withoutEmptyAnnotations), outcome.expected)
    })
  }

  it('reports what it compared', () => {
    console.log(`# corpus patches: ${compared} kustomizations compared, ${skipped.length} skipped`)
    for (const reason of skipped) console.log(`#   skipped ${reason}`)
    assert.ok(files.length === 0 || compared > 0, 'no corpus kustomization could be compared')
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
