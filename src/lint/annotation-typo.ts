import type { Problem } from '../engine/findings.js'
import { kindOf } from '../engine/objects.js'
import { isObject } from '../shared/objects.js'
import type { PathSegment } from '../yaml-edit/index.js'
import type { LintDocument, LintInput, LintResult } from './types.js'
import { findingAt } from './where.js'

/** The annotation keys Stakater Reloader reads or writes (docs/rules.md#reloader-annotation-typo-warning). */
export const RELOADER_ANNOTATIONS = [
  'reloader.stakater.com/auto',
  'configmap.reloader.stakater.com/auto',
  'secret.reloader.stakater.com/auto',
  'secretproviderclass.reloader.stakater.com/auto',
  'configmap.reloader.stakater.com/reload',
  'secret.reloader.stakater.com/reload',
  'secretproviderclass.reloader.stakater.com/reload',
  'configmaps.exclude.reloader.stakater.com/reload',
  'secrets.exclude.reloader.stakater.com/reload',
  'secretproviderclasses.exclude.reloader.stakater.com/reload',
  'reloader.stakater.com/search',
  'reloader.stakater.com/match',
  'reloader.stakater.com/ignore',
  'reloader.stakater.com/rollout-strategy',
  'reloader.stakater.com/last-reloaded-from',
  'deployment.reloader.stakater.com/pause-period',
  'deployment.reloader.stakater.com/paused-at'
] as const

const KNOWN = new Set<string>(RELOADER_ANNOTATIONS)
/** At most this many edits from a known key is a misspelling of it. */
const MAX_DISTANCE = 3
const RELOADER_DOMAIN = 'stakater.com/'
const POD_TEMPLATES: readonly (readonly string[])[] = [
  ['spec', 'template', 'metadata', 'annotations'],
  ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'annotations']
]

/**
 * A key that is not a Reloader annotation but is at most three edits from one (or is in
 * Reloader's domain), where Reloader reads annotations: any object's metadata.annotations (a
 * ConfigMap's `match` too), pod templates, and anywhere inside a HelmRelease's inline values
 * (charts copy them to the workloads). Every document of the repository is read, as written,
 * so a misspelling in a patch or in a file no root applies is found too.
 */
export function annotationTypos(input: LintInput): LintResult {
  const problems: Problem[] = []
  for (const document of input.documents) {
    if (!isObject(document.value)) continue
    visitAnnotationKeys(document.value, (key, path) => {
      const message = typoMessage(key)
      if (message)
        problems.push(
          findingAt(input, 'reloader-annotation-typo', sourceOf(document), [...path], message)
        )
    })
  }
  return { problems, edits: [] }
}

function sourceOf(document: LintDocument) {
  return { file: document.file, document: document.index }
}

type KeyVisitor = (key: string, path: readonly PathSegment[]) => void

/**
 * Calls `visit` with each key where Reloader reads annotations and its path in the document.
 * The path is one array pushed and popped as the walk goes (copy it to keep it): HelmRelease
 * values are large and few keys are findings.
 */
function visitAnnotationKeys(object: Record<string, unknown>, visit: KeyVisitor): void {
  for (const path of [['metadata', 'annotations'], ...POD_TEMPLATES]) {
    const map = at(object, path)
    if (isObject(map)) for (const key of Object.keys(map)) visit(key, [...path, key])
  }
  if (kindOf(object) === 'HelmRelease')
    visitKeys(at(object, ['spec', 'values']), ['spec', 'values'], visit)
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) current = isObject(current) ? current[key] : undefined
  return current
}

function visitKeys(value: unknown, path: PathSegment[], visit: KeyVisitor): void {
  if (path.length > 64) return
  if (Array.isArray(value))
    for (let index = 0; index < value.length; index++) {
      path.push(index)
      visitKeys(value[index], path, visit)
      path.pop()
    }
  if (!isObject(value)) return
  const keys = Object.keys(value)
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    path.push(key)
    visit(key, path)
    visitKeys(value[key], path, visit)
    path.pop()
  }
}

/** What to say about a key, if it looks like a Reloader annotation but is none. */
export function typoMessage(key: string): string | undefined {
  if (KNOWN.has(key) || !key.includes('/')) return undefined
  const nearest = nearestKnown(key)
  if (nearest && nearest.distance <= MAX_DISTANCE)
    return `'${key}' is not an annotation Stakater Reloader reads: did you mean '${nearest.key}'? As written, Reloader ignores it`
  if (!key.toLowerCase().includes(RELOADER_DOMAIN)) return undefined
  return `'${key}' is in Stakater Reloader's domain but is no annotation it reads, so Reloader ignores it; it reads ${RELOADER_ANNOTATIONS.filter(known => !known.endsWith('/paused-at') && !known.endsWith('/last-reloaded-from')).join(', ')}`
}

function nearestKnown(key: string): { key: string; distance: number } | undefined {
  let best: { key: string; distance: number } | undefined
  const limit = key.toLowerCase().includes(RELOADER_DOMAIN) ? Infinity : MAX_DISTANCE
  for (const known of RELOADER_ANNOTATIONS) {
    const distance = editDistance(key, known, Math.min(limit, best?.distance ?? Infinity))
    if (distance !== undefined && (!best || distance < best.distance))
      best = { key: known, distance }
  }
  return best
}

/**
 * Levenshtein distance (insertions, deletions, substitutions), or undefined when it exceeds
 * `limit`: most keys are far from every Reloader key, and are dismissed by their length alone.
 */
export function editDistance(a: string, b: string, limit = Infinity): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > limit) return undefined
    previous = current
  }
  const distance = previous[b.length]!
  return distance <= limit ? distance : undefined
}
