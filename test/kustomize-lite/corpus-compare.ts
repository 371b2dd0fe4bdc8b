import { execFile } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual, promisify } from 'node:util'
import * as jsyaml from 'js-yaml'
import { build, createNodeFileSystem } from '../../src/kustomize-lite/index.js'
import { corpusAvailable, corpusRoot } from '../helpers/corpus.js'

const run = promisify(execFile)
export { corpusAvailable, corpusRoot }

export function kustomizationDirectories(root = corpusRoot): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    const entries = readdirSync(dir)
    if (entries.includes('kustomization.yaml')) found.push(dir)
    for (const entry of entries) {
      const child = path.join(dir, entry)
      if (entry !== '.git' && statSync(child, { throwIfNoEntry: false })?.isDirectory()) walk(child)
    }
  }
  walk(root)
  return found.sort()
}

export type KubectlOutcome = { ok: true; objects: unknown[] } | { ok: false; error: string }

export async function kubectlKustomize(dir: string): Promise<KubectlOutcome> {
  try {
    const { stdout } = await run(
      'kubectl',
      ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir],
      { maxBuffer: 256 * 1024 * 1024 }
    )
    return { ok: true, objects: jsyaml.loadAll(stdout).filter(document => document !== null) }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error)
    return { ok: false, error: stderr.trim().split('\n')[0] ?? '' }
  }
}

export async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const workers = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  })
  await Promise.all(workers)
  return results
}

export interface Comparison {
  dir: string
  kubectl: KubectlOutcome
  match: boolean
  detail: string
  errors: string[]
}

/** Both sides go through the same YAML parser, so only content and order count. */
export function compareWithKubectl(
  dir: string,
  kubectl: KubectlOutcome,
  documentCache: Map<string, unknown[]>
): Comparison {
  const result = build(dir, createNodeFileSystem(), { documentCache })
  const errors = result.problems
    .filter(p => p.severity === 'error')
    .map(p => `${p.path}: ${p.message}`)
  if (!kubectl.ok) {
    return { dir, kubectl, match: false, detail: `kubectl failed: ${kubectl.error}`, errors }
  }
  const ours = jsyaml.loadAll(
    jsyaml.dump(
      result.resources.map(r => r.object),
      { noRefs: true }
    )
  )[0] as unknown[]
  const detail = firstDifference(kubectl.objects, ours)
  return { dir, kubectl, match: detail === '', detail, errors }
}

function describe(object: unknown): string {
  const o = object as { kind?: string; metadata?: { name?: string; namespace?: string } }
  return `${o?.kind}/${o?.metadata?.namespace ?? ''}/${o?.metadata?.name}`
}

function firstDifference(expected: unknown[], actual: unknown[]): string {
  if (expected.length !== actual.length) {
    return `count ${actual.length} != kubectl ${expected.length}: ours [${actual.map(describe).join(', ')}] kubectl [${expected.map(describe).join(', ')}]`
  }
  for (let index = 0; index < expected.length; index++) {
    if (!isDeepStrictEqual(expected[index], actual[index])) {
      return `object ${index}: ours ${describe(actual[index])} ${JSON.stringify(actual[index]).slice(0, 2000)}\n   kubectl ${describe(expected[index])} ${JSON.stringify(expected[index]).slice(0, 2000)}`
    }
  }
  return ''
}
