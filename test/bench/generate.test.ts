// The bench is not a test, but its generator is: the synthetic repositories must be valid Flux
// repositories (kubectl builds their roots) in which `check` finds what the generator wrote.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import * as jsyaml from 'js-yaml'
import { changeForPlan, generateFluxMonorepo } from '../../bench/generate.js'
import type { GeneratedRepository } from '../../bench/generate.js'
import { check, fix } from '../../src/engine/index.js'
import type { Report } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { hasKubectl, kubectlObjects } from '../kustomize-lite/helpers.js'
import { tempDirectory } from '../helpers/temp.js'
import type { TempDirectory } from '../helpers/temp.js'

let temp: TempDirectory
let generated: GeneratedRepository
let report: Report

before(() => {
  temp = tempDirectory()
  generated = generateFluxMonorepo(temp.path, { manifests: 1000 })
  report = check(readWorkTree(temp.path))
})

after(() => temp[Symbol.dispose]())

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

test('the ~1,000 size has about 1,000 YAML documents, counted as a YAML parser counts them', () => {
  assert.ok(generated.manifests >= 1000 && generated.manifests < 1100, `${generated.manifests}`)
  const files = readWorkTree(temp.path).files.filter(file => /\.ya?ml$/.test(file))
  const documents = files
    .map(file => jsyaml.loadAll(readFileSync(join(temp.path, file), 'utf8')).length)
    .reduce((sum, count) => sum + count, 0)
  assert.equal(documents, generated.manifests)
  assert.equal(report.files, files.length)
})

test('the same size writes the same repository', () => {
  using other = tempDirectory()
  const again = generateFluxMonorepo(other.path, { manifests: 1000 })
  assert.deepEqual({ ...again, directory: '' }, { ...generated, directory: '' })
  for (const file of generated.planTargets.secrets.slice(0, 20))
    assert.equal(
      readFileSync(join(other.path, file), 'utf8'),
      readFileSync(join(temp.path, file), 'utf8')
    )
})

test('check builds every Flux Kustomization as a root and finds every workload', () => {
  assert.equal(report.discovery.from, 'flux')
  assert.equal(report.roots.length, generated.roots)
  assert.equal(report.workloads.length, generated.workloads)
  assert.deepEqual(
    countBy(report.workloads, workload => workload.status),
    {
      missing: generated.annotatable
    }
  )
  const coverage = countBy(
    report.workloads.flatMap(workload => workload.references),
    reference => reference.coverage
  )
  assert.equal(coverage['reloader'], generated.reloaderWatchedReads)
  assert.equal(coverage['untrackable'], generated.untrackableReads)
  assert.equal(coverage['missing'], undefined)
})

test('check reports exactly the expected findings: missing hashes and unwatched ExternalSecrets', () => {
  assert.deepEqual(
    countBy(report.problems, problem => problem.rule),
    generated.findings
  )
})

test('kubectl kustomize builds a sample of the roots, object for object as check does', t => {
  if (!hasKubectl()) {
    t.skip('kubectl is not installed')
    return
  }
  const overlays = report.roots.filter(root => root.path?.startsWith('apps/overlays/'))
  const step = Math.max(1, Math.floor(overlays.length / 5))
  const sample = overlays.filter((_, index) => index % step === 0).slice(0, 5)
  assert.equal(sample.length, 5)
  for (const root of sample) {
    const objects = kubectlObjects(join(temp.path, root.path ?? '.'))
    assert.equal(objects.length, root.resources, root.path)
  }
})

test('after fix, check is clean but for the ExternalSecrets; the second commit changes hashes', () => {
  using copy = tempDirectory()
  const repository = generateFluxMonorepo(copy.path, { manifests: 1000 })
  const tree = readWorkTree(copy.path)
  assert.deepEqual(writeChanges(tree, fix(tree).changes), [])
  const fixed = check(readWorkTree(copy.path))
  assert.deepEqual(
    countBy(fixed.workloads, workload => workload.status),
    {
      current: generated.annotatable
    }
  )
  assert.deepEqual(
    countBy(fixed.problems, problem => problem.rule),
    {
      'reference-untrackable': generated.findings['reference-untrackable']
    }
  )

  // The image tag changes no config: only the apps of the ConfigMaps and the Secret go stale.
  const changedFiles = changeForPlan(repository)
  assert.equal(changedFiles.length, 5)
  const changedApps = new Set(
    changedFiles.filter(file => !file.endsWith('helmrelease.yaml')).map(file => file.split('/')[3])
  )
  assert.equal(changedApps.size, 4)
  const stale = check(readWorkTree(copy.path)).workloads.filter(
    workload => workload.status === 'stale'
  )
  assert.deepEqual(
    new Set(stale.map(workload => workload.name.replace(/-worker$/, ''))),
    changedApps
  )
})
