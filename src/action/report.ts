import * as core from '@actions/core'
import { posix } from 'node:path'
import { RULES } from '../engine/index.js'
import type { Problem, Report, WorkloadResult } from '../engine/index.js'
import { escapeMarkdown, escapeTerminal } from '../output/index.js'
import type { FailOn, Settings } from './settings.js'

/** GitHub shows at most 10 error and 10 warning annotations a step: the most important go first. */
const ANNOTATIONS_PER_SEVERITY = 10

const RULE_ORDER = Object.keys(RULES)

/** GitHub places annotations at paths relative to the workspace; the engine's are relative to `path`. */
function workspaceFile(settings: Settings, file: string): string {
  return posix.join(settings.pathInWorkspace, file)
}

export function annotate(problems: readonly Problem[], settings: Settings): void {
  const bySeverity = (severity: Problem['severity']) =>
    problems
      .filter(problem => problem.severity === severity)
      .sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule))
  const shown = [
    ...bySeverity('error').slice(0, ANNOTATIONS_PER_SEVERITY),
    ...bySeverity('warning').slice(0, ANNOTATIONS_PER_SEVERITY)
  ]
  for (const problem of shown) annotateOne(problem, settings)
  const rest = problems.length - shown.length
  if (rest > 0)
    core.notice(`gitops-reloader: ${rest} more finding(s) are listed in the job summary`)
}

// @actions/core escapes '%', CR and LF in workflow commands; escapeTerminal also keeps terminal
// control sequences out of the log.
function annotateOne(problem: Problem, settings: Settings): void {
  const message = escapeTerminal(problem.message)
  const properties = {
    title: problem.rule,
    file: workspaceFile(settings, problem.file),
    startLine: problem.line,
    startColumn: problem.column
  }
  if (problem.severity === 'error') core.error(message, properties)
  else core.warning(message, properties)
}

export function pendingWorkloads(report: Report): WorkloadResult[] {
  return report.workloads.filter(
    workload => workload.status === 'missing' || workload.status === 'stale'
  )
}

export function setOutputs(
  report: Report,
  settings: Settings,
  results: { commitSha?: string; commentUrl?: string }
): void {
  const pending = pendingWorkloads(report)
  core.setOutput('stale', pending.length > 0 ? 'true' : 'false')
  core.setOutput(
    'restarts',
    JSON.stringify(
      pending.map(workload => ({
        kind: workload.kind,
        namespace: workload.namespace,
        name: workload.name,
        root: workload.root,
        file: workload.source && workspaceFile(settings, workload.source.file),
        hash: workload.desiredHash
      }))
    )
  )
  core.setOutput('commit-sha', results.commitSha ?? '')
  core.setOutput('comment-url', results.commentUrl ?? '')
}

function workloadLabel(workload: WorkloadResult): string {
  return `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ''}${workload.name}`
}

/** core.summary writes cells and raw text as given: every value from the repository is escaped. */
export async function writeSummary(
  report: Report,
  settings: Settings,
  sections: { lines: string[]; plan?: string }
): Promise<void> {
  const rows = report.workloads
    .filter(workload => workload.desiredHash && workload.status !== 'ignored')
    .map(workload =>
      [workload.status, workloadLabel(workload), workload.root, workload.desiredHash ?? ''].map(
        escapeMarkdown
      )
    )
  const findings = report.problems.map(problem =>
    [problem.severity, problem.rule, `${problem.file}:${problem.line}`, problem.message].map(
      escapeMarkdown
    )
  )
  let summary = core.summary
    .addHeading('gitops-reloader', 2)
    .addRaw(
      `${escapeMarkdown(settings.pathInWorkspace || '.')}: ${report.files} YAML files, ` +
        `${report.roots.length} roots, ${report.problems.length} findings. ` +
        escapeMarkdown(report.discovery.summary),
      true
    )
  for (const line of sections.lines) summary = summary.addRaw(`\n${escapeMarkdown(line)}\n`, true)
  if (rows.length > 0)
    summary = summary.addTable([header(['status', 'workload', 'root', 'config hash']), ...rows])
  if (findings.length > 0)
    summary = summary.addTable([header(['severity', 'rule', 'where', 'finding']), ...findings])
  // The plan is Markdown the renderer already escaped.
  if (sections.plan) summary = summary.addRaw(`\n${sections.plan}\n`, true)
  await summary.write()
}

function header(cells: string[]): { data: string; header: true }[] {
  return cells.map(data => ({ data, header: true }))
}

/** Whether the findings fail the step, by the `fail-on` input. */
export function fails(problems: readonly Problem[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return problems.some(
    problem =>
      problem.severity === 'error' || (failOn === 'warning' && problem.severity === 'warning')
  )
}
