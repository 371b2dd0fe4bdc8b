import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadAll } from 'js-yaml'
import { fix } from '../../src/engine/index.js'
import { readWorkTree, writeChanges } from '../../src/io/index.js'
import { planChanges } from '../../src/plan/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { copyToTemp } from '../helpers/temp.js'

const example = join(projectRoot, 'fixtures/example-flux-repo')
const overlays = ['apps/overlays/production', 'apps/overlays/staging']

type K8sObject = { kind: string; metadata: { name: string }; spec?: Record<string, unknown> }

/** Pod templates by `Kind/name`, as kubectl kustomize builds one overlay. */
function podTemplates(directory: string): Map<string, string> {
  const objects = loadAll(
    execFileSync('kubectl', ['kustomize', directory], { encoding: 'utf8' })
  ) as K8sObject[]
  return new Map(
    objects.flatMap(object => {
      const spec = object.spec ?? {}
      const template =
        object.kind === 'CronJob'
          ? ((spec.jobTemplate as { spec?: { template?: unknown } })?.spec?.template ?? undefined)
          : spec.template
      return template ? [[`${object.kind}/${object.metadata.name}`, JSON.stringify(template)]] : []
    })
  )
}

function fixInPlace(directory: string): void {
  const tree = readWorkTree(directory)
  assert.deepEqual(writeChanges(tree, fix(tree).changes), [])
}

function edit(directory: string, file: string, from: string, to: string): void {
  const path = join(directory, file)
  const text = readFileSync(path, 'utf8')
  assert.ok(text.includes(from), `${file} holds ${from}`)
  writeFileSync(path, text.replace(from, to))
}

test('the workloads plan restarts are the ones whose pod template kubectl builds differently', () => {
  using base = copyToTemp(example)
  fixInPlace(base.path)
  using head = copyToTemp(base.path)
  edit(
    head.path,
    'apps/base/web-config.yaml',
    'CACHE_TTL_SECONDS: "300"',
    'CACHE_TTL_SECONDS: "600"'
  )
  edit(head.path, 'apps/base/log-agent.yaml', 'fluent-bit:4.0.8', 'fluent-bit:4.0.9')
  edit(
    head.path,
    'apps/overlays/staging/web-config-patch.yaml',
    'data:',
    'data:\n  STAGING_ONLY: "1"'
  )

  const plan = planChanges(readWorkTree(base.path), readWorkTree(head.path))

  using headFixed = copyToTemp(head.path)
  fixInPlace(headFixed.path)
  for (const overlay of overlays) {
    const [before, after] = [
      podTemplates(join(base.path, overlay)),
      podTemplates(join(headFixed.path, overlay))
    ]
    const changed = [...after]
      .filter(([key, template]) => before.get(key) !== template)
      .map(([key]) => key)
    const planned = plan.restarts
      .filter(restart => restart.root.endsWith(`clusters/${overlay.split('/').pop()}/apps.yaml`))
      .map(restart => `${restart.kind}/${restart.name}`)
    assert.deepEqual(planned.sort(), changed.sort(), overlay)
    assert.ok(changed.length > 0)
  }
})
