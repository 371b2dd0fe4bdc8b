import * as core from '@actions/core'
import { resolve } from 'node:path'
import { check } from '../engine/index.js'
import type { Problem, Report } from '../engine/index.js'
import { readWorkTree } from '../io/index.js'

/** Every input, read and checked once. */
export interface Settings {
  /** The repository folder to check, relative to the workspace. */
  path: string
  /** Fail the step on findings of severity error (`true`), or only report them (`false`). */
  failOnFindings: boolean
}

export function readSettings(workspace: string): Settings {
  const path = core.getInput('path') || '.'
  const failOnFindings =
    core.getInput('fail-on-findings') === '' ? true : core.getBooleanInput('fail-on-findings')
  return { path: resolve(workspace, path), failOnFindings }
}

/**
 * The GitHub Action: checks the repository, annotates each finding at its file and line, writes
 * the job summary and the outputs. Committing fixes and commenting on pull requests come next.
 */
export async function runAction(workspace: string): Promise<void> {
  try {
    const settings = readSettings(workspace)
    core.info(`gitops-reloader: checking ${settings.path}`)
    const report = check(readWorkTree(settings.path))
    for (const problem of report.problems) annotate(problem)
    setOutputs(report)
    await writeSummary(report)
    const errors = report.problems.filter(problem => problem.severity === 'error')
    if (errors.length > 0 && settings.failOnFindings) {
      core.setFailed(
        `gitops-reloader: ${errors.length} finding(s); run 'npx gitops-reloader fix' and commit the result`
      )
    }
  } catch (error) {
    core.setFailed(`gitops-reloader: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function annotate(problem: Problem): void {
  const properties = {
    title: problem.rule,
    file: problem.file,
    startLine: problem.line,
    startColumn: problem.column
  }
  if (problem.severity === 'error') core.error(problem.message, properties)
  else if (problem.severity === 'warning') core.warning(problem.message, properties)
  else core.notice(problem.message, properties)
}

function setOutputs(report: Report): void {
  const pending = report.workloads.filter(
    workload => workload.status === 'missing' || workload.status === 'stale'
  )
  core.setOutput('stale', pending.length > 0 ? 'true' : 'false')
  core.setOutput(
    'restarts',
    JSON.stringify(
      pending.map(workload => ({
        kind: workload.kind,
        namespace: workload.namespace,
        name: workload.name,
        root: workload.root,
        file: workload.source?.file,
        hash: workload.desiredHash
      }))
    )
  )
}

async function writeSummary(report: Report): Promise<void> {
  const rows = report.workloads
    .filter(workload => workload.desiredHash && workload.status !== 'ignored')
    .map(workload => [
      workload.status,
      `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ''}${workload.name}`,
      workload.root,
      workload.desiredHash ?? ''
    ])
  await core.summary
    .addHeading('gitops-reloader', 2)
    .addRaw(
      `${report.files} YAML files, ${report.roots.length} roots, ${report.problems.length} findings.`,
      true
    )
    .addTable([
      [
        { data: 'status', header: true },
        { data: 'workload', header: true },
        { data: 'root', header: true },
        { data: 'config hash', header: true }
      ],
      ...rows
    ])
    .write()
}
