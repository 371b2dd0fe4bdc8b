import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as jsyaml from 'js-yaml'

import {
  applyJson6902,
  applyStrategicMergePatch,
  isJson6902Patch
} from '../../../src/kustomize-lite/patch/index.js'

export type Resource = Record<string, unknown>

export interface PatchCase {
  readonly name: string
  readonly resource: Resource
  /** A strategic-merge patch (object) or JSON 6902 operations (list). */
  readonly patch: Resource | unknown[]
  /** Select the resource with a `target:` (kind and name) even for a strategic-merge patch. */
  readonly byTarget?: boolean
}

/** Any text kubectl produced, or why it refused; `undefined` output means the resource was deleted. */
export interface KustomizeResult {
  readonly output?: Resource
  readonly error?: string
}

export function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function targetOf(resource: Resource): Record<string, unknown> {
  const metadata = (resource.metadata ?? {}) as Record<string, unknown>
  return { kind: resource.kind, name: metadata.name }
}

/** Builds one resource with one patch through the real kustomize. */
export function kustomizeWithPatch(patchCase: PatchCase): KustomizeResult {
  const dir = mkdtempSync(join(tmpdir(), 'patch-oracle-'))
  try {
    writeFileSync(join(dir, 'resource.yaml'), jsyaml.dump(patchCase.resource))
    writeFileSync(join(dir, 'patch.yaml'), jsyaml.dump(patchCase.patch))
    const patchEntry =
      isJson6902Patch(patchCase.patch) || patchCase.byTarget
        ? { path: 'patch.yaml', target: targetOf(patchCase.resource) }
        : { path: 'patch.yaml' }
    const kustomization = { resources: ['resource.yaml'], patches: [patchEntry] }
    writeFileSync(join(dir, 'kustomization.yaml'), jsyaml.dump(kustomization))
    const stdout = execFileSync('kubectl', ['kustomize', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const documents = jsyaml.loadAll(stdout).filter(doc => doc !== null && doc !== undefined)
    return documents.length === 0 ? {} : { output: documents[0] as Resource }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr
    return { error: stderr ?? String(error) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Our engine on the same case; `{}` from a strategic merge means the resource was deleted. */
export function patchWithEngine(patchCase: PatchCase): KustomizeResult {
  try {
    const output = Array.isArray(patchCase.patch)
      ? applyJson6902(patchCase.resource, patchCase.patch)
      : applyStrategicMergePatch(patchCase.resource, patchCase.patch)
    return Object.keys(output).length === 0 ? {} : { output: withoutEmptyAnnotations(output) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

/** kustomize drops an empty `metadata.annotations` from every resource it prints (build level). */
function withoutEmptyAnnotations(resource: Resource): Resource {
  const metadata = resource.metadata as Record<string, unknown> | undefined
  const annotations = metadata?.annotations
  if (annotations && typeof annotations === 'object' && Object.keys(annotations).length === 0) {
    const rest = { ...metadata }
    delete rest.annotations
    return { ...resource, metadata: rest }
  }
  return resource
}

/** Round-trips through YAML so both sides compare as the same parsed values. */
export function asParsedYaml(resource: Resource | undefined): unknown {
  return resource === undefined ? undefined : jsyaml.load(jsyaml.dump(resource))
}
