import { spawnSync } from 'node:child_process'
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync
} from 'node:fs'
import { join, relative } from 'node:path'
import { problem } from '../engine/index.js'
import type { ChangeSink, FileChange, Problem, Repository } from '../engine/index.js'
import { writeFileAtomic } from './atomic-write.js'
import { startParallelParser } from './parallel-parse.js'
import { isInside, MAX_FILE_BYTES, strictUtf8 } from './limits.js'
import { parallelTask, startStream } from './parallel.js'
import type { TaskStream } from './parallel.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export type WriteOutcome = { ok: true } | { ok: false; message: string }

/** A directory on disk as a Repository, confined to it, and the one way to write into it. */
export interface WorkTree extends Repository {
  /** The real path of the directory. */
  readonly root: string
  readonly problems: Problem[]
  /**
   * Replaces a file's text atomically, through a symbolic link when the file is one, unless
   * the file no longer holds `expected` (it changed since it was read) or lies outside the root.
   */
  write(file: string, text: string, expected: string | undefined): WriteOutcome
}

/**
 * The files below `directory`, the way Flux's secure file system confines kustomize: a
 * symbolic link that resolves outside the directory is reported and skipped, a link to a
 * directory that contains it (a loop) is skipped, an unreadable folder is reported. Files are
 * read as strict UTF-8, so that the text written back keeps every byte of the original.
 */
export function readWorkTree(directory: string): WorkTree {
  const root = realpathSync(directory)
  const problems: Problem[] = []
  const files: string[] = []
  const linked = new Set<string>()
  walk({ root, problems, files, linked }, '', [root])
  files.sort()
  const cache = new Map<string, string | undefined>()
  const committed = committedFiles(root)
  // A file the walk found through real folders only is inside the root by construction; the
  // others (through a link, or named by a caller) are resolved and confined when read.
  const direct = new Set(files.filter(file => !linked.has(file)))
  return {
    root,
    files,
    problems,
    isCommitted: committed && (path => committed.has(path)),
    readFile(path) {
      if (!cache.has(path))
        cache.set(
          path,
          direct.has(path) ? readDirect(root, path, problems) : readText(root, path, problems)
        )
      return cache.get(path)
    },
    write: writerInside(root),
    startParser: startParallelParser
  }
}

/**
 * Writes each change; a change that cannot be written is a `write-refused` finding, and the rest
 * go on. Many changes to a work tree of readWorkTree are written by this thread and worker
 * threads at once (each file is still written whole or not at all, and only if it holds what was
 * read); the findings come in the order of the changes.
 */
export function writeChanges(tree: WorkTree, changes: readonly FileChange[]): Problem[] {
  const outcomes = writers.has(tree.write)
    ? writeAll(changes.map(change => writeJob(tree, change)))
    : changes.map(change => tree.write(change.file, change.after, change.before))
  return refusals(changes, outcomes)
}

/**
 * Writes fix's changes as fix makes them (a ChangeSink for `fix`): from 128 files on, a worker
 * thread writes each change while fix edits the next file; `finish` writes what is left and
 * returns the write-refused findings, as writeChanges does.
 */
export function changeWriter(tree: WorkTree): ChangeSink & { finish(): Problem[] } {
  const changes: FileChange[] = []
  let stream: TaskStream<WriteJob, WriteOutcome> | undefined
  return {
    expect(files) {
      if (writers.has(tree.write) && files >= MIN_PARALLEL_WRITES)
        stream = startStream(WRITE_TASK, import.meta.url, files)
    },
    add(change) {
      changes.push(change)
      stream?.add(writeJob(tree, change))
    },
    finish() {
      if (!stream) return writeChanges(tree, changes)
      return refusals(changes, stream.finish().results)
    }
  }
}

function writeJob(tree: WorkTree, { file, after, before }: FileChange): WriteJob {
  return { root: tree.root, file, text: after, before }
}

function refusals(changes: readonly FileChange[], outcomes: readonly WriteOutcome[]): Problem[] {
  return changes.flatMap((change, index) => {
    const outcome = outcomes[index]!
    return outcome.ok
      ? []
      : [problem('write-refused', change.file, 1, `not written: ${outcome.message}`)]
  })
}

/** The write functions of readWorkTree's trees: each is writeInside on its root. */
const writers = new WeakSet<WorkTree['write']>()

function writerInside(root: string): WorkTree['write'] {
  const write: WorkTree['write'] = (file, text, expected) => writeInside(root, file, text, expected)
  writers.add(write)
  return write
}

interface WriteJob {
  root: string
  file: string
  text: string
  before: string | undefined
}

/** Fewer files than this are written faster here than with a worker to start. */
const MIN_PARALLEL_WRITES = 128

const WRITE_TASK = 'work-tree-write'

const writeAll = parallelTask(
  WRITE_TASK,
  import.meta.url,
  ({ root, file, text, before }: WriteJob) => writeInside(root, file, text, before),
  MIN_PARALLEL_WRITES
)

interface Walk {
  root: string
  problems: Problem[]
  files: string[]
  /** Files found through a symbolic link (to the file or to a folder above it). */
  linked: Set<string>
}

/**
 * `ancestors` holds the real paths of the directories above and at `path`; `throughLink` says
 * that `path` was reached through a symbolic link.
 */
function walk(state: Walk, path: string, ancestors: readonly string[], throughLink = false): void {
  const here = ancestors[ancestors.length - 1] ?? state.root
  let entries
  try {
    entries = readdirSync(join(state.root, path), { withFileTypes: true })
  } catch (error) {
    state.problems.push(ioProblem(path || '.', `cannot list the folder: ${reasonOf(error)}`))
    return
  }
  for (const entry of entries) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue
    const child = path ? `${path}/${entry.name}` : entry.name
    if (entry.isFile()) {
      state.files.push(child)
      if (throughLink) state.linked.add(child)
    } else if (entry.isDirectory())
      walk(state, child, [...ancestors, join(here, entry.name)], throughLink)
    else if (entry.isSymbolicLink()) followLink(state, child, ancestors)
  }
}

function followLink(state: Walk, path: string, ancestors: readonly string[]): void {
  const target = realPathInside(state.root, path)
  if (target === undefined) return // a dangling link
  if (target === outside) {
    state.problems.push(
      problem(
        'outside-repository',
        path,
        1,
        'a symbolic link that resolves outside the repository; it is skipped'
      )
    )
    return
  }
  const stats = statSync(target)
  if (stats.isFile()) {
    state.files.push(path)
    state.linked.add(path)
  } else if (stats.isDirectory() && !ancestors.includes(target))
    walk(state, path, [...ancestors, target], true)
}

const outside = Symbol('outside the repository')

/** The real path of `path` below `root`, `outside` when it resolves elsewhere, undefined when it does not exist. */
function realPathInside(root: string, path: string): string | typeof outside | undefined {
  let target: string
  try {
    target = realpathSync.native(join(root, path))
  } catch {
    return undefined
  }
  return isInside(root, target) ? target : outside
}

function readText(root: string, path: string, problems: Problem[]): string | undefined {
  const target = realPathInside(root, path)
  if (target === outside) {
    problems.push(
      problem('outside-repository', path, 1, 'resolves outside the repository; it is not read')
    )
    return undefined
  }
  try {
    if (target === undefined || statSync(target).size > MAX_FILE_BYTES) {
      if (target) problems.push(ioProblem(path, 'larger than 16 MB; it is skipped'))
      return undefined
    }
    return decodeStrictly(path, readFileSync(target), problems)
  } catch (error) {
    problems.push(ioProblem(path, `cannot read the file: ${reasonOf(error)}`))
    return undefined
  }
}

/**
 * A file the walk found below the root through real folders only: no link to resolve, so it is
 * opened directly, its size read from the open file. If it was replaced by a link since the
 * walk, it is read the careful way.
 */
function readDirect(root: string, path: string, problems: Problem[]): string | undefined {
  let descriptor: number
  try {
    // The walk's paths are already normalized: no join needed.
    descriptor = openSync(`${root}/${path}`, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW)
  } catch {
    return readText(root, path, problems)
  }
  try {
    const stats = fstatSync(descriptor)
    if (!stats.isFile()) return readText(root, path, problems)
    if (stats.size > MAX_FILE_BYTES) {
      problems.push(ioProblem(path, 'larger than 16 MB; it is skipped'))
      return undefined
    }
    return decodeStrictly(path, readFileSync(descriptor), problems)
  } catch (error) {
    problems.push(ioProblem(path, `cannot read the file: ${reasonOf(error)}`))
    return undefined
  } finally {
    closeSync(descriptor)
  }
}

/** Text only when the bytes are valid UTF-8: anything else could not be written back unchanged. */
function decodeStrictly(path: string, bytes: Buffer, problems: Problem[]): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    const line = lineOfFirstInvalidByte(bytes)
    problems.push(ioProblem(path, 'is not valid UTF-8; it is skipped and never rewritten', line))
    return undefined
  }
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')))
  return before.split('\n').length
}

function writeInside(
  root: string,
  file: string,
  text: string,
  expected: string | undefined
): WriteOutcome {
  const path = join(root, file)
  const target = expected === undefined ? newFileTarget(root, path) : realPathInside(root, file)
  if (target === outside) return { ok: false, message: 'the file resolves outside the repository' }
  if (target === undefined) return { ok: false, message: 'the file no longer exists' }
  if (!holds(target, expected))
    return { ok: false, message: 'the file changed since it was read; run again' }
  try {
    writeFileAtomic(target, text)
    return { ok: true }
  } catch (error) {
    return { ok: false, message: `cannot write the file: ${reasonOf(error)}` }
  }
}

/** A new file's path, when its folder lies inside the root and nothing is there yet. */
function newFileTarget(root: string, path: string): string | typeof outside | undefined {
  const folder = realPathInside(root, relative(root, join(path, '..')))
  if (folder === undefined || folder === outside) return folder
  return join(folder, relative(join(path, '..'), path))
}

/** Whether the file holds exactly `expected`; for a new file (undefined), that it does not exist. */
function holds(path: string, expected: string | undefined): boolean {
  if (expected === undefined) return !isPresent(path)
  try {
    return strictUtf8.decode(readFileSync(path)) === expected
  } catch {
    return false
  }
}

/** Whether anything, even a dangling symbolic link, is at `path`. */
function isPresent(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** The files Git tracks below `root`, or undefined when it is not in a Git work tree. */
function committedFiles(root: string): Set<string> | undefined {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (listed.status !== 0 || listed.error) return undefined
  return new Set(listed.stdout.split('\0').filter(Boolean))
}

function ioProblem(path: string, message: string, line = 1): Problem {
  return problem('file-unreadable', path, line, message)
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOENT') return 'it no longer exists'
  return code ?? String(error)
}
