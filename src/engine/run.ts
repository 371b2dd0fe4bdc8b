import { CONFIG_HASH_ANNOTATION } from './workloads.js'
import { appendItems, locate, setScalars } from '../yaml-edit/index.js'
import { LINT_RULES, runLintRules } from '../lint/index.js'
import type { LintInput } from '../lint/index.js'
import type { EditOutcome } from '../yaml-edit/index.js'
import { coverageMap } from './coverage.js'
import type { CoverageMap } from './coverage.js'
import { analyzeRoot, qualifiedName, sourceFinder, workloadProblems } from './analyze.js'
import type { Selection } from './analyze.js'
import type { WorkloadResult } from './analyze.js'
import { problem } from './findings.js'
import { groupBy, uniqueBy } from '../shared/collections.js'
import type { Problem } from './findings.js'
import { readManifests } from './manifests.js'
import type { ManifestSet } from './manifests.js'
import { isObject } from '../shared/objects.js'
import { parseYamlFile } from './parse.js'
import { placeHashes } from './placement.js'
import type { Placement, PlannedEdit } from './placement.js'
import type { Repository } from './repository.js'
import { discoverRoots, kustomizationFileOf } from './roots.js'
import type { Discovery, DiscoveryOptions, Root } from './roots.js'

export interface RootSummary {
  id: string
  kind: Root['kind']
  declaredAt: string
  path: string | undefined
  interval: string | undefined
  resources: number
}

export interface Report {
  /** Where the roots come from: Flux Kustomizations, or kustomize roots when there is none. */
  discovery: Discovery
  roots: RootSummary[]
  workloads: WorkloadResult[]
  /** How each reference is restarted when its config changes, and what nothing restarts. */
  coverage: CoverageMap
  problems: Problem[]
  /** Number of YAML files read. */
  files: number
}

/** A whole new text for a file (`before` is undefined for a new file); the adapter writes it atomically. */
export interface FileChange {
  file: string
  before: string | undefined
  after: string
}

/**
 * Receives fix's changes as they are made, so that each can be written while the next one is
 * computed: `expect` first, with how many files fix may change, then each change.
 */
export interface ChangeSink {
  expect(files: number): void
  add(change: FileChange): void
}

export interface FixResult {
  report: Report
  changes: FileChange[]
  problems: Problem[]
  /**
   * The report's findings that the changes do not repair, at their lines in the files as read:
   * a change that was produced repairs the hash findings of the workloads placed in it and the
   * reloadStrategy findings of the HelmReleases it edits; a refused file keeps its findings.
   */
  remaining: Problem[]
  /** The report's workloads whose hash the changes write (current once they are written). */
  repaired: WorkloadResult[]
}

/** How to read the repository: plain data, never a path or the environment. */
export interface CheckOptions extends DiscoveryOptions {
  /** `reloader`: hash only what Stakater Reloader's annotations watch (default `all`). */
  selection?: Selection
  /** The annotation key that holds the hash (default `gitops-reloader/config-hash`). */
  annotationKey?: string
}

export function check(repository: Repository, options: CheckOptions = {}): Report {
  return analyzeRepository(repository, options).report
}

/** The report and the built roots behind it, for callers that compare two revisions. */
export function inspect(
  repository: Repository,
  options: CheckOptions = {}
): { report: Report; roots: Root[] } {
  const { report, roots } = analyzeRepository(repository, options)
  return { report, roots }
}

/** Computes the new text of every file whose annotations are missing or stale. Writes nothing. */
export function fix(
  repository: Repository,
  options: CheckOptions = {},
  sink?: ChangeSink
): FixResult {
  const { report, placement, roots } = analyzeRepository(repository, options)
  const changes: FileChange[] = []
  const problems: Problem[] = []
  const refused = new Set<string>()
  const editsByFile = groupBy(placement.edits, edit => edit.file)
  sink?.expect(editsByFile.size)
  for (const [file, edits] of editsByFile) {
    const before = repository.readFile(file)
    const outcome = applyEdits(file, before, edits)
    if (!outcome.ok) {
      refused.add(file)
      problems.push({
        ...problem('write-refused', file, outcome.line, outcome.message),
        column: outcome.column
      })
    } else if (outcome.text !== before) {
      const change = { file, before, after: outcome.text }
      changes.push(change)
      sink?.add(change)
    }
  }
  const repaired = repairedWorkloads(report, placement, roots, refused)
  const changed = new Set(changes.map(change => change.file))
  const repairedFindings = new Set(
    repaired.flatMap(workload =>
      workloadProblems(workload)
        .filter(p => p.rule === 'config-hash-missing' || p.rule === 'config-hash-stale')
        .map(findingKey)
    )
  )
  const remaining = report.problems.filter(
    p =>
      !repairedFindings.has(findingKey(p)) &&
      // Every HelmRelease of the reloader chart found without the strategy gets the edit.
      !(
        p.rule === 'reloader-reload-strategy' &&
        p.message.startsWith('HelmRelease ') &&
        changed.has(p.file)
      )
  )
  return { report, changes, problems, remaining, repaired }
}

const findingKey = (p: Problem) => `${p.rule}|${p.file}|${p.line}|${p.message}`

/**
 * The workloads missing or stale whose hash placement wrote: all of a source's workloads unless
 * the source has a config-hash-conflict (then none), and none whose source file, or a patch
 * file in its root's overlay folder, was refused.
 */
function repairedWorkloads(
  report: Report,
  placement: Placement,
  roots: readonly Root[],
  refused: ReadonlySet<string>
): WorkloadResult[] {
  const overlays = new Map(roots.map(root => [root.id, root.overlayDirectory]))
  const inFolder = (file: string, folder: string | undefined) =>
    folder !== undefined &&
    file.slice(0, file.lastIndexOf('/') + 1) === (folder && folder !== '.' ? `${folder}/` : '')
  const placeable = report.workloads.filter(
    w =>
      (w.status === 'missing' || w.status === 'stale' || w.status === 'current') &&
      w.source !== undefined &&
      w.desiredHash !== undefined
  )
  // Files that hold a patch (in an overlay folder) rather than a workload's own annotations.
  const sourceFiles = new Set(placeable.map(w => w.source!.file))
  const refusedPatches = [...refused].filter(file => !sourceFiles.has(file))
  const sources = groupBy(
    placeable,
    w => `${w.source!.file}#${w.source!.document}#${w.shape.annotationsPath.join('.')}`
  )
  return [...sources.values()].flatMap(sharing => {
    const { file, line } = sharing[0]!.source!
    const conflicting = placement.conflicts.some(
      c =>
        c.rule === 'config-hash-conflict' &&
        c.file === file &&
        c.line === line &&
        sharing.some(w => c.message.startsWith(`${w.kind} ${qualifiedName(w)} is shared`))
    )
    if (conflicting) return []
    return sharing.filter(
      w =>
        w.status !== 'current' &&
        !refused.has(file) &&
        !refusedPatches.some(r => inFolder(r, overlays.get(w.root)))
    )
  })
}

function analyzeRepository(
  repository: Repository,
  options: CheckOptions
): { report: Report; placement: Placement; roots: Root[] } {
  const manifests = readManifests(repository)
  const { roots, unresolved, discovery } = discoverRoots(repository, manifests, options)
  const isCommitted = (file: string) => repository.isCommitted?.(file) ?? true
  const anywhere = sourceFinder(roots.flatMap(root => root.resources))
  const workloads = roots.flatMap(root =>
    analyzeRoot(root, {
      lineOf: manifests.lineOf,
      isCommitted,
      findSource: anywhere,
      selection: options.selection ?? 'all',
      hashKey: options.annotationKey ?? CONFIG_HASH_ANNOTATION
    })
  )
  const placement = placeHashes(workloads, placementContext(roots, manifests))
  const linted = runLintRules(lintInput(repository, manifests, roots, workloads, anywhere))
  const problems = [
    ...manifests.problems,
    ...(repository.problems ?? []),
    ...unresolved,
    ...roots.flatMap(root => root.problems),
    ...uniqueBy(
      workloads.flatMap(workloadProblems),
      p => `${p.rule}|${p.file}|${p.line}|${p.message}`
    ),
    ...placement.conflicts,
    ...linted.problems
  ]
  const report = {
    discovery,
    roots: roots.map(({ id, kind, declaredAt, path, interval, resources }) => ({
      id,
      kind,
      declaredAt,
      path,
      interval,
      resources: resources.length
    })),
    workloads,
    coverage: coverageMap(workloads),
    problems: sortProblems(problems),
    files: manifests.files.size
  }
  // The lint rules' repairs (Reloader's reloadStrategy) are written with the hashes, per file.
  return {
    report,
    placement: { ...placement, edits: [...placement.edits, ...linted.edits] },
    roots
  }
}

/** What `lint` reports: the lint rules' findings alone. */
export interface LintReport {
  problems: Problem[]
  /** Number of YAML files read. */
  files: number
}

const LINT_RULE_IDS: ReadonlySet<string> = new Set(LINT_RULES)

/** Runs the lint rules alone (`check` runs them too); the repository is analyzed the same way. */
export function lint(repository: Repository, options: CheckOptions = {}): LintReport {
  const { report } = analyzeRepository(repository, options)
  return {
    problems: report.problems.filter(found => LINT_RULE_IDS.has(found.rule)),
    files: report.files
  }
}

function lintInput(
  repository: Repository,
  manifests: ManifestSet,
  roots: readonly Root[],
  workloads: readonly WorkloadResult[],
  findSource: LintInput['findSource']
): LintInput {
  return {
    roots,
    workloads,
    documents: [...manifests.files].flatMap(([file, parsed]) =>
      parsed.documents.map(document => ({ file, ...document }))
    ),
    lineOf: manifests.lineOf,
    locate: (file, document, path) => {
      const text = repository.readFile(file)
      return text === undefined ? undefined : locate(text, document, path)
    },
    findSource
  }
}

function placementContext(roots: readonly Root[], manifests: ManifestSet) {
  const overlays = new Map(roots.map(root => [root.id, root.overlayDirectory]))
  return {
    overlayDirectoryOf: (rootId: string) => overlays.get(rootId),
    kustomizationFileOf: (directory: string) => kustomizationFileOf(directory, manifests),
    documentsOf: (file: string) => manifests.documentCache.get(file),
    sourceObject: (file: string, document: number) => {
      const value = manifests.documentCache.get(file)?.[document]
      return isObject(value) ? value : undefined
    }
  }
}

/** Scalar edits and list items go through yaml-edit; whole new patch documents are appended. */
function applyEdits(
  file: string,
  before: string | undefined,
  edits: readonly PlannedEdit[]
): EditOutcome {
  let text = before ?? ''
  const scalars = edits.flatMap(edit => (edit.kind === 'set' ? [edit.edit] : []))
  const items = edits.flatMap(edit => (edit.kind === 'append-item' ? [edit.edit] : []))
  const documents = edits.flatMap(edit => (edit.kind === 'append-document' ? [edit.text] : []))
  for (const step of [() => setScalars(text, scalars), () => appendItems(text, items)]) {
    const outcome = step()
    if (!outcome.ok) return outcome
    text = outcome.text
  }
  return documents.length > 0
    ? appendDocuments(file, text, documents)
    : { ok: true, text, changed: text !== before }
}

const PATCH_FILE_HEADER = [
  '# Written by gitops-reloader: the config hash of each workload whose base this overlay',
  "# shares with other overlays that give it different config. 'gitops-reloader fix' keeps it current.",
  ''
].join('\n')

function appendDocuments(file: string, text: string, documents: readonly string[]): EditOutcome {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const body = documents.join('---\n').replace(/\n/g, eol)
  const next =
    text.trim() === ''
      ? PATCH_FILE_HEADER.replace(/\n/g, eol) + body
      : `${text}${text.endsWith('\n') ? '' : eol}---${eol}${body}`
  const parsed = parseYamlFile(file, next)
  const firstProblem = parsed.problems[0]
  if (firstProblem)
    return {
      ok: false,
      message: firstProblem.message,
      line: firstProblem.line,
      column: firstProblem.column ?? 1
    }
  return { ok: true, text: next, changed: true }
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule)
  )
}
