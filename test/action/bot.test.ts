import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { test } from 'node:test'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub, FakeGitHubOptions } from '../helpers/fake-github.js'
import { projectRoot } from '../helpers/corpus.js'
import { commitAll, git } from '../helpers/git.js'
import { source } from '../helpers/source.js'
import { tempDirectory, writeFiles } from '../helpers/temp.js'

const token = 'ghs_botTestToken_0123456789abcdef'
const secretValue = 'hunter2-very-secret'
const secretBase64 = Buffer.from(secretValue).toString('base64')
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json'
) as {
  name: string
  examples: Record<string, unknown>[]
}[]

/** A real webhook payload from @octokit/webhooks-examples, pointed at this test's repository. */
function payload(name: string, action: string | undefined): Record<string, unknown> {
  const example = examples.find(e => e.name === name)?.examples.find(e => e.action === action)
  assert.ok(example, `${name} ${action} example`)
  return structuredClone(example)
}

const configMap = (level: string) => source`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  data:
    LEVEL: ${level}
`

const secret = source`
  apiVersion: v1
  kind: Secret
  metadata:
    name: creds
  stringData:
    PASSWORD: ${secretValue}
`

const deployment = (name: string) => source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
  spec:
    template:
      spec:
        containers:
          - name: app
            envFrom:
              - configMapRef: {name: settings}
              - secretRef: {name: creds}
`

interface Repository extends Disposable {
  work: string
  bare: string
  main: string
}

/** main with every hash current, pushed to a bare origin. */
async function repository(files: Record<string, string> = {}): Promise<Repository> {
  const work = tempDirectory({
    'apps/config.yaml': configMap('info'),
    'apps/secret.yaml': secret,
    'apps/web.yaml': deployment('web'),
    ...files
  })
  // Config must be committed before fix hashes it (only what is in Git enters a hash).
  commitAll(work.path, 'apps')
  const fixed = await run(work.path, 'fix', '.')
  assert.match(fixed.stdout, /Wrote/, fixed.stdout)
  const main = commitAll(work.path, 'hashes')
  const bare = `${work.path}.git`
  git(work.path, 'clone', '--quiet', '--bare', work.path, bare)
  git(work.path, 'remote', 'add', 'origin', bare)
  return {
    work: work.path,
    bare,
    main,
    [Symbol.dispose]: () => {
      work[Symbol.dispose]()
      rmSync(bare, { recursive: true, force: true })
    }
  }
}

/** A branch on origin that changes the ConfigMap, leaving the hash stale. */
function pushStaleBranch(repo: Repository, branch: string, level = 'debug'): string {
  git(repo.work, 'checkout', '--quiet', '-b', branch, repo.main)
  writeFiles(repo.work, { 'apps/config.yaml': configMap(level) })
  const sha = commitAll(repo.work, `config ${level}`)
  git(repo.work, 'push', '--quiet', 'origin', branch)
  git(repo.work, 'checkout', '--quiet', 'main')
  return sha
}

/** The workspace actions/checkout makes: a clone of origin at `sha`. */
function checkout(repo: Repository, sha: string): Disposable & { path: string } {
  const workspace = tempDirectory()
  git(workspace.path, 'clone', '--quiet', repo.bare, '.')
  git(workspace.path, 'checkout', '--quiet', '--detach', sha)
  return workspace
}

function run(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return spawnAsync(process.execPath, [join(projectRoot, 'dist/index.js'), ...args], {
    cwd,
    env: process.env
  })
}

function spawnAsync(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    let [stdout, stderr] = ['', '']
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

interface ActionRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Runs dist/index.js exactly as the runner does: INPUT_* (dashes kept), event file, output files. */
async function runAction(
  workspace: string,
  github: FakeGitHub,
  event: { name: string; payload: Record<string, unknown> },
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  using files = tempDirectory()
  const paths = {
    event: join(files.path, 'event.json'),
    output: join(files.path, 'output'),
    summary: join(files.path, 'summary')
  }
  writeFileSync(paths.event, JSON.stringify(event.payload))
  writeFileSync(paths.output, '')
  writeFileSync(paths.summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: files.path,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GIT_CONFIG_NOSYSTEM: '1',
    INPUT_TOKEN: token,
    INPUT_PATH: '.',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
  }
  const result = await spawnAsync(process.execPath, [join(projectRoot, 'dist/index.js')], {
    cwd: workspace,
    env
  })
  return {
    code: result.code,
    stdout: result.stdout + result.stderr,
    outputs: parseOutputs(readFileSync(paths.output, 'utf8')),
    summary: readFileSync(paths.summary, 'utf8')
  }
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

function pullRequestEvent(
  number: number,
  head: { ref: string; sha: string; repo?: string },
  base: { ref: string; sha: string }
) {
  const event = payload('pull_request', 'opened')
  const pull = event.pull_request as Record<string, Record<string, unknown>>
  event.number = number
  pull.number = number as never
  pull.head = {
    ...pull.head,
    ref: head.ref,
    sha: head.sha,
    repo: { ...(pull.head?.repo as object), full_name: head.repo ?? 'owner/repo' }
  }
  pull.base = {
    ...pull.base,
    ref: base.ref,
    sha: base.sha,
    repo: { ...(pull.base?.repo as object), full_name: 'owner/repo' }
  }
  event.repository = {
    ...(event.repository as object),
    full_name: 'owner/repo',
    default_branch: 'main'
  }
  return { name: 'pull_request', payload: event }
}

function start(repo: Repository, options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  return startFakeGitHub({
    bareRepository: repo.bare,
    owner: 'owner',
    repo: 'repo',
    token,
    defaultBranch: 'main',
    ...options
  })
}

const writes = (github: FakeGitHub) =>
  github.requests.filter(
    r => r.method !== 'GET' && !(r.path === '/graphql' && !r.body.includes('mutation'))
  )

/** Nothing secret leaves the process: not in its output, and not in a request (committed files aside). */
function assertNoLeak(run: ActionRun, github: FakeGitHub): void {
  // The runner consumes `::add-mask::<token>` and never shows it: that line is how masking works.
  const stdout = run.stdout.replace(`::add-mask::${token}\n`, '')
  for (const text of [stdout, run.summary, JSON.stringify(run.outputs)]) {
    assert.ok(!text.includes(token), 'the token is printed')
    assert.ok(
      !text.includes(secretValue) && !text.includes(secretBase64),
      'a Secret value is printed'
    )
  }
  for (const request of github.requests) {
    assert.ok(
      !request.body.includes(token),
      `the token is sent in ${request.method} ${request.path}`
    )
    const sent =
      request.path === '/graphql' ? request.body.replace(/"contents":"[^"]*"/g, '') : request.body
    assert.ok(
      !sent.includes(secretValue) && !sent.includes(secretBase64),
      `a Secret value is sent in ${request.path}`
    )
  }
}

/** A pull request from `feature` into main that leaves the hash stale, its GitHub and workspace. */
interface StalePullRequest extends AsyncDisposable {
  repo: Repository
  head: string
  github: FakeGitHub
  event: { name: string; payload: Record<string, unknown> }
  run(inputs?: Record<string, string>): Promise<ActionRun>
}

async function stalePullRequest(
  number: number,
  options: Partial<FakeGitHubOptions> = {},
  files: Record<string, string> = {}
): Promise<StalePullRequest> {
  const repo = await repository(files)
  const head = pushStaleBranch(repo, 'feature')
  const base = { ref: 'main', sha: repo.main }
  const github = await start(repo, {
    pulls: [{ number, head: { ref: 'feature', sha: head }, base }],
    ...options
  })
  const workspace = checkout(repo, head)
  const event = pullRequestEvent(number, { ref: 'feature', sha: head }, base)
  return {
    repo,
    head,
    github,
    event,
    run: inputs => runAction(workspace.path, github, event, inputs),
    async [Symbol.asyncDispose]() {
      await github.close()
      workspace[Symbol.dispose]()
      repo[Symbol.dispose]()
    }
  }
}

async function fileAt(repo: Repository, ref: string, path: string): Promise<string> {
  return git(repo.bare, 'show', `${ref}:${path}`)
}

test('a pull request with stale config gets one commit on its branch and one plan comment; a second run edits it', async () => {
  using repo = await repository()
  const head = pushStaleBranch(repo, 'feature')
  await using github = await start(repo, {
    pulls: [
      { number: 7, head: { ref: 'feature', sha: head }, base: { ref: 'main', sha: repo.main } }
    ],
    comments: [
      {
        issue: 7,
        body: '<!-- gitops-reloader:plan -->\nquoted by a human',
        user: { login: 'alice', type: 'User' }
      }
    ]
  })
  using workspace = checkout(repo, head)
  const event = pullRequestEvent(7, { ref: 'feature', sha: head }, { ref: 'main', sha: repo.main })

  const first = await runAction(workspace.path, github, event)

  assert.equal(first.code, 0, first.stdout)
  assert.deepEqual(github.unexpected, [])
  const mutations = github.requests.filter(r => r.path === '/graphql')
  assert.equal(mutations.length, 1)
  const branchHead = await github.branchHead('feature')
  assert.equal(first.outputs['commit-sha'], branchHead)
  assert.equal(git(repo.bare, 'rev-parse', `${branchHead}^`).trim(), head)
  assert.match(
    await fileAt(repo, 'feature', 'apps/web.yaml'),
    /gitops-reloader\/config-hash: sha256:[0-9a-f]{16}/
  )
  assert.equal(first.outputs.stale, 'true')
  const comments = github.comments(7)
  assert.equal(comments.length, 2)
  const bot = comments.find(c => c.user.login !== 'alice')
  assert.ok(bot?.body.startsWith('<!-- gitops-reloader:plan -->'))
  assert.match(bot?.body ?? '', /web/)
  assert.equal(first.outputs['comment-url'], bot?.html_url)
  assertNoLeak(first, github)

  // The same pull request again, now at the bot's commit: nothing to commit, the comment edited.
  using again = checkout(repo, branchHead!)
  const second = await runAction(
    again.path,
    github,
    pullRequestEvent(7, { ref: 'feature', sha: branchHead! }, { ref: 'main', sha: repo.main })
  )
  assert.equal(second.code, 0, second.stdout)
  assert.equal(github.requests.filter(r => r.path === '/graphql').length, 1, 'no second commit')
  assert.equal(github.comments(7).length, 2, 'no second comment')
  assert.equal(
    github.comments(7).find(c => c.user.login === 'alice')?.body,
    '<!-- gitops-reloader:plan -->\nquoted by a human'
  )
  assert.equal(github.requests.filter(r => r.method === 'PATCH').length, 1)
  assert.equal(second.outputs['commit-sha'], '')
})

test('a pull request from a fork is checked and annotated, and nothing is written', async () => {
  using repo = await repository()
  const head = pushStaleBranch(repo, 'fork-feature')
  await using github = await start(repo, {
    pulls: [
      {
        number: 8,
        head: { ref: 'fork-feature', sha: head, repo: { full_name: 'someone/repo' } },
        base: { ref: 'main', sha: repo.main }
      }
    ]
  })
  using workspace = checkout(repo, head)
  const result = await runAction(
    workspace.path,
    github,
    pullRequestEvent(
      8,
      { ref: 'fork-feature', sha: head, repo: 'someone/repo' },
      { ref: 'main', sha: repo.main }
    )
  )
  assert.deepEqual(writes(github), [])
  assert.equal(result.code, 1, 'the stale hash is an error')
  assert.match(result.stdout, /::error title=config-hash-stale,file=apps\/web\.yaml,line=\d+/)
  assert.match(result.summary, /fork/)
  assertNoLeak(result, github)
})

test('check mode annotates and fails by fail-on, and writes nothing but the comment', async () => {
  await using pr = await stalePullRequest(9)
  const { github } = pr
  const failing = await pr.run({
    mode: 'check',
    comment: 'false'
  })
  assert.equal(failing.code, 1)
  assert.deepEqual(writes(github), [])
  const lenient = await pr.run({
    mode: 'check',
    comment: 'false',
    'fail-on': 'never'
  })
  assert.equal(lenient.code, 0)
})

test('the branch moved before the commit: the new head is fetched, the fix recomputed, one commit lands', async () => {
  await using pr = await stalePullRequest(10)
  const { repo, github } = pr
  let moved = false
  github.beforeRequest = request => {
    if (moved || request.path !== '/graphql') return
    moved = true
    git(repo.work, 'checkout', '--quiet', 'feature')
    writeFiles(repo.work, { 'apps/other.yaml': deployment('other') })
    commitAll(repo.work, 'someone pushed')
    git(repo.work, 'push', '--quiet', 'origin', 'feature')
    git(repo.work, 'checkout', '--quiet', 'main')
  }
  const result = await pr.run()
  assert.equal(result.code, 0, result.stdout)
  const commits = github.requests.filter(
    r => r.path === '/graphql' && r.status === 200 && !r.body.includes('STALE')
  )
  assert.equal(commits.length, 2, 'one stale attempt, one that lands')
  const tip = await github.branchHead('feature')
  assert.equal(git(repo.bare, 'log', '--format=%s', '-1', `${tip}^`).trim(), 'someone pushed')
  assert.match(await fileAt(repo, 'feature', 'apps/other.yaml'), /config-hash/)
  assert.match(await fileAt(repo, 'feature', 'apps/web.yaml'), /config-hash/)
})

test('502s and rate limits are retried, and each write lands once', async () => {
  await using pr = await stalePullRequest(11, {
    faults: [
      { route: /\/graphql/, kind: 'bad-gateway', times: 2 },
      { route: /\/issues\/11\/comments/, kind: 'secondary-rate-limit', times: 1 },
      { route: /\/issues\/11\/comments/, kind: 'primary-rate-limit', times: 1, resetSeconds: 1 }
    ]
  })
  const { repo, head, github } = pr
  const result = await pr.run()
  assert.equal(result.code, 0, result.stdout)
  assert.equal(github.comments(11).length, 1)
  const tip = await github.branchHead('feature')
  assert.equal(git(repo.bare, 'rev-parse', `${tip}^`).trim(), head, 'exactly one commit')
})

test('without write permission the step fails in one line naming the permissions', async () => {
  await using pr = await stalePullRequest(12, { forbidden: true })
  const { github } = pr
  const result = await pr.run()
  assert.equal(result.code, 1)
  const failure = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
  assert.deepEqual(failure.length, 1)
  assert.match(failure[0] ?? '', /contents: write.*pull-requests: write/)
  assertNoLeak(result, github)
})

function pushEvent(
  before: string,
  after: string
): { name: string; payload: Record<string, unknown> } {
  const event = payload('push', undefined)
  event.ref = 'refs/heads/main'
  event.before = before
  event.after = after
  event.repository = {
    ...(event.repository as object),
    full_name: 'owner/repo',
    default_branch: 'main'
  }
  return { name: 'push', payload: event }
}

function pushStaleMain(repo: Repository): string {
  writeFiles(repo.work, { 'apps/config.yaml': configMap('warn') })
  const sha = commitAll(repo.work, 'config warn')
  git(repo.work, 'push', '--quiet', 'origin', 'main')
  return sha
}

test('a push to the default branch with stale hashes: commit them, then comment the rollback plan', async () => {
  using repo = await repository()
  const after = pushStaleMain(repo)
  await using github = await start(repo, {
    pulls: [
      {
        number: 20,
        head: { ref: 'feature', sha: after },
        base: { ref: 'main', sha: repo.main },
        merged: true,
        merge_commit_sha: after
      } as never
    ]
  })
  using workspace = checkout(repo, after)
  const result = await runAction(workspace.path, github, pushEvent(repo.main, after))
  assert.equal(result.code, 0, result.stdout)
  const tip = await github.branchHead('main')
  assert.equal(result.outputs['commit-sha'], tip)
  assert.equal(git(repo.bare, 'rev-parse', `${tip}^`).trim(), after)
  const [comment] = github.commitComments()
  assert.match(
    comment?.body ?? '',
    new RegExp(`git revert --no-edit ${repo.main.slice(0, 7)}[0-9a-f]*\\.\\.${tip?.slice(0, 7)}`)
  )
  assert.equal(
    github.comments(20).length,
    1,
    'the plan is also on the pull request the commit came from'
  )
  assertNoLeak(result, github)
})

test('push-strategy pull-request, and a protected branch, open a pull request instead', async () => {
  const cases: [Record<string, string>, Partial<FakeGitHubOptions>][] = [
    [{ 'push-strategy': 'pull-request' }, {}],
    [{}, { protectedBranches: ['main'] }]
  ]
  for (const [inputs, options] of cases) {
    using repo = await repository()
    const after = pushStaleMain(repo)
    await using github = await start(repo, options)
    using workspace = checkout(repo, after)
    const result = await runAction(workspace.path, github, pushEvent(repo.main, after), inputs)
    assert.equal(result.code, 0, result.stdout)
    assert.equal(await github.branchHead('main'), after, 'main itself is untouched')
    const [pull] = github.pulls()
    assert.equal(pull?.base.ref, 'main')
    assert.match(await fileAt(repo, pull!.head.ref, 'apps/web.yaml'), /config-hash/)
    if ('protectedBranches' in options) assert.match(result.summary, /refused a direct commit/)
  }
})

test("1,500 stale workloads: every comment stays under GitHub's limit", async () => {
  const many = Object.fromEntries(
    Array.from({ length: 1500 }, (_, i) => [`apps/many/w${i}.yaml`, deployment(`worker-${i}`)])
  )
  await using pr = await stalePullRequest(30, {}, many)
  const { github } = pr
  const result = await pr.run({
    mode: 'check'
  })
  const [comment] = github.comments(30)
  assert.ok(comment && comment.body.length < 65_536, `${comment?.body.length} characters`)
  assert.match(comment?.body ?? '', /1501 workloads|1,501/)
  assert.ok(result.summary.length > 0)
})
