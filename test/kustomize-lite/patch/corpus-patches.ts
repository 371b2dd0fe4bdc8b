import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import * as jsyaml from 'js-yaml'

import {
  applyJson6902,
  applyStrategicMergePatch,
  isJson6902Patch
} from '../../../src/kustomize-lite/patch/index.js'
import type { Resource } from './oracle.js'

/**
 * A corpus kustomization replayed in two temporary copies, one without its patches and one with
 * them (both without the transformers kustomize runs after patches), so the engine can be held
 * against kustomize on real patches and real targets.
 */

type Kustomization = Record<string, unknown>

interface Selector {
  readonly group?: string
  readonly version?: string
  readonly kind?: string
  readonly name?: string
  readonly namespace?: string
  readonly labelSelector?: string
  readonly annotationSelector?: string
}

interface PatchStep {
  readonly documents: unknown[]
  readonly target?: Selector
}

export type ReplayOutcome =
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'compared'; readonly expected: Resource[]; readonly actual: Resource[] }

const TRANSFORMERS_AFTER_PATCHES = [
  'namespace',
  'namePrefix',
  'nameSuffix',
  'labels',
  'commonLabels',
  'commonAnnotations',
  'images',
  'replicas',
  'replacements',
  'transformers',
  'validators',
  'openapi',
  'configurations',
  'crds',
  'buildMetadata',
  'sortOptions'
]
const PATCH_FIELDS = ['patches', 'patchesStrategicMerge', 'patchesJson6902']

export function replayKustomization(file: string): ReplayOutcome {
  const dir = dirname(file)
  const kustomization = jsyaml.load(readFileSync(file, 'utf8')) as Kustomization
  if (kustomization.kind === 'Component') return skipped('a Component cannot be built alone')
  if (kustomization.helmCharts) return skipped('helmCharts')
  const base = withoutFields(kustomization, TRANSFORMERS_AFTER_PATCHES)
  if (hasRemoteResource(base)) return skipped('a remote resource')
  const unpatched = buildInTemporaryDir(tmp =>
    withPathsFrom(withoutFields(base, PATCH_FIELDS), dir, tmp)
  )
  const patched = buildInTemporaryDir(tmp => withPathsFrom(base, dir, tmp))
  if ('error' in patched) return skipped(`kubectl cannot build it: ${patched.error}`)
  if ('error' in unpatched) return skipped(`kubectl cannot build it unpatched: ${unpatched.error}`)
  const steps = patchSteps(kustomization, dir)
  return {
    status: 'compared',
    expected: patched.resources,
    actual: steps.reduce(applyStep, unpatched.resources)
  }
}

function skipped(reason: string): ReplayOutcome {
  return { status: 'skipped', reason }
}

function withoutFields(kustomization: Kustomization, fields: string[]): Kustomization {
  const copy = { ...kustomization }
  for (const field of fields) delete copy[field]
  return copy
}

const isRemote = (path: string): boolean => /^(https?:|git[@:]|github\.com|ssh:)/.test(path)

function absolute(path: string, dir: string): string {
  return isAbsolute(path) ? path : resolve(dir, path)
}

function hasRemoteResource(kustomization: Kustomization): boolean {
  return ['resources', 'components', 'bases'].some(field =>
    asList(kustomization[field]).some(path => typeof path === 'string' && isRemote(path))
  )
}

/**
 * Rewrites every file reference relative to the temporary directory: kustomize refuses absolute
 * directories as resources.
 */
function withPathsFrom(kustomization: Kustomization, dir: string, tmp: string): Kustomization {
  const moved = (path: string): string => relative(tmp, absolute(path, dir))
  const copy = structuredClone(kustomization)
  for (const field of ['resources', 'components', 'bases']) {
    const paths = copy[field]
    if (!Array.isArray(paths)) continue
    copy[field] = paths.map(path => (typeof path === 'string' ? moved(path) : path))
  }
  for (const entry of [copy.patches, copy.patchesJson6902].flat()) {
    if (isRecord(entry) && typeof entry.path === 'string') entry.path = moved(entry.path)
  }
  if (Array.isArray(copy.patchesStrategicMerge)) {
    copy.patchesStrategicMerge = copy.patchesStrategicMerge.map(entry =>
      typeof entry === 'string' && !entry.includes('\n') ? moved(entry) : entry
    )
  }
  for (const generator of [copy.configMapGenerator, copy.secretGenerator].flat()) {
    if (isRecord(generator)) moveGeneratorFiles(generator, moved)
  }
  return copy
}

function moveGeneratorFiles(
  generator: Record<string, unknown>,
  moved: (path: string) => string
): void {
  if (Array.isArray(generator.files)) {
    generator.files = generator.files.map((entry: string) => {
      const [key, path] = entry.includes('=') ? entry.split('=', 2) : [undefined, entry]
      return `${key ?? entryName(path ?? '')}=${moved(path ?? '')}`
    })
  }
  if (Array.isArray(generator.envs)) generator.envs = generator.envs.map(moved)
  if (typeof generator.env === 'string') generator.env = moved(generator.env)
}

function entryName(path: string): string {
  return path.split('/').pop() ?? path
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function buildInTemporaryDir(
  kustomizationFor: (dir: string) => Kustomization
): { resources: Resource[] } | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'patch-corpus-'))
  try {
    writeFileSync(join(dir, 'kustomization.yaml'), jsyaml.dump(kustomizationFor(dir)))
    const stdout = execFileSync(
      'kubectl',
      ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    )
    return { resources: jsyaml.loadAll(stdout).filter(isRecord) }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error)
    return { error: stderr.split('\n').find(line => line.trim() !== '') ?? stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** kustomize's order: patchesStrategicMerge, then patches, then patchesJson6902. */
function patchSteps(kustomization: Kustomization, dir: string): PatchStep[] {
  const steps: PatchStep[] = []
  for (const entry of asList(kustomization.patchesStrategicMerge)) {
    const text =
      typeof entry === 'string' && !entry.includes('\n')
        ? readFileSync(absolute(entry, dir), 'utf8')
        : String(entry)
    steps.push({ documents: loadDocuments(text) })
  }
  for (const entry of asList(kustomization.patches).filter(isRecord)) {
    const text =
      typeof entry.path === 'string'
        ? readFileSync(absolute(entry.path, dir), 'utf8')
        : String(entry.patch)
    steps.push({ documents: loadDocuments(text), target: entry.target as Selector | undefined })
  }
  for (const entry of asList(kustomization.patchesJson6902).filter(isRecord)) {
    const text =
      typeof entry.path === 'string'
        ? readFileSync(absolute(entry.path, dir), 'utf8')
        : String(entry.patch)
    steps.push({ documents: [jsyaml.load(text)], target: entry.target as Selector | undefined })
  }
  return steps
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function loadDocuments(text: string): unknown[] {
  return jsyaml.loadAll(text).filter(doc => doc !== null && doc !== undefined)
}

function applyStep(resources: Resource[], step: PatchStep): Resource[] {
  let current = resources
  for (const document of step.documents) {
    current = isJson6902Patch(document)
      ? current.map(resource =>
          step.target && selects(step.target, resource)
            ? applyJson6902(resource, document as unknown[])
            : resource
        )
      : applyStrategicToTargets(current, document as Resource, step.target)
  }
  return current
}

function applyStrategicToTargets(
  resources: Resource[],
  patch: Resource,
  target: Selector | undefined
): Resource[] {
  const selector = target ?? selectorFromPatch(patch)
  return resources
    .map(resource =>
      selects(selector, resource) ? applyStrategicMergePatch(resource, patch) : resource
    )
    .filter(resource => Object.keys(resource).length > 0)
}

function selectorFromPatch(patch: Resource): Selector {
  const metadata = isRecord(patch.metadata) ? patch.metadata : {}
  const [group, version] = splitApiVersion(String(patch.apiVersion ?? ''))
  return {
    group,
    version,
    kind: String(patch.kind ?? ''),
    name: escapeRegex(String(metadata.name ?? '')),
    ...(typeof metadata.namespace === 'string'
      ? { namespace: escapeRegex(metadata.namespace) }
      : {})
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function splitApiVersion(apiVersion: string): [string, string] {
  const parts = apiVersion.split('/')
  return parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? '']
}

function matchesPattern(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '') return true
  return new RegExp(`^(?:${pattern})$`).test(value)
}

function matchesLabels(selector: string | undefined, labels: unknown): boolean {
  if (!selector) return true
  const actual = isRecord(labels) ? labels : {}
  return selector.split(',').every(term => {
    const [key, value] = term.split('=').map(part => part.trim())
    return value === undefined ? Object.hasOwn(actual, key ?? '') : actual[key ?? ''] === value
  })
}

function selects(selector: Selector, resource: Resource): boolean {
  const metadata = isRecord(resource.metadata) ? resource.metadata : {}
  const [group, version] = splitApiVersion(String(resource.apiVersion ?? ''))
  return (
    matchesPattern(selector.group, group) &&
    matchesPattern(selector.version, version) &&
    matchesPattern(selector.kind, String(resource.kind ?? '')) &&
    matchesPattern(selector.name, String(metadata.name ?? '')) &&
    matchesPattern(selector.namespace, String(metadata.namespace ?? '')) &&
    matchesLabels(selector.labelSelector, metadata.labels) &&
    matchesLabels(selector.annotationSelector, metadata.annotations)
  )
}
