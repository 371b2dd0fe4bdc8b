import * as core from '@actions/core'
import { escapeTerminal } from '../output/index.js'
import { PermissionError } from './api.js'
import { readEvent } from './event.js'
import { annotate, fails, setOutputs, writeSummary } from './report.js'
import { handleEvent } from './run.js'
import { readSettings } from './settings.js'

export { readSettings } from './settings.js'
export type { Settings } from './settings.js'

/**
 * The GitHub Action. On a pull request: check, commit the missing hashes to its branch (same
 * repository only), and keep one comment with the restart and rollback plan. On a push to the
 * default branch: commit the hashes (or propose them in a pull request) and comment the plan on
 * the commit and its pull request. Always: annotations, the job summary and the outputs.
 */
export async function runAction(
  workspace: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  try {
    const settings = readSettings(workspace)
    const event = readEvent(env)
    core.info(
      `gitops-reloader: ${event.kind === 'other' ? event.name || 'run' : event.kind} in ${escapeTerminal(settings.path)}`
    )
    const outcome = await handleEvent(settings, event, env)
    for (const note of outcome.notes) core.info(`gitops-reloader: ${escapeTerminal(note)}`)
    annotate(outcome.problems, settings)
    setOutputs(outcome.report, settings, outcome)
    await writeSummary(outcome.report, settings, {
      lines: outcome.notes,
      ...(outcome.plan ? { plan: outcome.plan } : {})
    })
    if (fails(outcome.problems, settings.failOn)) {
      const count = outcome.problems.filter(
        p => p.severity === 'error' || settings.failOn === 'warning'
      ).length
      core.setFailed(
        `gitops-reloader: ${count} finding(s); run 'npx gitops-reloader fix' and commit the result`
      )
    }
  } catch (error) {
    if (error instanceof PermissionError) return core.setFailed(`gitops-reloader: ${error.message}`)
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`gitops-reloader: ${escapeTerminal(message)}`)
    if (error instanceof Error && error.stack) core.debug(error.stack)
  }
}
