export { check, fix, inspect, lint } from './run.js'
export type { ChangeSink, Report, FileChange, FixResult, LintReport, RootSummary } from './run.js'
export type {
  Selection,
  WorkloadResult,
  ResolvedReference,
  Coverage,
  WorkloadStatus
} from './analyze.js'
export { RULES, problem } from './findings.js'
export type { Problem, RuleId, Severity } from './findings.js'
export { memoryRepository } from './repository.js'
export type { Repository } from './repository.js'
export { parseYamlFile } from './parse.js'
export type { ParsedFile, ParseJob } from './parse.js'
export { configHash, canonicalLines } from './hash.js'
export { CONFIG_HASH_ANNOTATION, IGNORE_ANNOTATION } from './workloads.js'
export type { CoverageMap, NotCovered } from './coverage.js'
export type { CheckOptions } from './run.js'
export type { Root, BuiltResource } from './roots.js'
export { configObjectsOf } from './config-objects.js'
export type { ConfigObject } from './config-objects.js'
