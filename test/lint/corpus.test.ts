import assert from 'node:assert/strict'
import { basename } from 'node:path'
import { test } from 'node:test'
import { lint } from '../../src/engine/index.js'
import type { Problem } from '../../src/engine/index.js'
import { readWorkTree } from '../../src/io/index.js'
import { CORPUS_MISSING, corpusAvailable, corpusRepositories } from '../helpers/corpus.js'

/**
 * Measured on ../shared/corpus: six HelmReleases install Stakater Reloader's chart (three from
 * the HelmRepository `stakater`, three by chartRef to an OCIRepository of
 * ghcr.io/stakater/charts/reloader) and none sets `reloader.reloadStrategy`. Each must be found.
 */
const RELOADER_RELEASES = [
  'bjw-s__home-ops kubernetes/main/apps/system/reloader/app/helmrelease.yaml',
  'buroa__k8s-gitops kubernetes/apps/kube-system/reloader/app/helmrelease.yaml',
  'joryirving__home-ops kubernetes/apps/base/kube-tools/reloader/helmrelease.yaml',
  'onedr0p__home-ops kubernetes/apps/kube-system/reloader/app/helmrelease.yaml',
  'tyriis__home-ops kubernetes/main/apps/kube-tools/reloader/app/helm-release.yaml',
  'tyriis__home-ops kubernetes/utility/apps/kube-tools/reloader/app/helm-release.yaml'
]

test('lint on the corpus: every Reloader HelmRelease without the annotations strategy, and the misspelt annotation', async t => {
  if (!corpusAvailable()) {
    t.skip(CORPUS_MISSING)
    return
  }
  const all: { repository: string; found: Problem }[] = []
  for (const repository of corpusRepositories()) {
    const { problems } = lint(readWorkTree(repository))
    for (const found of problems) all.push({ repository: basename(repository), found })
  }
  const releases = all
    .filter(({ found }) => found.rule === 'reloader-reload-strategy')
    .filter(({ found }) => found.message.startsWith('HelmRelease '))
    .map(({ repository, found }) => `${repository} ${found.file}`)
    .sort()
  assert.deepEqual(releases, RELOADER_RELEASES)
  assert.ok(releases.length >= 6, `${releases.length} Reloader HelmReleases flagged, 6 expected`)

  const typos = all.filter(({ found }) => found.rule === 'reloader-annotation-typo')
  assert.ok(
    typos.some(
      ({ repository, found }) =>
        repository === 'bjw-s__home-ops' &&
        found.file === '.archive/kubernetes/cross-seed/app/helmrelease.yaml' &&
        found.line === 25 &&
        found.message.includes("did you mean 'configmap.reloader.stakater.com/reload'")
    ),
    'the misspelt confimap.reloader.stakater.com/reload is found'
  )
  const counts = new Map<string, number>()
  for (const { found } of all) counts.set(found.rule, (counts.get(found.rule) ?? 0) + 1)
  console.log(`lint findings on the corpus: ${JSON.stringify(Object.fromEntries(counts))}`)
})
