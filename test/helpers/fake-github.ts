import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * An in-process stand-in for the part of GitHub's REST and GraphQL APIs the Action uses, for one
 * repository whose git data is a real bare repository (the workspace's origin). Loopback only.
 *
 *   await using github = await startFakeGitHub({ bareRepository, token, pulls: [...], faults: [...] })
 *   env: GITHUB_API_URL = github.url, GITHUB_GRAPHQL_URL = github.graphqlUrl, token as input
 *   then: github.requests (every call, status, no authorization header), github.unexpected (calls
 *   outside the modelled surface: assert it is empty), github.comments(n), github.branchHead(b).
 *
 * Requests are answered one at a time, asynchronously: run the Action with an asynchronous spawn
 * (execFile, spawn), never spawnSync, or the server cannot answer. Octokit's throttling plugin
 * spaces writes (1 s) and comment creation (3 s) and waits out rate-limit answers, so such tests
 * take seconds.
 */

export interface GitHubUser {
  login: string
  id?: number
  type?: 'Bot' | 'User'
}

export interface SeedPull {
  number: number
  title?: string
  body?: string
  state?: 'open' | 'closed'
  head: { ref: string; sha: string; repo?: { full_name: string } }
  base: { ref: string; sha: string; repo?: { full_name: string } }
  merged?: boolean
  merge_commit_sha?: string | null
}

export interface SeedComment {
  issue: number
  body: string
  /** Defaults to the acting user (a sticky comment left by an earlier run). */
  user?: GitHubUser
  id?: number
  created_at?: string
}

export interface Fault {
  /** 'METHOD /path' or '/path' (any method), exact; or a RegExp tested on 'METHOD /path'. */
  route: string | RegExp
  kind: 'bad-gateway' | 'secondary-rate-limit' | 'primary-rate-limit'
  /** How many matching requests fail before the route answers normally; default 1. */
  times?: number
  /** primary-rate-limit: 403 (default) or 429; 200 on /graphql gives errors [{type: 'RATE_LIMITED'}]. */
  status?: 200 | 403 | 429
  /** bad-gateway: GitHub's HTML "Unicorn" page (default) or a plain-text body. */
  body?: 'html' | 'text'
  /** primary-rate-limit: seconds until x-ratelimit-reset; default 1. */
  resetSeconds?: number
}

/** Write permissions a token can lack: commits and refs, issue/PR comments, pull requests. */
export type Permission = 'contents' | 'comments' | 'pulls'

export interface FakeGitHubOptions {
  bareRepository: string
  owner?: string
  repo?: string
  token?: string
  defaultBranch?: string
  pulls?: SeedPull[]
  comments?: SeedComment[]
  user?: GitHubUser
  /** createCommitOnBranch on these branches is refused with a repository-rule violation. */
  protectedBranches?: string[]
  /** true: every write is refused ("Resource not accessible by integration"); or only these. */
  forbidden?: boolean | Permission[]
  faults?: Fault[]
  beforeRequest?: (request: RecordedRequest) => void | Promise<void>
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  /** Lower-case names; authorization is left out. */
  headers: Record<string, string>
  body: string
  /** The status answered (0 until the answer is sent). */
  status: number
  fault?: Fault['kind']
}

export interface Comment {
  id: number
  node_id: string
  url: string
  html_url: string
  body: string
  user: Required<GitHubUser>
  created_at: string
  updated_at: string
  issue_url: string
}

export interface CommitComment extends Omit<Comment, 'issue_url'> {
  commit_id: string
  path: string | null
}

export interface FakeGitHub extends AsyncDisposable {
  url: string
  graphqlUrl: string
  requests: RecordedRequest[]
  unexpected: RecordedRequest[]
  /** Called before each authenticated request is handled (after faults); may move branches. */
  beforeRequest: FakeGitHubOptions['beforeRequest']
  comments(issue?: number): Comment[]
  commitComments(): CommitComment[]
  pulls(): PullRequest[]
  branchHead(name: string): Promise<string | undefined>
  injectFault(fault: Fault): void
  close(): Promise<void>
}

type PullRequest = ReturnType<FakeState['pullJson']>

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    /** An unknown route or operation, as opposed to a missing thing on a known route. */
    readonly unexpected = false
  ) {
    super(message)
  }
}

const docs = 'https://docs.github.com/rest'
const zeroOid = '0'.repeat(40)
const gitEnvironment = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'fake-github',
  GIT_AUTHOR_EMAIL: 'fake-github@example.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com'
}

export function runGit(
  gitDir: string,
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {}
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['--git-dir', gitDir, ...args],
      { env: { ...gitEnvironment, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}${stderr}`)) : resolve(stdout)
    )
    child.stdin?.on('error', () => {}) // git may exit without reading its input
    child.stdin?.end(options.input)
  })
}

const gitSucceeds = (gitDir: string, args: string[]) =>
  runGit(gitDir, args).then(
    () => true,
    () => false
  )

class FakeState {
  readonly fullName: string
  readonly user: Required<GitHubUser>
  readonly pullList: SeedPull[]
  readonly commentList: Comment[] = []
  readonly commitCommentList: CommitComment[] = []
  readonly faults: Array<Fault & { left: number }>
  private nextId = 1_000_001
  url = ''

  constructor(readonly options: FakeGitHubOptions) {
    this.fullName = `${options.owner ?? 'owner'}/${options.repo ?? 'repo'}`
    const user = options.user ?? { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
    this.user = { id: 41898282, type: 'Bot', ...user }
    this.pullList = (options.pulls ?? []).map(pull => structuredClone(pull))
    this.faults = (options.faults ?? []).map(fault => ({ ...fault, left: fault.times ?? 1 }))
    for (const seed of options.comments ?? []) {
      const id = seed.id ?? this.nextId++
      this.nextId = Math.max(this.nextId, id + 1)
      const user = seed.user ? { id: 1, type: 'User' as const, ...seed.user } : this.user
      this.commentList.push(this.newComment(seed.issue, seed.body, user, id, seed.created_at))
    }
  }

  get git() {
    return this.options.bareRepository
  }

  forbids(permission: Permission): boolean {
    const forbidden = this.options.forbidden
    return forbidden === true || (Array.isArray(forbidden) && forbidden.includes(permission))
  }

  async head(branch: string): Promise<string | undefined> {
    const out = await runGit(this.git, [
      'rev-parse',
      '--verify',
      '--quiet',
      `refs/heads/${branch}^{commit}`
    ]).catch(() => '')
    return out.trim() || undefined
  }

  async isCommit(sha: string): Promise<boolean> {
    return (
      /^[0-9a-f]{40}$/.test(sha) && gitSucceeds(this.git, ['cat-file', '-e', `${sha}^{commit}`])
    )
  }

  newComment(
    issue: number,
    body: string,
    user: Required<GitHubUser>,
    id = this.nextId++,
    at?: string
  ): Comment {
    const now = at ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const kind = this.pullList.some(pull => pull.number === issue) ? 'pull' : 'issues'
    return {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${this.fullName}/issues/comments/${id}`,
      html_url: `https://github.com/${this.fullName}/${kind}/${issue}#issuecomment-${id}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      issue_url: `${this.url}/repos/${this.fullName}/issues/${issue}`
    }
  }

  issueOf(comment: Comment): number {
    return Number(comment.issue_url.split('/').pop())
  }

  /** A pull request as GitHub shows it: an open one's head follows its branch. */
  async pull(seed: SeedPull) {
    const repo = seed.head.repo?.full_name ?? this.fullName
    const open = (seed.state ?? 'open') === 'open' && !seed.merged
    const live = open && repo === this.fullName ? await this.head(seed.head.ref) : undefined
    return this.pullJson(seed, live ?? seed.head.sha)
  }

  pullJson(seed: SeedPull, headSha: string) {
    const side = (end: SeedPull['head'], sha: string) => {
      const fullName = end.repo?.full_name ?? this.fullName
      const owner = fullName.split('/')[0] ?? ''
      return {
        label: `${owner}:${end.ref}`,
        ref: end.ref,
        sha,
        repo: { full_name: fullName, owner: { login: owner } }
      }
    }
    return {
      url: `${this.url}/repos/${this.fullName}/pulls/${seed.number}`,
      id: 5_000_000 + seed.number,
      node_id: `PR_${seed.number}`,
      html_url: `https://github.com/${this.fullName}/pull/${seed.number}`,
      number: seed.number,
      state: seed.merged ? 'closed' : (seed.state ?? 'open'),
      title: seed.title ?? `Pull request ${seed.number}`,
      body: seed.body ?? null,
      user: { login: 'octocat', id: 1, type: 'User' },
      head: side(seed.head, headSha),
      base: side(seed.base, seed.base.sha),
      merged: seed.merged ?? false,
      merge_commit_sha: seed.merge_commit_sha ?? null
    }
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const state = new FakeState(options)
  const token = options.token ?? 'test-token'
  const requests: RecordedRequest[] = []
  const unexpected: RecordedRequest[] = []
  const limits = { core: 0, graphql: 0 }
  let queue: Promise<void> = Promise.resolve()

  const handle = async (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? '/', state.url)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(request.headers))
      if (name !== 'authorization' && value !== undefined) headers[name] = String(value)
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodePath(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      status: 0
    }
    requests.push(record)
    const resource = record.path === '/graphql' ? 'graphql' : 'core'
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      record.status = status
      const used = ++limits[resource]
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(Math.max(5000 - used, 0)),
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-used': String(used),
        'x-ratelimit-resource': resource,
        ...extra
      })
      response.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
    }
    const match = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')
    if (match?.[1] !== token) {
      send(401, { message: 'Bad credentials', documentation_url: docs, status: '401' })
      return
    }
    const fault = takeFault(state, `${record.method} ${record.path}`)
    if (fault) {
      record.fault = fault.kind
      const [status, payload, extra] = faultAnswer(fault, resource)
      send(status, payload, extra)
      return
    }
    await server.beforeRequest?.(record)
    try {
      const [status, payload, extra] = await route(state, record, url)
      send(status, payload, extra)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      if (error.unexpected) unexpected.push(record)
      send(error.status, {
        message: error.message,
        documentation_url: docs,
        status: String(error.status),
        ...error.extra
      })
    }
  }

  const http = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      // One request at a time: git writes never interleave and hooks see a settled repository.
      queue = queue
        .then(() => handle(request, response, body))
        .catch((error: unknown) => {
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
          response.end(`fake-github: ${error instanceof Error ? error.stack : String(error)}`)
        })
    })
  })
  await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`

  const close = () =>
    new Promise<void>(resolve => {
      http.closeAllConnections()
      http.close(() => resolve())
    })
  const server: FakeGitHub = {
    url: state.url,
    graphqlUrl: `${state.url}/graphql`,
    requests,
    unexpected,
    beforeRequest: options.beforeRequest,
    comments: issue =>
      structuredClone(
        state.commentList.filter(c => issue === undefined || state.issueOf(c) === issue)
      ),
    commitComments: () => structuredClone(state.commitCommentList),
    pulls: () => state.pullList.map(seed => state.pullJson(seed, seed.head.sha)),
    branchHead: name => state.head(name),
    injectFault: fault => state.faults.push({ ...fault, left: fault.times ?? 1 }),
    close,
    [Symbol.asyncDispose]: close
  }
  return server
}

/** Octokit escapes '/' in refs and branch names (heads%2Ffeature); GitHub reads both forms. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function takeFault(state: FakeState, route: string): Fault | undefined {
  const fault = state.faults.find(
    f =>
      f.left > 0 &&
      (typeof f.route === 'string'
        ? f.route === route || `${route.split(' ')[0]} ${f.route}` === route
        : f.route.test(route))
  )
  if (fault) fault.left--
  return fault
}

const unicorn = `<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>Unicorn! &middot; GitHub</title>
  </head>
  <body>
    <p><strong>We had issues producing the response to your request.</strong></p>
    <p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>
  </body>
</html>
`

type Answer = [number, unknown, Record<string, string>?]

function faultAnswer(fault: Fault, resource: 'core' | 'graphql'): Answer {
  if (fault.kind === 'bad-gateway') {
    return fault.body === 'text'
      ? [502, 'Server Error', { 'content-type': 'text/plain' }]
      : [502, unicorn, { 'content-type': 'text/html; charset=utf-8' }]
  }
  if (fault.kind === 'secondary-rate-limit') {
    const message =
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.'
    const url =
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    return [403, { message, documentation_url: url, status: '403' }, { 'retry-after': '1' }]
  }
  const reset = Math.ceil(Date.now() / 1000) + (fault.resetSeconds ?? 1)
  const headers = {
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': '5000',
    'x-ratelimit-reset': String(reset)
  }
  const message = 'API rate limit exceeded for installation ID 1.'
  if (fault.status === 200 && resource === 'graphql')
    return [200, { errors: [{ type: 'RATE_LIMITED', message }] }, headers]
  const url = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
  return [
    fault.status ?? 403,
    { message, documentation_url: url, status: String(fault.status ?? 403) },
    headers
  ]
}

function parseJson(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body || '{}')
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new HttpError(400, 'Problems parsing JSON')
}

const notFound = (message = 'Not Found') => new HttpError(404, message)
const forbidden = () => new HttpError(403, 'Resource not accessible by integration')
const invalid = (message: string) => new HttpError(422, message)

async function route(state: FakeState, record: RecordedRequest, url: URL): Promise<Answer> {
  const { method, path } = record
  if (path === '/graphql' && method === 'POST')
    return [200, await graphql(state, parseJson(record.body))]
  const prefix = `/repos/${state.fullName}`
  if (
    path.toLowerCase() !== prefix.toLowerCase() &&
    !path.toLowerCase().startsWith(`${prefix.toLowerCase()}/`)
  )
    throw new HttpError(404, 'Not Found', {}, true)
  const rest = path.slice(prefix.length)
  const at = (pattern: RegExp, verb: string) => (method === verb ? pattern.exec(rest) : null)
  const body = () => parseJson(record.body)
  let m: RegExpExecArray | null

  if (at(/^$/, 'GET')) {
    const push = !state.forbids('contents')
    const [owner, name] = state.fullName.split('/')
    const permissions = { admin: false, maintain: false, push, triage: push, pull: true }
    return [
      200,
      {
        id: 1,
        node_id: 'R_1',
        name,
        full_name: state.fullName,
        owner: { login: owner },
        private: false,
        html_url: `https://github.com/${state.fullName}`,
        default_branch: state.options.defaultBranch ?? 'main',
        permissions
      }
    ]
  }
  if ((m = at(/^\/git\/ref\/heads\/(.+)$/, 'GET'))) {
    const sha = await state.head(m[1] ?? '')
    if (!sha) throw notFound()
    return [200, refJson(state, `refs/heads/${m[1]}`, sha)]
  }
  if ((m = at(/^\/git\/matching-refs\/heads(?:\/(.*))?$/, 'GET'))) {
    const out = await runGit(state.git, [
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      'refs/heads/'
    ])
    const refs = out
      .split('\n')
      .filter(Boolean)
      .map(line => line.split(' ') as [string, string])
    const wanted = `refs/heads/${m[1] ?? ''}`
    return [
      200,
      refs.filter(([ref]) => ref.startsWith(wanted)).map(([ref, sha]) => refJson(state, ref, sha))
    ]
  }
  if ((m = at(/^\/branches\/(.+)$/, 'GET'))) {
    const name = m[1] ?? ''
    const sha = await state.head(name)
    if (!sha) throw notFound('Branch not found')
    const isProtected = (state.options.protectedBranches ?? []).includes(name)
    return [
      200,
      { name, commit: { sha, url: `${state.url}${prefix}/commits/${sha}` }, protected: isProtected }
    ]
  }
  if ((m = at(/^\/pulls\/(\d+)$/, 'GET'))) {
    const seed = state.pullList.find(pull => pull.number === Number(m?.[1]))
    if (!seed) throw notFound()
    return [200, await state.pull(seed)]
  }
  if ((m = at(/^\/commits\/([^/]+)\/pulls$/, 'GET'))) {
    const sha = m[1] ?? ''
    if (!(await state.isCommit(sha))) throw invalid(`No commit found for SHA: ${sha}`)
    const found = []
    for (const seed of state.pullList) {
      const pull = await state.pull(seed)
      const contains = async () =>
        pull.head.repo.full_name === state.fullName &&
        pull.state === 'open' &&
        (await gitSucceeds(state.git, ['merge-base', '--is-ancestor', sha, pull.head.sha])) &&
        !(await gitSucceeds(state.git, [
          'merge-base',
          '--is-ancestor',
          sha,
          `refs/heads/${seed.base.ref}`
        ]))
      if (pull.head.sha === sha || pull.merge_commit_sha === sha || (await contains()))
        found.push(pull)
    }
    return [200, found]
  }
  if ((m = at(/^\/issues\/(\d+)\/comments$/, 'GET'))) {
    const issue = Number(m[1])
    if (!issueExists(state, issue)) throw notFound()
    return paginate(
      state.commentList.filter(c => state.issueOf(c) === issue),
      url
    )
  }
  if ((m = at(/^\/issues\/(\d+)\/comments$/, 'POST'))) {
    const issue = Number(m[1])
    if (!issueExists(state, issue)) throw notFound()
    if (state.forbids('comments')) throw forbidden()
    const text = requireString(body(), 'body')
    const comment = state.newComment(issue, text, state.user)
    state.commentList.push(comment)
    return [201, comment, { location: comment.url }]
  }
  if ((m = at(/^\/issues\/comments\/(\d+)$/, 'PATCH'))) {
    const comment = state.commentList.find(c => c.id === Number(m?.[1]))
    if (!comment) throw notFound()
    if (state.forbids('comments')) throw forbidden()
    comment.body = requireString(body(), 'body')
    comment.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    return [200, comment]
  }
  if ((m = at(/^\/commits\/([^/]+)\/comments$/, 'POST'))) {
    const sha = m[1] ?? ''
    if (state.forbids('contents')) throw forbidden()
    const input = body()
    const text = requireString(input, 'body')
    if (!(await state.isCommit(sha))) throw invalid(`No commit found for SHA: ${sha}`)
    const { id, node_id, user, created_at, updated_at } = state.newComment(0, text, state.user)
    const comment: CommitComment = {
      id,
      node_id: node_id.replace('IC_', 'CC_'),
      body: text,
      user,
      created_at,
      updated_at,
      commit_id: sha,
      path: typeof input['path'] === 'string' ? input['path'] : null,
      url: `${state.url}${prefix}/comments/${id}`,
      html_url: `https://github.com/${state.fullName}/commit/${sha}#commitcomment-${id}`
    }
    state.commitCommentList.push(comment)
    return [201, comment]
  }
  if (at(/^\/git\/refs$/, 'POST')) {
    if (state.forbids('contents')) throw forbidden()
    const input = body()
    const ref = requireString(input, 'ref')
    const sha = requireString(input, 'sha')
    if (!/^refs\/[^/]+\/.+/.test(ref) || !(await gitSucceeds(state.git, ['check-ref-format', ref])))
      throw invalid('Reference name is invalid')
    if (!(await state.isCommit(sha))) throw invalid('Object does not exist')
    if (!(await gitSucceeds(state.git, ['update-ref', ref, sha, zeroOid])))
      throw invalid('Reference already exists')
    return [201, refJson(state, ref, sha)]
  }
  if (at(/^\/pulls$/, 'POST')) {
    if (state.forbids('pulls')) throw forbidden()
    const input = body()
    const title = requireString(input, 'title')
    const base = requireString(input, 'base')
    const head = requireString(input, 'head').replace(
      new RegExp(`^${state.fullName.split('/')[0]}:`),
      ''
    )
    const failed = (error: Record<string, unknown>) =>
      new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', ...error }] })
    const headSha = await state.head(head)
    const baseSha = await state.head(base)
    if (!headSha) throw failed({ field: 'head', code: 'invalid' })
    if (!baseSha) throw failed({ field: 'base', code: 'invalid' })
    const open = state.pullList.find(
      p => p.head.ref === head && p.base.ref === base && (p.state ?? 'open') === 'open' && !p.merged
    )
    if (open)
      throw failed({
        code: 'custom',
        message: `A pull request already exists for ${state.fullName.split('/')[0]}:${head}.`
      })
    if (await gitSucceeds(state.git, ['merge-base', '--is-ancestor', headSha, baseSha]))
      throw failed({ code: 'custom', message: `No commits between ${base} and ${head}` })
    const number =
      Math.max(
        0,
        ...state.pullList.map(p => p.number),
        ...state.commentList.map(c => state.issueOf(c))
      ) + 1
    const seed: SeedPull = {
      number,
      title,
      body: typeof input['body'] === 'string' ? input['body'] : undefined,
      head: { ref: head, sha: headSha },
      base: { ref: base, sha: baseSha }
    }
    state.pullList.push(seed)
    return [201, await state.pull(seed)]
  }
  throw new HttpError(404, 'Not Found', {}, true)
}

function issueExists(state: FakeState, issue: number): boolean {
  return (
    state.pullList.some(p => p.number === issue) ||
    state.commentList.some(c => state.issueOf(c) === issue)
  )
}

function requireString(input: Record<string, unknown>, field: string): string {
  const value = input[field]
  if (typeof value !== 'string')
    throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`)
  return value
}

function refJson(state: FakeState, ref: string, sha: string) {
  const url = `${state.url}/repos/${state.fullName}/git/`
  return {
    ref,
    node_id: `REF_${ref}`,
    url: `${url}${ref}`,
    object: { sha, type: 'commit', url: `${url}commits/${sha}` }
  }
}

function paginate<T>(items: T[], url: URL): Answer {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page')) || 30, 1), 100)
  const page = Math.max(Number(url.searchParams.get('page')) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string) => {
    const target = new URL(url)
    target.searchParams.set('per_page', String(perPage))
    target.searchParams.set('page', String(n))
    return `<${target.href}>; rel="${rel}"`
  }
  const links = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  return [200, slice, links.length > 0 ? { link: links.join(', ') } : {}]
}

// ---- GraphQL: createCommitOnBranch -------------------------------------------------------------

type GraphqlError = { type?: string; message: string; path?: string[] }
const mutationError = (type: string, message: string) => ({
  data: { createCommitOnBranch: null },
  errors: [{ type, message, path: ['createCommitOnBranch'], locations: [{ line: 1, column: 1 }] }]
})

async function graphql(state: FakeState, request: Record<string, unknown>) {
  const query = typeof request['query'] === 'string' ? request['query'] : ''
  const variables = (request['variables'] ?? {}) as Record<string, unknown>
  const at = query.search(/\bcreateCommitOnBranch\s*\(/)
  if (!/^\s*mutation\b/.test(query) || at < 0) {
    const error: GraphqlError = {
      message: 'fake-github answers only the createCommitOnBranch mutation'
    }
    throw new HttpError(404, 'Not Found', { errors: [error] }, true) // recorded as unexpected
  }
  let input: Record<string, unknown>
  try {
    const parser = new ValueParser(query, query.indexOf('(', at) + 1, variables)
    input = (parser.arguments()['input'] ?? {}) as Record<string, unknown>
  } catch (error) {
    return { errors: [{ message: `Parse error: ${(error as Error).message}` }] }
  }
  if (state.forbids('contents'))
    return mutationError('FORBIDDEN', 'Resource not accessible by integration')
  const branch = (input['branch'] ?? {}) as Record<string, unknown>
  const message = (input['message'] ?? {}) as Record<string, unknown>
  const expected = input['expectedHeadOid']
  const missing =
    typeof expected !== 'string'
      ? 'expectedHeadOid'
      : typeof message['headline'] !== 'string'
        ? 'message'
        : undefined
  if (missing)
    return {
      errors: [
        { message: `Argument '${missing}' on InputObject 'CreateCommitOnBranchInput' is required.` }
      ]
    }
  const name = String(branch['repositoryNameWithOwner'] ?? '')
  if (name.toLowerCase() !== state.fullName.toLowerCase())
    return mutationError('NOT_FOUND', `Could not resolve to a Repository with the name '${name}'.`)
  const branchName = String(branch['branchName'] ?? '')
  const head = await state.head(branchName)
  if (!head)
    return mutationError('NOT_FOUND', `A ref named "refs/heads/${branchName}" does not exist.`)
  if (head !== expected)
    return mutationError(
      'STALE_DATA',
      `Expected branch to point to "${expected}" but it did not. Pull and try again.`
    )
  if ((state.options.protectedBranches ?? []).includes(branchName))
    return mutationError(
      'UNPROCESSABLE',
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    )

  const changes = (input['fileChanges'] ?? {}) as {
    additions?: { path: string; contents: string }[]
    deletions?: { path: string }[]
  }
  const lines: string[] = []
  for (const { path } of changes.deletions ?? []) {
    if (!(await gitSucceeds(state.git, ['cat-file', '-e', `${head}:${path}`])))
      return mutationError(
        'UNPROCESSABLE',
        `A path was requested for deletion which does not exist as of commit oid \`${head}\``
      )
    lines.push(`0 ${zeroOid}\t${path}`)
  }
  for (const { path, contents } of changes.additions ?? []) {
    const blob = (
      await runGit(state.git, ['hash-object', '-w', '--stdin'], {
        input: Buffer.from(contents, 'base64')
      })
    ).trim()
    const existing = await runGit(state.git, ['ls-tree', head, '--', path])
    lines.push(`${existing.startsWith('100755') ? '100755' : '100644'} ${blob}\t${path}`)
  }
  const scratch = mkdtempSync(join(tmpdir(), 'fake-github-index-'))
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index') }
    await runGit(state.git, ['read-tree', head], { env })
    await runGit(state.git, ['update-index', '--index-info'], {
      env,
      input: lines.map(line => `${line}\n`).join('')
    })
    const tree = (await runGit(state.git, ['write-tree'], { env })).trim()
    const body =
      typeof message['body'] === 'string' && message['body'] ? `\n\n${message['body']}` : ''
    const author = {
      GIT_AUTHOR_NAME: state.user.login,
      GIT_AUTHOR_EMAIL: `${state.user.id}+${state.user.login}@users.noreply.github.com`
    }
    const oid = (
      await runGit(state.git, ['commit-tree', tree, '-p', head, '-F', '-'], {
        env: author,
        input: `${message['headline']}${body}\n`
      })
    ).trim()
    await runGit(state.git, ['update-ref', `refs/heads/${branchName}`, oid, head])
    const commit = { oid, url: `https://github.com/${state.fullName}/commit/${oid}` }
    return {
      data: {
        createCommitOnBranch: {
          clientMutationId: null,
          commit,
          ref: { name: `refs/heads/${branchName}`, target: { oid } }
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Reads GraphQL argument values: literals (strings, block strings, numbers, lists, objects) and $variables. */
class ValueParser {
  constructor(
    private readonly text: string,
    private at: number,
    private readonly variables: Record<string, unknown>
  ) {}

  arguments(): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    while (this.skip() !== ')') {
      const name = this.name()
      this.expect(':')
      result[name] = this.value()
    }
    return result
  }

  private skip(): string {
    for (;;) {
      const c = this.text[this.at]
      if (c === undefined) throw new Error('unexpected end of query')
      if (c === '#')
        while (this.text[this.at] !== undefined && this.text[this.at] !== '\n') this.at++
      else if (/[\s,]/.test(c)) this.at++
      else return c
    }
  }

  private expect(c: string) {
    if (this.skip() !== c) throw new Error(`expected '${c}' at ${this.at}`)
    this.at++
  }

  private name(): string {
    this.skip()
    const match = /^[_A-Za-z][_0-9A-Za-z]*/.exec(this.text.slice(this.at))
    if (!match) throw new Error(`expected a name at ${this.at}`)
    this.at += match[0].length
    return match[0]
  }

  private value(): unknown {
    const c = this.skip()
    if (c === '$') {
      this.at++
      return this.variables[this.name()]
    }
    if (this.text.startsWith('"""', this.at)) {
      const end = this.text.indexOf('"""', this.at + 3)
      const raw = this.text.slice(this.at + 3, end).replaceAll('\\"""', '"""')
      this.at = end + 3
      const lines = raw.split('\n')
      const indents = lines
        .slice(1)
        .filter(l => l.trim())
        .map(l => /^\s*/.exec(l)?.[0].length ?? 0)
      const indent = Math.min(...indents)
      return lines
        .map((l, i) => (i === 0 ? l : l.slice(indent)))
        .join('\n')
        .replace(/^\s*\n|\n\s*$/g, '')
    }
    if (c === '"') {
      const match = /^"(?:[^"\\\n]|\\.)*"/.exec(this.text.slice(this.at))
      if (!match) throw new Error(`unterminated string at ${this.at}`)
      this.at += match[0].length
      return JSON.parse(match[0]) as string
    }
    if (c === '[' || c === '{') {
      this.at++
      const close = c === '[' ? ']' : '}'
      const list: unknown[] = []
      const object: Record<string, unknown> = {}
      while (this.skip() !== close) {
        if (c === '[') list.push(this.value())
        else {
          const key = this.name()
          this.expect(':')
          object[key] = this.value()
        }
      }
      this.at++
      return c === '[' ? list : object
    }
    const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at))
    if (number) {
      this.at += number[0].length
      return Number(number[0])
    }
    const word = this.name()
    return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : word
  }
}
