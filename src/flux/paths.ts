import { posix } from 'node:path'

/**
 * A Flux `spec.path` inside its artifact, the way kustomize-controller joins it (securejoin): the
 * path is relative to the artifact root, may start with `./` or `/`, and cannot climb out of it.
 * The root is '.'.
 */
export function artifactPath(path: string | undefined): string {
  const segments: string[] = []
  for (const segment of (path ?? '').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return segments.length === 0 ? '.' : segments.join('/')
}

export function joinPaths(...paths: string[]): string {
  return artifactPath(posix.join(...paths.map(path => (path === '.' ? '' : path))))
}

/** `inner` relative to `outer` when it is `outer` or below it. */
export function relativeInside(outer: string, inner: string): string | undefined {
  if (outer === '.') return inner
  if (inner === outer) return '.'
  return inner.startsWith(outer + '/') ? inner.slice(outer.length + 1) : undefined
}
