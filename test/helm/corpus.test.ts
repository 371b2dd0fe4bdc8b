import assert from 'node:assert/strict'
import { basename } from 'node:path'
import { test } from 'node:test'
import { check } from '../../src/engine/index.js'
import type { Report } from '../../src/engine/index.js'
import { readManifests } from '../../src/engine/manifests.js'
import { isHelmRelease, readHelmRelease } from '../../src/helm/index.js'
import { readWorkTree } from '../../src/io/index.js'
import { isObject } from '../../src/shared/objects.js'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'

/** Measured on ../shared/corpus; a drop means HelmReleases or controllers stopped being seen. */
const MIN_APP_TEMPLATE_RELEASES = 370
const MIN_APP_TEMPLATE_CONTROLLERS = 390
/** Of those, the ones a Flux Kustomization applies (the rest sit in `.archive` folders). */
const MIN_APPLIED_RELEASES = 315

test('the HelmRelease reader recognises every app-template release of the corpus, of every major version', t => {
  if (!corpusAvailable()) return t.skip(CORPUS_MISSING)
  let releases = 0
  let controllers = 0
  const byMajor: Record<string, number> = {}
  for (const repository of corpusRepositories()) {
    const documents = [...readManifests(readWorkTree(repository)).documentCache.values()]
      .flat()
      .filter(isObject)
    const findSource = (kind: string, _namespace: string, name: string) =>
      documents.find(d => d.kind === kind && (d.metadata as { name?: string })?.name === name)
    for (const document of documents.filter(isHelmRelease)) {
      const view = readHelmRelease(document, { findSource, findValues: () => undefined })
      if (view.chart?.name !== 'app-template') continue
      releases++
      controllers += view.workloads.length
      const major = (view.chart.version ?? '?').split('.')[0] ?? '?'
      byMajor[major] = (byMajor[major] ?? 0) + 1
    }
  }
  assert.ok(releases >= MIN_APP_TEMPLATE_RELEASES, `${releases} app-template releases`)
  assert.ok(controllers >= MIN_APP_TEMPLATE_CONTROLLERS, `${controllers} controllers`)
  // The corpus's versions, as research/app-template.md counts them (no 4.x there).
  assert.deepEqual(byMajor, { '1': 7, '2': 16, '3': 65, '5': 289 })
})

test('the applied app-template releases become workloads, and every repository gets a coverage map', t => {
  if (!corpusAvailable()) return t.skip(CORPUS_MISSING)
  const releases = new Set<string>()
  const controllers = new Set<string>()
  const versions = new Set<string>()
  for (const repository of corpusRepositories()) {
    const report = check(readWorkTree(repository))
    assertCoverageMap(basename(repository), report)
    for (const workload of report.workloads) {
      if (workload.chart?.name !== 'app-template' || !workload.source) continue
      const release = `${basename(repository)}:${workload.source.file}#${workload.source.document}`
      releases.add(release)
      controllers.add(`${release}:${workload.shape.annotationsPath.join('.')}`)
      versions.add((workload.chart.version ?? '?').split('.')[0] ?? '?')
    }
  }
  assert.ok(releases.size >= MIN_APPLIED_RELEASES, `${releases.size} applied app-template releases`)
  assert.ok(controllers.size >= releases.size)
  // The 1.x and 2.x releases sit in archive folders no Kustomization applies.
  assert.deepEqual([...versions].sort(), ['3', '5'])
})

function assertCoverageMap(name: string, report: Report): void {
  const counted = Object.values(report.coverage.counts).reduce((sum, count) => sum + count, 0)
  const references = report.workloads
    .filter(workload => workload.status !== 'ignored')
    .reduce((sum, workload) => sum + workload.references.length, 0)
  assert.equal(counted, references, `${name}: the coverage map counts every reference`)
  const uncovered = report.workloads.flatMap(workload =>
    workload.status === 'ignored'
      ? []
      : workload.references.filter(r => r.coverage === 'untrackable' || r.coverage === 'not-in-git')
  )
  assert.equal(report.coverage.notCovered.length, uncovered.length, `${name}: not covered`)
}
