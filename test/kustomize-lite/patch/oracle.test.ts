import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { ORACLE_CASES } from './cases.js'
import { asParsedYaml, kubectlAvailable, kustomizeWithPatch, patchWithEngine } from './oracle.js'

const skip = kubectlAvailable() ? false : 'kubectl is not installed: the oracle cannot run'

describe('patches against kubectl kustomize', { skip }, () => {
  for (const patchCase of ORACLE_CASES) {
    it(patchCase.name, () => {
      const expected = kustomizeWithPatch(patchCase)
      const actual = patchWithEngine(patchCase)
      if (expected.error !== undefined) {
        assert.ok(
          actual.error !== undefined,
          `kustomize refused (${expected.error.trim()}) but the engine applied the patch`
        )
        return
      }
      assert.equal(actual.error, undefined, `the engine failed: ${actual.error}`)
      assert.deepEqual(asParsedYaml(actual.output), expected.output)
    })
  }
})
