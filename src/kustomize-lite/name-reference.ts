import type { BuildContext } from './context.js'
import type { Accumulator } from './target.js'

/** Rewrites references to renamed resources (kustomize's FixBackReferences). */
export function fixNameReferences(_context: BuildContext, _accumulator: Accumulator): void {}
