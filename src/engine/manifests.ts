import { posix } from 'node:path'
import { parseYamlFile } from './parse.js'
import type { ParsedFile, ParseJob } from './parse.js'
import { problem } from './findings.js'
import type { Problem } from './findings.js'
import type { Repository } from './repository.js'

/** Every parsed YAML file of a repository, and the same documents keyed for kustomize-lite. */
export interface ManifestSet {
  files: ReadonlyMap<string, ParsedFile>
  /** path -> documents by index (an unparsable document is undefined), shared with every build. */
  documentCache: Map<string, unknown[]>
  problems: Problem[]
  lineOf(file: string, document: number): number
}

export function readManifests(repository: Repository): ManifestSet {
  const files = new Map<string, ParsedFile>()
  const documentCache = new Map<string, unknown[]>()
  const lines = new Map<string, number[]>()
  const chartDirectories = helmChartDirectories(repository.files)
  const unreadable: Problem[] = []
  const yamlFiles = repository.files.filter(
    file => isYamlFile(file) && !isHelmChartTemplate(file, chartDirectories)
  )
  const parser = repository.startParser?.(yamlFiles.length)
  const jobs: ParseJob[] = []
  for (const file of yamlFiles) {
    const text = repository.readFile(file)
    if (text === undefined) {
      // A work tree reports why it could not read a file; other repositories cannot say.
      if (!repository.problems)
        unreadable.push(problem('file-unreadable', file, 1, 'cannot read the file; it is skipped'))
      continue
    }
    jobs.push({ file, text })
  }
  const parsedInParallel = parser?.parse(jobs)
  jobs.forEach(({ file, text }, index) => {
    const parsed = parsedInParallel?.[index] ?? parseYamlFile(file, text)
    files.set(file, parsed)
    const byIndex: unknown[] = []
    const linesByIndex: number[] = []
    for (const document of parsed.documents) {
      byIndex[document.index] = document.value
      linesByIndex[document.index] = document.line
    }
    documentCache.set(file, byIndex)
    lines.set(file, linesByIndex)
  })
  return {
    files,
    documentCache,
    problems: [...unreadable, ...[...files.values()].flatMap(parsed => parsed.problems)],
    lineOf: (file, document) => lines.get(file)?.[document] ?? 1
  }
}

export function isYamlFile(file: string): boolean {
  return file.endsWith('.yaml') || file.endsWith('.yml') || posix.basename(file) === 'Kustomization'
}

function helmChartDirectories(files: readonly string[]): Set<string> {
  return new Set(
    files.filter(file => posix.basename(file) === 'Chart.yaml').map(file => posix.dirname(file))
  )
}

/** Helm chart templates are Go templates, not YAML, and Flux never applies them as manifests. */
function isHelmChartTemplate(file: string, chartDirectories: ReadonlySet<string>): boolean {
  const parts = file.split('/')
  return parts.some(
    (part, index) =>
      part === 'templates' && chartDirectories.has(parts.slice(0, index).join('/') || '.')
  )
}
