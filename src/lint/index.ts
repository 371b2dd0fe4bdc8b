/**
 * Lint rules: what makes restarts fail in a Flux repository besides a missing or stale hash
 * (Stakater Reloader's reload strategy and misspelt annotations, unwatched `valuesFrom`, Flux
 * APIs without server-side apply, workloads a pod-template change does not restart). Pure: the
 * engine hands over what it built; each rule is documented in docs/rules.md.
 */
import type { RuleId } from '../engine/findings.js'
import { annotationTypos } from './annotation-typo.js'
import { fluxV1Objects } from './flux-v1.js'
import { noRestart } from './no-restart.js'
import { reloaderStrategy } from './reloader-strategy.js'
import type { LintInput, LintResult } from './types.js'
import { valuesWatch } from './values-watch.js'

export type { LintDocument, LintInput, LintResult, Position } from './types.js'
export { editDistance, RELOADER_ANNOTATIONS, typoMessage } from './annotation-typo.js'

/** The rules `lint` runs (and `check` with them). */
export const LINT_RULES = [
  'reloader-reload-strategy',
  'helm-values-not-watched',
  'flux-v1-object',
  'hash-restarts-nothing',
  'hash-scaled-to-zero',
  'reloader-annotation-typo'
] as const satisfies readonly RuleId[]

const RULE_FUNCTIONS = [reloaderStrategy, valuesWatch, fluxV1Objects, noRestart, annotationTypos]

/** Runs every lint rule: the findings, and the edits `fix` writes to repair some of them. */
export function runLintRules(input: LintInput): LintResult {
  const results = RULE_FUNCTIONS.map(rule => rule(input))
  return {
    problems: results.flatMap(result => result.problems),
    edits: results.flatMap(result => result.edits)
  }
}
