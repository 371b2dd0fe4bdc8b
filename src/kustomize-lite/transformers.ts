import type { BuildContext } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import type { Accumulator } from './target.js'

export function runTransformers(
  _context: BuildContext,
  _file: KustomizationFile,
  _into: Accumulator
): void {}
