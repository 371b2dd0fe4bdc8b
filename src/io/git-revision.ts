import { spawnSync } from 'node:child_process'
import { problem } from '../engine/index.js'
import type { Problem, Repository } from '../engine/index.js'
import type { Landing } from '../plan/index.js'
import { MAX_FILE_BYTES, strictUtf8 } from './limits.js'
import { startParallelParser } from './parallel-parse.js'

/** A revision that does not name a commit, or a folder outside any Git repository: exit 2. */
export class RevisionError extends Error {}

/** A folder of the repository as it is at one commit, read from Git's objects alone. */
export interface RevisionRepository extends Repository {
  /** The full SHA of the commit. */
  readonly sha: string
  readonly problems: Problem[]
}

/**
 * Files read in the one `git cat-file --batch` call: what the engine parses anyway, and every
 * other small file (generator sources such as `.env` files), which one process per file would
 * make slow. Larger files are read when asked for.
 */
const YAML_FILE = /(?:\.ya?ml|(?:^|\/)Kustomization)$/
const BATCHED_OTHER_BYTES = 256 * 1024
const SKIPPED_SEGMENT = /(?:^|\/)node_modules(?:\/|$)/

interface TreeEntry {
  path: string
  oid: string
  size: number
}

/**
 * The files below `directory` as they are at `rev`, read from the Git objects of that commit:
 * no checkout, and neither the work tree nor the index is touched. Paths are relative to
 * `directory`, which may be a subfolder of the work tree. YAML files are read at once in one
 * `git cat-file --batch`, any other file when asked for. A symbolic link or a submodule is
 * skipped with a problem; a file that is not valid UTF-8 is unreadable, as in a work tree.
 */
export function readRevision(
  directory: string,
  rev: string
): { repository: RevisionRepository; sha: string } {
  const prefix = prefixOf(directory)
  const sha = resolveCommit(directory, rev)
  const problems: Problem[] = []
  const entries = new Map<string, TreeEntry>()
  for (const entry of listTree(directory, sha, prefix)) {
    const path = entry.path.slice(prefix.length)
    if (SKIPPED_SEGMENT.test(path)) continue
    if (entry.mode === '120000')
      problems.push(unreadable(path, 'a symbolic link; plan does not follow links at a revision'))
    else if (entry.mode === '160000')
      problems.push(unreadable(path, 'a submodule; plan does not read submodules'))
    else if (entry.type !== 'blob') continue
    else if (entry.size > MAX_FILE_BYTES)
      problems.push(unreadable(path, 'larger than 16 MB; it is skipped'))
    else entries.set(path, { path, oid: entry.oid, size: entry.size })
  }
  const texts = new Map<string, string | undefined>()
  const batched = [...entries.values()].filter(
    entry => YAML_FILE.test(entry.path) || entry.size <= BATCHED_OTHER_BYTES
  )
  const blobs = readBlobs(directory, batched)
  // Decoded when read, as in a work tree: an unread binary file is no problem.
  const bytesOf = (entry: TreeEntry) => blobs.get(entry.oid) ?? readBlob(directory, entry.oid)
  const repository: RevisionRepository = {
    sha,
    files: [...entries.keys()].sort(),
    problems,
    isCommitted: path => entries.has(path),
    readFile(path) {
      if (!texts.has(path)) {
        const entry = entries.get(path)
        texts.set(path, entry && decode(path, bytesOf(entry), problems))
      }
      return texts.get(path)
    },
    startParser: startParallelParser
  }
  return { repository, sha }
}

/**
 * How the change from `base` to `head` lands, from the commits between them: a merge commit
 * whose first parent is base, a single commit (a squash or one direct push), or a range.
 */
export function describeLanding(directory: string, base: string, head: string): Landing {
  const baseSha = resolveCommit(directory, base)
  const headSha = resolveCommit(directory, head)
  const parents = git(directory, ['rev-list', '--parents', '-n', '1', headSha])
    .trim()
    .split(' ')
    .slice(1)
  if (parents.length > 1 && parents[0] === baseSha)
    return { kind: 'merge-commit', base: baseSha, head: headSha, commit: headSha }
  const between = git(directory, ['rev-list', '--parents', `${baseSha}..${headSha}`])
    .split('\n')
    .filter(Boolean)
  if (between.length === 1 && parents.length === 1 && parents[0] === baseSha)
    return { kind: 'single-commit', base: baseSha, head: headSha, commit: headSha }
  const merges = between.filter(line => line.split(' ').length > 2).length
  return { kind: 'range', base: baseSha, head: headSha, commits: between.length, merges }
}

/** The folder's path below the top of its work tree, with a final '/', or ''. */
function prefixOf(directory: string): string {
  const result = run(directory, ['rev-parse', '--show-prefix'])
  if (result.status !== 0)
    throw new RevisionError(
      `'${directory}' is not inside a Git work tree; plan reads revisions from Git`
    )
  return result.stdout.toString('utf8').replace(/\n$/, '')
}

function resolveCommit(directory: string, rev: string): string {
  // A revision that starts with '-' would be read as an option.
  const result = rev.startsWith('-')
    ? undefined
    : run(directory, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
  if (!result || result.status !== 0)
    throw new RevisionError(`unknown revision '${rev}': it names no commit of this repository`)
  return result.stdout.toString('utf8').trim()
}

interface ListedEntry {
  mode: string
  type: string
  oid: string
  size: number
  path: string
}

function listTree(directory: string, sha: string, prefix: string): ListedEntry[] {
  const args = ['ls-tree', '-r', '-z', '-l', '--full-tree', sha]
  if (prefix) args.push('--', prefix)
  return git(directory, args)
    .split('\0')
    .filter(Boolean)
    .map(line => {
      const tab = line.indexOf('\t')
      const [mode = '', type = '', oid = '', size = ''] = line.slice(0, tab).split(/ +/)
      return { mode, type, oid, size: Number(size) || 0, path: line.slice(tab + 1) }
    })
}

/** Every blob's bytes in one `git cat-file --batch`, by object id. */
function readBlobs(directory: string, entries: readonly TreeEntry[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>()
  const oids = [...new Set(entries.map(entry => entry.oid))]
  if (oids.length === 0) return blobs
  const expected = entries.reduce((sum, entry) => sum + entry.size + 100, 0)
  const result = run(directory, ['cat-file', '--batch'], `${oids.join('\n')}\n`, expected)
  if (result.status !== 0) throw new Error(`git cat-file --batch failed: ${result.stderr}`)
  const output = result.stdout
  let at = 0
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at)
    const [oid = '', type, size] = output.subarray(at, newline).toString('latin1').split(' ')
    if (type === 'missing' || size === undefined) {
      at = newline + 1
      continue
    }
    const start = newline + 1
    const end = start + Number(size)
    blobs.set(oid, output.subarray(start, end))
    at = end + 1
  }
  return blobs
}

function readBlob(directory: string, oid: string): Buffer | undefined {
  const result = run(directory, ['cat-file', 'blob', oid], undefined, MAX_FILE_BYTES)
  return result.status === 0 ? result.stdout : undefined
}

function decode(path: string, bytes: Buffer | undefined, problems: Problem[]): string | undefined {
  if (bytes === undefined) {
    problems.push(unreadable(path, 'cannot read the file from Git'))
    return undefined
  }
  try {
    return strictUtf8.decode(bytes)
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length
    problems.push(unreadable(path, 'is not valid UTF-8; it is skipped', line))
    return undefined
  }
}

function unreadable(path: string, message: string, line = 1): Problem {
  return problem('file-unreadable', path, line, message)
}

function git(directory: string, args: string[]): string {
  const result = run(directory, args)
  if (result.status !== 0)
    throw new Error(`git ${args[0]} failed: ${result.stderr.toString('utf8').trim()}`)
  return result.stdout.toString('utf8')
}

/**
 * Git with no optional locks (nothing refreshes the index) and literal pathspecs (a folder
 * named with `*` or `:` means itself).
 */
function run(directory: string, args: string[], input?: string, expected = 0) {
  const result = spawnSync('git', args, {
    cwd: directory,
    input,
    maxBuffer: Math.max(64 * 1024 * 1024, expected + 1024 * 1024),
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1' }
  })
  if (result.error) throw result.error
  return result
}
