import { dump } from 'js-yaml'
import type {
  FileChange,
  LintReport,
  Problem,
  Report,
  ResolvedReference,
  RootSummary,
  WorkloadResult
} from '../engine/index.js'
import { escapeStrings, escapeTerminal, escapeTerminalLine } from '../output/index.js'
import { kustomizeOutputSchema } from '../kustomize-lite/index.js'

export function exitCodeOf(problems: readonly Problem[]): number {
  return problems.some(p => p.severity === 'error') ? 1 : 0
}

// JSON escapes C0 controls itself; these it leaves raw, and a terminal may still act on them.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export function renderJson(value: unknown): string {
  const json = JSON.stringify(value, jsonReplacer, 2).replace(
    UNSAFE_IN_JSON,
    character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return `${json}\n`
}

/** A unified diff for a terminal: each line's control characters escaped. */
export function renderDiffText(diff: string): string {
  return diff.split('\n').map(escapeTerminalLine).join('\n')
}

// Workload shapes and byte maps are internal; JSON output carries what a user reads.
function jsonReplacer(key: string, value: unknown): unknown {
  return key === 'shape' ? undefined : value
}

const STATUS_MARKS: Record<WorkloadResult['status'], string> = {
  current: 'ok     ',
  missing: 'MISSING',
  stale: 'STALE  ',
  ignored: 'ignored',
  job: 'job    ',
  'no-tracked-config': '-      '
}

/**
 * What the text report prints of a Report, escaped for a terminal: escaping only this (not the
 * references' values and shapes a large repository has megabytes of) keeps the text quick.
 */
interface PrintedReport {
  files: number
  roots: number
  summary: string
  coverage: Report['coverage']['counts']
  problems: Problem[]
  workloads: {
    kind: string
    namespace: string
    name: string
    status: WorkloadResult['status']
    desiredHash: string | undefined
    root: string
    /** Where the workload is written: file, line, document, and the annotations' path. */
    source: { file: string; line: number; document: number } | undefined
    annotationsPath: string
    uncovered: { kind: string; name: string; optional: boolean; coverage: Uncovered }[]
  }[]
}

type Uncovered = Exclude<ResolvedReference['coverage'], 'git-hash'>

function printed(report: Report): PrintedReport {
  return escapeStrings(
    {
      files: report.files,
      roots: report.roots.length,
      summary: report.discovery.summary,
      coverage: report.coverage.counts,
      problems: report.problems,
      workloads: report.workloads.map(workload => ({
        kind: workload.kind,
        namespace: workload.namespace,
        name: workload.name,
        status: workload.status,
        desiredHash: workload.desiredHash,
        root: workload.root,
        source: workload.source && {
          file: workload.source.file,
          line: workload.source.line,
          document: workload.source.document
        },
        annotationsPath: workload.shape.annotationsPath.join('.'),
        uncovered:
          workload.status === 'ignored'
            ? []
            : workload.references.flatMap(({ kind, name, optional, coverage }) =>
                coverage === 'git-hash' ? [] : [{ kind, name, optional, coverage }]
              )
      }))
    },
    escapeTerminal
  )
}

export function renderReportText(unsafeReport: Report): string {
  const report = printed(unsafeReport)
  const lines = [
    `Read ${report.files} YAML files in ${report.roots} roots: ${report.workloads.length} workloads.`,
    report.summary,
    '',
    ...renderWorkloads(report.workloads),
    ...renderCoverage(report.coverage),
    ...renderProblems(report.problems),
    renderSummary(report)
  ]
  return `${lines.join('\n')}\n`
}

export function renderFixText(unsafeChanges: readonly FileChange[], unsafeAfter: Report): string {
  const changes = escapeStrings(unsafeChanges, escapeTerminal)
  const after = printed(unsafeAfter)
  const written =
    changes.length === 0
      ? ['Nothing to write: every annotation is current.']
      : [
          `Wrote ${changes.length} file${changes.length === 1 ? '' : 's'}:`,
          ...changes.map(change => `  ${change.file}`)
        ]
  return `${[...written, '', ...renderProblems(after.problems), renderSummary(after)].join('\n')}\n`
}

const COVERAGE_PHRASES: readonly [ResolvedReference['coverage'], string][] = [
  ['git-hash', 'restarted by the Git hash'],
  ['kustomize-suffix', "restarted by kustomize's name suffix"],
  ['chart-checksum', "restarted by the chart's checksum"],
  ['reloader', 'restarted by Reloader'],
  ['untrackable', 'NOT COVERED (made in the cluster)'],
  ['not-in-git', 'NOT COVERED (not in Git)'],
  ['not-selected', 'not selected'],
  ['missing', 'not found'],
  ['no-restart-needed', 'pull secrets (no restart needed)']
]

/** One line: how many references each mechanism restarts, and how many nothing restarts. */
function renderCoverage(counts: PrintedReport['coverage']): string[] {
  const parts = COVERAGE_PHRASES.flatMap(([kind, phrase]) => {
    const count = counts[kind] ?? 0
    return count > 0 ? [`${count} ${phrase}`] : []
  })
  if (parts.length === 0) return []
  return [`Coverage of config references: ${parts.join(', ')}.`, '']
}

/** `lint`: the lint findings alone, then one line that counts them. */
export function renderLintText(unsafeReport: LintReport): string {
  const report = escapeStrings(unsafeReport, escapeTerminal)
  const count = (severity: Problem['severity']) =>
    report.problems.filter(p => p.severity === severity).length
  const summary =
    report.problems.length === 0
      ? `Read ${report.files} YAML files: no lint findings.`
      : `Read ${report.files} YAML files: ${(['error', 'warning', 'note'] as const).map(severity => plural(count(severity), severity)).join(', ')}.`
  return `${[...renderProblems(report.problems), summary].join('\n')}\n`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function renderWorkloads(workloads: PrintedReport['workloads']): string[] {
  if (workloads.length === 0) return []
  const rows = workloads.map(workload => {
    const where = workload.source
      ? `${workload.source.file}:${workload.source.line}`
      : '(generated)'
    const hash = workload.desiredHash ?? ''
    const name = `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ''}${workload.name}`
    const row = `  ${STATUS_MARKS[workload.status]}  ${name.padEnd(40)} ${hash.padEnd(24)} ${workload.root}  ${where}`
    return [row, ...coverageLines(workload)].join('\n')
  })
  return ['Workloads (status, name, config hash, root, source):', ...rows, '']
}

const COVERAGE_WORDS: Record<Uncovered, string> = {
  'kustomize-suffix': 'handled by kustomize (its name-suffix hash renames it on every change)',
  untrackable:
    'NOT COVERED: made in the cluster, Git cannot see it change; add a Reloader annotation for it',
  'not-in-git': 'made from files Git does not track: left out of the hash',
  'chart-checksum': "made by the chart, restarted by the chart's checksum annotation",
  reloader: 'not trackable from Git; restarted by Stakater Reloader (its annotation watches it)',
  'not-selected': 'not watched by a Reloader annotation (--selection reloader): not hashed',
  missing: 'not found',
  'no-restart-needed': 'image pull secret: no restart needed'
}

/** What the hash does not cover, and why, under the workload it concerns. */
function coverageLines(workload: PrintedReport['workloads'][number]): string[] {
  const seen = new Set<string>()
  return workload.uncovered.flatMap(reference => {
    const line = `             ${reference.kind} ${reference.name}${reference.optional && reference.coverage === 'missing' ? ' (optional)' : ''}: ${COVERAGE_WORDS[reference.coverage]}`
    if (seen.has(line)) return []
    seen.add(line)
    return [line]
  })
}

function renderProblems(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return []
  return [
    'Findings:',
    ...problems.map(
      p =>
        `  ${p.file}:${p.line}${p.column ? `:${p.column}` : ''}  ${p.severity}  ${p.rule}  ${p.message}`
    ),
    ''
  ]
}

function renderSummary(report: PrintedReport): string {
  const count = (status: WorkloadResult['status']) =>
    new Set(
      report.workloads
        .filter(w => w.status === status)
        .map(w => `${w.source?.file}#${w.source?.document}#${w.annotationsPath}`)
    ).size
  const missing = count('missing')
  const stale = count('stale')
  const errors = report.problems.filter(p => p.severity === 'error').length
  if (missing + stale === 0 && errors === 0)
    return 'Clean: every workload that reads config from Git carries its current hash.'
  const pending = `${missing} missing and ${stale} stale config-hash annotation${missing + stale === 1 ? '' : 's'}`
  return `${pending}, ${errors} error${errors === 1 ? '' : 's'} in all. Run 'gitops-reloader fix' to write the annotations.`
}

/** The built objects as one YAML stream, in order, like `kubectl kustomize` prints them. */
export function renderBuild(objects: readonly unknown[]): string {
  // Floats as kubectl kustomize prints them (2e-07, not 2.e-7).
  const options = { lineWidth: -1, noRefs: true, schema: kustomizeOutputSchema }
  return objects.map(object => dump(object, options)).join('---\n')
}

export interface RootsListing {
  discovery: Report['discovery']
  roots: RootSummary[]
  /** flux-unresolved findings: Flux Kustomizations that are no root, and why. */
  unresolved: Problem[]
  /** flux-source-inferred notes: sources taken to be built from a folder of this repository. */
  inferred: Problem[]
}

export function renderRoots(unsafeListing: RootsListing): string {
  const listing = escapeStrings(unsafeListing, escapeTerminal)
  const rows = listing.roots.map(root => {
    const interval = root.interval ? `every ${root.interval}` : ''
    return `  ${root.id}\n    builds ${root.path ?? '(plain files)'}, ${root.resources} resources ${interval}\n    declared at ${root.declaredAt}`
  })
  const found = (problems: readonly Problem[]) =>
    problems.map(p => `  ${p.file}:${p.line}\n    ${p.message}`)
  const sections = [
    listing.discovery.summary,
    `${listing.roots.length} roots:`,
    ...rows,
    ...(listing.unresolved.length > 0
      ? [
          `${listing.unresolved.length} unresolved Flux Kustomizations:`,
          ...found(listing.unresolved)
        ]
      : []),
    ...(listing.inferred.length > 0
      ? ['Sources inferred from workflows:', ...found(listing.inferred)]
      : [])
  ]
  return `${sections.join('\n')}\n`
}
