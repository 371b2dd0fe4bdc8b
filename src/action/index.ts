import * as core from '@actions/core'
import { statSync } from 'node:fs'
import { posix, relative, resolve, sep } from 'node:path'
import { check } from '../engine/index.js'
import type { Problem, Report, Selection, WorkloadResult } from '../engine/index.js'
import { parseSourceMapping } from '../flux/index.js'
import type { SourceMapping } from '../flux/index.js'
import { readWorkTree } from '../io/index.js'
import { escapeMarkdown, escapeTerminal } from '../output/index.js'

/** Every input, read and checked once. */
export interface Settings {
  /** The repository folder to check, absolute. */
  path: string
  /** The same folder relative to the workspace, posix style: '' for the workspace itself. */
  pathInWorkspace: string
  /** Fail the step on findings of severity error (`true`), or only report them (`false`). */
  failOnFindings: boolean
  /** Flux sources built from a folder of the repository (`sources`, one `kind/namespace/name=folder` a line). */
  sources: SourceMapping[]
  /** `selection`: which workloads get a hash, `all` or only those Reloader watches. */
  selection: Selection
}

export function readSettings(workspace: string): Settings {
  const input = core.getInput('path') || '.'
  const path = resolve(workspace, input)
  if (!isDirectory(path)) {
    throw new Error(`input 'path': ${input} is not a directory of the workspace (${workspace})`)
  }
  const failOnFindings =
    core.getInput('fail-on-findings') === '' ? true : core.getBooleanInput('fail-on-findings')
  return {
    path,
    pathInWorkspace: relative(workspace, path).split(sep).join('/'),
    failOnFindings,
    sources: readSources(path),
    selection: readSelection()
  }
}

function readSelection(): Selection {
  const selection = core.getInput('selection') || 'all'
  if (selection === 'all' || selection === 'reloader') return selection
  throw new Error(`input 'selection' must be 'all' or 'reloader', not '${selection}'`)
}

/** One mapping a line; blank lines and lines starting with '#' are skipped. */
function readSources(path: string): SourceMapping[] {
  const lines = core
    .getMultilineInput('sources')
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
  return lines.map(line => {
    const parsed = parseSourceMapping(line)
    if ('error' in parsed) throw new Error(`input 'sources': ${parsed.error}`)
    if (!isDirectory(resolve(path, parsed.path)))
      throw new Error(`input 'sources': '${line}': ${parsed.path} is not a folder of ${path}`)
    return parsed
  })
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
}

/** GitHub places annotations at paths relative to the workspace; the engine's are relative to `path`. */
function workspaceFile(settings: Settings, file: string): string {
  return posix.join(settings.pathInWorkspace, file)
}

/**
 * The GitHub Action: checks the repository, annotates each finding at its file and line, writes
 * the job summary and the outputs. Committing fixes and commenting on pull requests come next.
 */
export async function runAction(workspace: string): Promise<void> {
  try {
    const settings = readSettings(workspace)
    core.info(`gitops-reloader: checking ${escapeTerminal(settings.path)}`)
    const report = check(readWorkTree(settings.path), {
      sources: settings.sources,
      selection: settings.selection
    })
    for (const problem of report.problems) annotate(problem, settings)
    setOutputs(report, settings)
    await writeSummary(report, settings)
    const errors = report.problems.filter(problem => problem.severity === 'error')
    if (errors.length > 0 && settings.failOnFindings) {
      core.setFailed(
        `gitops-reloader: ${errors.length} finding(s); run 'npx gitops-reloader fix' and commit the result`
      )
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`gitops-reloader: ${escapeTerminal(message)}`)
  }
}

// @actions/core escapes '%', CR and LF in workflow commands; escapeTerminal also keeps terminal
// control sequences out of the log.
function annotate(problem: Problem, settings: Settings): void {
  const message = escapeTerminal(problem.message)
  const properties = {
    title: problem.rule,
    file: workspaceFile(settings, problem.file),
    startLine: problem.line,
    startColumn: problem.column
  }
  if (problem.severity === 'error') core.error(message, properties)
  else if (problem.severity === 'warning') core.warning(message, properties)
  else core.notice(message, properties)
}

function setOutputs(report: Report, settings: Settings): void {
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
        file: workload.source && workspaceFile(settings, workload.source.file),
        hash: workload.desiredHash
      }))
    )
  )
}

function workloadLabel(workload: WorkloadResult): string {
  return `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ''}${workload.name}`
}

/** core.summary writes cells and raw text as given: every value from the repository is escaped. */
async function writeSummary(report: Report, settings: Settings): Promise<void> {
  const rows = report.workloads
    .filter(workload => workload.desiredHash && workload.status !== 'ignored')
    .map(workload =>
      [workload.status, workloadLabel(workload), workload.root, workload.desiredHash ?? ''].map(
        escapeMarkdown
      )
    )
  await core.summary
    .addHeading('gitops-reloader', 2)
    .addRaw(
      `${escapeMarkdown(settings.pathInWorkspace || '.')}: ${report.files} YAML files, ` +
        `${report.roots.length} roots, ${report.problems.length} findings. ` +
        escapeMarkdown(report.discovery.summary),
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
