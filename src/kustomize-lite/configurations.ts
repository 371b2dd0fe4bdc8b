import type { BuildContext } from './context.js'
import type { KustomizationFile } from './kustomization-file.js'
import type { TransformerConfig } from './transformer-config.js'

/** Transformer configs from the kustomization's `configurations` files. */
export function loadConfigurations(
  _context: BuildContext,
  _file: KustomizationFile
): Partial<TransformerConfig> {
  return {}
}
