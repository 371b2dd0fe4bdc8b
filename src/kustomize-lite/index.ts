export { build } from './build.js'
export { kustomizeHashSuffix } from './hash.js'
export {
  isKustomizationDirectory,
  kustomizationFileNames,
  kustomizationFilesIn,
  readKustomization,
  referencedPaths
} from './kustomization-file.js'
export type { KustomizationFile, KustomizationRead } from './kustomization-file.js'
export type { BuildOptions, BuildResult, FileSystem, Origin, Problem, Resource } from './types.js'
export { createNodeFileSystem } from './node-file-system.js'
export {
  kustomizeYamlSchema,
  parseYamlDocuments,
  restoreTextualNulls,
  textualNullPaths,
  yamlLimits
} from './yaml-documents.js'
export type { ParsedDocuments, YamlParseError } from './yaml-documents.js'
export { goFloatText, kustomizeOutputSchema } from './output-schema.js'
