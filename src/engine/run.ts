import { setScalars } from '../yaml-edit/index.js'
import type { SetScalar } from '../yaml-edit/index.js'
import { analyzeRoot, qualifiedName, workloadProblems } from './analyze.js'
import type { WorkloadResult } from './analyze.js'
import { problem } from './findings.js'
import type { Problem } from './findings.js'
import { readManifests } from './manifests.js'
import { discoverRoots } from './roots.js'
import type { Root } from './roots.js'
import type { Repository } from './repository.js'
import { annotationPath } from './workloads.js'

export interface Options {
  /** Reserved for `--selection reloader`; the default selects every workload reading Git config. */
  selection?: 'default'
}

export interface Report {
  roots: { id: string; kind: Root['kind']; resources: number }[]
  workloads: WorkloadResult[]
  problems: Problem[]
  /** Number of YAML files read. */
  files: number
}

/** A whole new text for a file; the adapter writes it atomically. */
export interface FileChange {
  file: string
  before: string
  after: string
}

export function check(repository: Repository, options: Options = {}): Report {
  return analyzeRepository(repository, options).report
}

function analyzeRepository(
  repository: Repository,
  _options: Options
): { report: Report; placement: Placement } {
  const manifests = readManifests(repository)
  const roots = discoverRoots(repository, manifests)
  const workloads = roots.flatMap(root => analyzeRoot(root, manifests.lineOf))
  const placements = placeHashes(workloads)
  const problems = [
    ...manifests.problems,
    ...roots.flatMap(root => root.problems),
    ...dedupe(workloads.flatMap(workloadProblems)),
    ...placements.conflicts
  ]
  const report = {
    roots: roots.map(root => ({ id: root.id, kind: root.kind, resources: root.resources.length })),
    workloads,
    problems: sortProblems(problems),
    files: manifests.files.size
  }
  return { report, placement: placements }
}

export interface FixResult {
  report: Report
  changes: FileChange[]
  problems: Problem[]
}

/** Computes the new text of every file whose annotations are missing or stale. Writes nothing. */
export function fix(repository: Repository, options: Options = {}): FixResult {
  const { report, placement: placements } = analyzeRepository(repository, options)
  const editsByFile = new Map<string, SetScalar[]>()
  for (const placement of placements.edits) {
    const edits = editsByFile.get(placement.file) ?? []
    edits.push(placement.edit)
    editsByFile.set(placement.file, edits)
  }
  const changes: FileChange[] = []
  const problems: Problem[] = []
  for (const [file, edits] of editsByFile) {
    const before = repository.readFile(file) ?? ''
    const outcome = setScalars(before, edits)
    if (!outcome.ok)
      problems.push({
        ...problem('write-refused', file, outcome.line, outcome.message),
        column: outcome.column
      })
    else if (outcome.changed) changes.push({ file, before, after: outcome.text })
  }
  return { report, changes, problems }
}

interface Placement {
  edits: { file: string; edit: SetScalar }[]
  conflicts: Problem[]
}

/**
 * One source document may feed several roots. Where they all want the same hash it is written
 * into the document; where they disagree the document cannot hold both, which is reported.
 */
function placeHashes(workloads: readonly WorkloadResult[]): Placement {
  const bySource = new Map<string, WorkloadResult[]>()
  for (const workload of workloads) {
    if (!workload.source || !workload.desiredHash || !workload.shape.annotatable) continue
    if (workload.status === 'ignored') continue
    const key = `${workload.source.file}#${workload.source.document}`
    bySource.set(key, [...(bySource.get(key) ?? []), workload])
  }
  const placement: Placement = { edits: [], conflicts: [] }
  for (const sharing of bySource.values()) {
    const first = sharing[0]
    if (!first?.source || !first.desiredHash) continue
    const hashes = new Set(sharing.map(workload => workload.desiredHash))
    if (hashes.size > 1) {
      placement.conflicts.push(conflict(sharing))
      continue
    }
    if (sharing.every(workload => workload.status === 'current')) continue
    placement.edits.push({
      file: first.source.file,
      edit: {
        document: first.source.document,
        path: annotationPath(first.shape),
        value: first.desiredHash
      }
    })
  }
  return placement
}

function conflict(sharing: readonly WorkloadResult[]): Problem {
  const first = sharing[0] as WorkloadResult & { source: NonNullable<WorkloadResult['source']> }
  const perRoot = sharing.map(workload => `${workload.root}: ${workload.desiredHash}`).join(', ')
  return problem(
    'config-hash-conflict',
    first.source.file,
    first.source.line,
    `${first.kind} ${qualifiedName(first)} is shared by roots that give it different config (${perRoot}); one document cannot hold every hash`
  )
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter(p => {
    const key = `${p.rule}|${p.file}|${p.line}|${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule)
  )
}
