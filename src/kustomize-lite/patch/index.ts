/**
 * The patch engine of kustomize-ts-lite: strategic merge and JSON 6902 as kustomize v5.5 applies
 * them. Standalone: node builtins only.
 */
import { applyStrategicMergePatch as mergeStrategically } from './strategic-merge.js'
import {
  applyJson6902 as applyOperations,
  isJson6902Patch as decodesAsOperations
} from './json6902.js'

/**
 * Strategic merge patch as kustomize v5.5 (kyaml merge2 / apimachinery) applies it. Returns a new
 * object; inputs are not mutated. The result keeps the target's kind, name and namespace, as
 * kustomize does. A patch whose root says `$patch: delete` returns `{}`: the caller drops the
 * resource (see `deletesResource`).
 */
export function applyStrategicMergePatch(
  target: Record<string, unknown>,
  patch: Record<string, unknown>
): Record<string, unknown> {
  return mergeStrategically(target, patch)
}

/**
 * RFC 6902 JSON patch as kustomize applies it (ops add, remove, replace, move, copy, test; JSON
 * pointer with ~0 ~1 escapes and '-' append). Throws an Error with a clear message when an
 * operation cannot apply (e.g. path not found, test fails).
 */
export function applyJson6902(
  target: Record<string, unknown>,
  operations: unknown[]
): Record<string, unknown> {
  return applyOperations(target, operations)
}

/** Whether a patch document is a strategic-merge patch or a JSON 6902 list, as kustomize decides for `patches:` entries. */
export function isJson6902Patch(parsed: unknown): boolean {
  return decodesAsOperations(parsed)
}

/** Whether a strategic-merge patch removes the whole resource it targets (`$patch: delete` at its root). */
export function deletesResource(patch: Record<string, unknown>): boolean {
  return patch.$patch === 'delete'
}
