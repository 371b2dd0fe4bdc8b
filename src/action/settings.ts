import * as core from '@actions/core'
import { statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import type { Selection } from '../engine/index.js'
import { parseSourceMapping } from '../flux/index.js'
import type { SourceMapping } from '../flux/index.js'

export type Mode = 'check' | 'fix'
export type PushStrategy = 'commit' | 'pull-request'
export type FailOn = 'error' | 'warning' | 'never'

/** Every input, read and checked once (as actions/checkout does): errors name the input. */
export interface Settings {
  token: string
  /** The repository folder to check, absolute. */
  path: string
  /** The same folder relative to the workspace, posix style: '' for the workspace itself. */
  pathInWorkspace: string
  mode: Mode
  comment: boolean
  pushStrategy: PushStrategy
  selection: Selection
  annotationKey: string
  failOn: FailOn
  /** Flux sources built from a folder of the repository (`sources`, one mapping a line). */
  sources: SourceMapping[]
}

export function readSettings(workspace: string): Settings {
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const input = core.getInput('path') || '.'
  const path = resolve(workspace, input)
  if (!isDirectory(path) || !isInside(workspace, path))
    throw new Error(`input 'path': ${input} is not a directory of the workspace`)
  return {
    token,
    path,
    pathInWorkspace: relative(workspace, path).split(sep).join('/'),
    mode: choice('mode', ['check', 'fix'], 'fix'),
    comment: booleanInput('comment', true),
    pushStrategy: choice('push-strategy', ['commit', 'pull-request'], 'commit'),
    selection: choice('selection', ['all', 'reloader'], 'all'),
    annotationKey: annotationKey(),
    failOn: choice('fail-on', ['error', 'warning', 'never'], 'error'),
    sources: readSources(path)
  }
}

function choice<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback
  if ((accepted as readonly string[]).includes(value)) return value as T
  throw new Error(`input '${name}' must be one of ${accepted.join(', ')}, not '${value}'`)
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name)
  if (value === '') return fallback
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true'
  throw new Error(`input '${name}' must be true or false, not '${value}'`)
}

// A Kubernetes annotation key: an optional DNS-subdomain prefix and '/', then a name of at most 63.
const ANNOTATION_KEY =
  /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/

function annotationKey(): string {
  const key = core.getInput('annotation-key') || 'gitops-reloader/config-hash'
  if (ANNOTATION_KEY.test(key) && key.length <= 316) return key
  throw new Error(
    `input 'annotation-key' must be a Kubernetes annotation key such as gitops-reloader/config-hash, not '${key}'`
  )
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

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path)
  return !fromRoot.startsWith('..') && !fromRoot.startsWith(sep)
}
