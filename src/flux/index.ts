export { findFluxRoots } from './roots.js'
export { substituteVariables, readPlainScalar } from './substitute.js'
export type { SubstitutionResult, SubstitutionVariables } from './substitute.js'
export { envsubst, EnvsubstError } from './envsubst.js'
export type { Lookup, VariableValue } from './envsubst.js'
export type {
  FluxKustomization,
  FluxOptions,
  FluxRoot,
  FluxRoots,
  InferredSource,
  LineOf,
  SourceMapping
} from './types.js'
export { describeMapping, parseSourceMapping, SOURCE_KINDS } from './mappings.js'
