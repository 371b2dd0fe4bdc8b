/** Every rule the tool reports, with the severity it is reported at. Documented in docs/rules.md. */
export const RULES = {
  'config-hash-missing': 'error',
  'config-hash-stale': 'error',
  'config-hash-conflict': 'error',
  'reference-missing': 'warning',
  'reference-untrackable': 'warning',
  'job-not-annotated': 'note',
  'yaml-parse-error': 'warning',
  'write-refused': 'error',
  'build-problem': 'warning',
  'kustomization-cycle': 'error',
  'config-not-in-git': 'warning',
  'outside-repository': 'warning',
  'file-unreadable': 'warning',
  'flux-unresolved': 'warning',
  'flux-source-inferred': 'note',
  // Lint rules (src/lint): what makes restarts fail besides a missing or stale hash.
  'reloader-reload-strategy': 'warning',
  'helm-values-not-watched': 'warning',
  'flux-v1-object': 'warning',
  'hash-restarts-nothing': 'warning',
  'hash-scaled-to-zero': 'note',
  'reloader-annotation-typo': 'warning'
} as const satisfies Record<string, Severity>

export type Severity = 'error' | 'warning' | 'note'
export type RuleId = keyof typeof RULES

/** A finding at a place in the repository. Paths are relative to the repository root, posix style. */
export interface Problem {
  rule: RuleId
  severity: Severity
  file: string
  line: number
  column?: number
  message: string
}

export function problem(rule: RuleId, file: string, line: number, message: string): Problem {
  return { rule, severity: RULES[rule], file, line, message }
}
