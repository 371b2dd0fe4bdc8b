import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import * as jsyaml from 'js-yaml'

import { isJson6902Patch } from '../../../src/kustomize-lite/patch/index.js'
import { CORPUS_MISSING, corpusAvailable, corpusRoot } from '../../helpers/corpus.js'
import {
  asParsedYaml,
  kubectlAvailable,
  kustomizeWithPatch,
  patchWithEngine,
  type PatchCase,
  type Resource
} from './oracle.js'

/**
 * Patches written inside Flux objects (Kustomization `spec.patches`, HelmRelease post-renderers)
 * of the corpus, each applied to a resource of the same repository that it selects.
 */

const MAX_CASES = 80
// What the corpus holds today: fewer means the discovery of patches or resources broke.
const MIN_CASES = 10
const MIN_OUTPUTS_EQUAL = 10

interface PatchEntry {
  readonly patch?: unknown
  readonly target?: { kind?: string; name?: string }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function yamlFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...yamlFiles(path))
    else if (/\.ya?ml$/.test(entry.name)) found.push(path)
  }
  return found
}

function objectsOf(file: string): Resource[] {
  try {
    return jsyaml.loadAll(readFileSync(file, 'utf8')).filter(isRecord)
  } catch {
    return []
  }
}

function patchEntriesOf(object: Resource): PatchEntry[] {
  const spec = isRecord(object.spec) ? object.spec : {}
  const apiVersion = String(object.apiVersion ?? '')
  if (object.kind === 'Kustomization' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io')) {
    return Array.isArray(spec.patches) ? spec.patches.filter(isRecord) : []
  }
  if (object.kind === 'HelmRelease' && Array.isArray(spec.postRenderers)) {
    return spec.postRenderers.flatMap((renderer: unknown) => {
      const kustomize = isRecord(renderer) && isRecord(renderer.kustomize) ? renderer.kustomize : {}
      return Array.isArray(kustomize.patches) ? kustomize.patches.filter(isRecord) : []
    })
  }
  return []
}

function nameOf(object: Resource): string {
  return isRecord(object.metadata) ? String(object.metadata.name ?? '') : ''
}

function casesForRepository(repository: string): PatchCase[] {
  const objects = yamlFiles(join(corpusRoot, repository)).flatMap(objectsOf)
  const resources = objects.filter(o => typeof o.kind === 'string' && nameOf(o) !== '')
  const cases: PatchCase[] = []
  for (const entry of objects.flatMap(patchEntriesOf)) {
    if (typeof entry.patch !== 'string') continue
    let documents: unknown[]
    try {
      documents = jsyaml.loadAll(entry.patch).filter(doc => doc !== null && doc !== undefined)
    } catch {
      continue
    }
    for (const patch of documents) {
      const selector = {
        kind: entry.target?.kind ?? (isRecord(patch) ? String(patch.kind ?? '') : ''),
        name: entry.target?.name ?? (isRecord(patch) ? nameOf(patch) : '')
      }
      const resource = resources.find(
        candidate =>
          candidate.kind === selector.kind &&
          (selector.name === '' || new RegExp(`^(?:${selector.name})$`).test(nameOf(candidate)))
      )
      if (!resource || !(isJson6902Patch(patch) || isRecord(patch))) continue
      cases.push({
        name: `${repository}: ${selector.kind}/${nameOf(resource)} ${isJson6902Patch(patch) ? 'json6902' : 'strategic merge'}`,
        resource,
        patch: patch as Resource | unknown[],
        byTarget: true
      })
    }
  }
  return cases
}

const skip = !corpusAvailable() ? CORPUS_MISSING : kubectlAvailable() ? false : 'no kubectl'

describe('patches inside Flux objects of the corpus against kubectl kustomize', { skip }, () => {
  const cases = skip ? [] : readdirSync(corpusRoot).flatMap(casesForRepository).slice(0, MAX_CASES)
  let outputsEqual = 0
  for (const patchCase of cases) {
    it(patchCase.name, () => {
      const expected = kustomizeWithPatch(patchCase)
      const actual = patchWithEngine(patchCase)
      if (expected.error !== undefined) {
        assert.ok(actual.error !== undefined, `kustomize refused: ${expected.error.trim()}`)
        return
      }
      assert.equal(actual.error, undefined, `the engine failed: ${actual.error}`)
      assert.deepEqual(asParsedYaml(actual.output), expected.output)
      outputsEqual++
    })
  }
  it('found the corpus patches and matched kubectl on each', () => {
    assert.ok(cases.length >= MIN_CASES, `${cases.length} patches found, expected ${MIN_CASES}+`)
    assert.ok(
      outputsEqual >= MIN_OUTPUTS_EQUAL,
      `${outputsEqual} outputs equal to kubectl's, expected ${MIN_OUTPUTS_EQUAL}+`
    )
  })
})
