import { spawnSync } from 'node:child_process'

/** Runs git in the work tree actions/checkout made; undefined when it fails. */
function git(directory: string, args: readonly string[]): string | undefined {
  const result = spawnSync('git', args, {
    cwd: directory,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return result.status === 0 ? result.stdout.trim() : undefined
}

function hasCommit(directory: string, sha: string): boolean {
  return git(directory, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined
}

/**
 * Makes sure the commit is in the local object store: a shallow checkout (fetch-depth 1) may
 * lack a pull request's head or base. Reads objects only; the work tree and index stay as they are.
 */
export function ensureCommit(directory: string, sha: string, refs: readonly string[] = []): void {
  if (hasCommit(directory, sha)) return
  for (const source of [sha, ...refs]) {
    git(directory, ['fetch', '--no-tags', '--quiet', 'origin', source])
    if (hasCommit(directory, sha)) return
  }
  throw new Error(
    `cannot fetch commit ${sha} from origin; use actions/checkout with fetch-depth: 0`
  )
}

/** The commit a branch points at on origin now, fetched into the object store. */
export function fetchBranchHead(directory: string, branch: string): string | undefined {
  if (
    git(directory, ['fetch', '--no-tags', '--quiet', 'origin', `refs/heads/${branch}`]) ===
    undefined
  )
    return undefined
  return git(directory, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])
}

/** The folder's path from the top of the work tree ('' for the top), as Git paths spell it. */
export function prefixInRepository(directory: string): string {
  return git(directory, ['rev-parse', '--show-prefix']) ?? ''
}

/** Where the pull request's branch left its base: the plan shows only what the pull request changes. */
export function mergeBase(directory: string, base: string, head: string): string {
  return git(directory, ['merge-base', base, head]) ?? base
}
