import { readFileSync } from 'node:fs'

/** The run's context from the runner's environment and the webhook payload. */
export type ActionEvent =
  | { kind: 'pull_request'; target: boolean; pull: PullRequest; repository: Repo }
  | {
      kind: 'push'
      branch: string
      before: string
      after: string
      defaultBranch: string
      repository: Repo
    }
  | { kind: 'other'; name: string; sha: string; repository: Repo }

export interface Repo {
  owner: string
  name: string
  /** `owner/name`. */
  fullName: string
}

export interface PullRequest {
  number: number
  headRef: string
  headSha: string
  headRepository: string
  baseRef: string
  baseSha: string
  /** The head lives in another repository (a fork): no write of any kind. */
  fromFork: boolean
}

type Payload = Record<string, unknown>

export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? ''
  const payload = readPayload(env['GITHUB_EVENT_PATH'])
  const repository = repoOf(env, payload)
  if ((name === 'pull_request' || name === 'pull_request_target') && isRecord(payload.pull_request))
    return {
      kind: 'pull_request',
      target: name === 'pull_request_target',
      pull: pullOf(payload.pull_request, repository),
      repository
    }
  if (name === 'push' && typeof payload.ref === 'string' && payload.ref.startsWith('refs/heads/')) {
    const repo = isRecord(payload.repository) ? payload.repository : {}
    return {
      kind: 'push',
      branch: payload.ref.slice('refs/heads/'.length),
      before: String(payload.before ?? ''),
      after: String(payload.after ?? env['GITHUB_SHA'] ?? ''),
      defaultBranch: String(repo.default_branch ?? repo.master_branch ?? ''),
      repository
    }
  }
  return { kind: 'other', name, sha: env['GITHUB_SHA'] ?? '', repository }
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return isRecord(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

function repoOf(env: NodeJS.ProcessEnv, payload: Payload): Repo {
  const fromPayload = isRecord(payload.repository) ? String(payload.repository.full_name ?? '') : ''
  const fullName = env['GITHUB_REPOSITORY'] || fromPayload
  const [owner = '', name = ''] = fullName.split('/')
  return { owner, name, fullName }
}

function pullOf(pull: Payload, repository: Repo): PullRequest {
  const head = isRecord(pull.head) ? pull.head : {}
  const base = isRecord(pull.base) ? pull.base : {}
  const headRepo = isRecord(head.repo) ? String(head.repo.full_name ?? '') : ''
  return {
    number: Number(pull.number),
    headRef: String(head.ref ?? ''),
    headSha: String(head.sha ?? ''),
    headRepository: headRepo,
    baseRef: String(base.ref ?? ''),
    baseSha: String(base.sha ?? ''),
    fromFork: headRepo !== '' && headRepo.toLowerCase() !== repository.fullName.toLowerCase()
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
