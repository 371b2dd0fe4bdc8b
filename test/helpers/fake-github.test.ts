import assert from 'node:assert/strict'
import { chmodSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js'
import { commitAll, git } from './git.js'
import { tempDirectory, writeFiles } from './temp.js'

const token = 'ghs_fakeGitHubTestToken0123456789'
const files = {
  'README.md': '# example\n',
  'apps/podinfo/configmap.yaml': 'kind: ConfigMap\ndata:\n  a: "1"\n',
  'apps/podinfo/old.yaml': 'kind: Secret\n',
  'scripts/run.sh': '#!/bin/sh\necho run\n'
}

/** A work tree committed on main and its bare clone, which plays GitHub's copy of the repository. */
function origin(): { work: string; bare: string; head: string } & Disposable {
  const work = tempDirectory(files)
  chmodSync(join(work.path, 'scripts/run.sh'), 0o755)
  const head = commitAll(work.path)
  const bare = join(work.path, '..', `${work.path.split('/').pop()}.git`)
  git(work.path, 'clone', '--quiet', '--bare', work.path, bare)
  git(work.path, 'remote', 'add', 'origin', bare)
  return {
    work: work.path,
    bare,
    head,
    [Symbol.dispose]: () => {
      work[Symbol.dispose]()
      rmSync(bare, { recursive: true, force: true })
    }
  }
}

function start(bare: string, options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  return startFakeGitHub({ bareRepository: bare, owner: 'owner', repo: 'repo', token, ...options })
}

async function call(
  github: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  auth = `token ${token}`
) {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: {
      authorization: auth,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  const json = () => JSON.parse(text) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, text, json }
}

const createCommit = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`

function commitOnBranch(
  github: FakeGitHub,
  branchName: string,
  expectedHeadOid: string,
  fileChanges: {
    additions?: { path: string; contents: string }[]
    deletions?: { path: string }[]
  } = {}
) {
  const input = {
    branch: { repositoryNameWithOwner: 'owner/repo', branchName },
    message: { headline: 'chore: config hashes', body: 'Restarts podinfo.' },
    fileChanges,
    expectedHeadOid
  }
  return call(github, 'POST', '/graphql', { query: createCommit, variables: { input } })
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

test('createCommitOnBranch applies the file changes as one commit on the expected head', async () => {
  using repo = origin()
  await using github = await start(repo.bare)
  const configmap = 'kind: ConfigMap\ndata:\n  a: "2" # é\n'
  const response = await commitOnBranch(github, 'main', repo.head, {
    additions: [
      { path: 'apps/podinfo/configmap.yaml', contents: base64(configmap) },
      { path: 'apps/podinfo/new.yaml', contents: base64('kind: Service\n') },
      { path: 'scripts/run.sh', contents: base64('#!/bin/sh\necho changed\n') }
    ],
    deletions: [{ path: 'apps/podinfo/old.yaml' }]
  })
  assert.equal(response.status, 200)
  const commit = response.json()['data'].createCommitOnBranch.commit
  assert.equal(commit.oid, await github.branchHead('main'))
  assert.equal(commit.url, `https://github.com/owner/repo/commit/${commit.oid}`)

  const show = (...args: string[]) => git(repo.work, '--git-dir', repo.bare, ...args)
  assert.equal(show('rev-list', '--count', `${repo.head}..${commit.oid}`).trim(), '1')
  assert.equal(show('show', '-s', '--format=%P', commit.oid).trim(), repo.head)
  assert.equal(
    show('show', '-s', '--format=%an <%ae>|%cn <%ce>|%B', commit.oid).trim(),
    'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|GitHub <noreply@github.com>|' +
      'chore: config hashes\n\nRestarts podinfo.'
  )
  assert.deepEqual(show('show', '--name-status', '--format=', commit.oid).trim().split('\n'), [
    'M\tapps/podinfo/configmap.yaml',
    'A\tapps/podinfo/new.yaml',
    'D\tapps/podinfo/old.yaml',
    'M\tscripts/run.sh'
  ])
  assert.equal(show('show', `${commit.oid}:apps/podinfo/configmap.yaml`), configmap)
  assert.match(show('ls-tree', commit.oid, 'scripts/run.sh'), /^100755 blob /)

  assert.deepEqual(
    github.requests.map(r => `${r.method} ${r.path} ${r.status}`),
    ['POST /graphql 200']
  )
  assert.equal(github.requests[0]?.headers['authorization'], undefined)
  assert.ok(!JSON.stringify(github.requests).includes(token))
  assert.deepEqual(github.unexpected, [])
})

test('createCommitOnBranch also reads literal arguments written into the query', async () => {
  using repo = origin()
  await using github = await start(repo.bare)
  const query = `mutation {
    createCommitOnBranch(input: {
      branch: {repositoryNameWithOwner: "owner/repo", branchName: "main"}
      message: {headline: "literal \\"quoted\\"", body: """
        Line one
        Line two
      """}
      fileChanges: {additions: [{path: "README.md", contents: "${base64('# literal\n')}"}], deletions: []}
      expectedHeadOid: "${repo.head}"
    }) { commit { oid } }
  }`
  const response = await call(github, 'POST', '/graphql', { query })
  const oid = response.json()['data'].createCommitOnBranch.commit.oid as string
  const show = (...args: string[]) => git(repo.work, '--git-dir', repo.bare, ...args)
  assert.equal(show('show', `${oid}:README.md`), '# literal\n')
  assert.equal(
    show('show', '-s', '--format=%B', oid).trim(),
    'literal "quoted"\n\nLine one\nLine two'
  )
})

test('createCommitOnBranch answers STALE_DATA when the branch moved, including through beforeRequest', async () => {
  using repo = origin()
  await using github = await start(repo.bare)
  const wrong = 'f'.repeat(40)
  const stale = await commitOnBranch(github, 'main', wrong)
  assert.equal(stale.status, 200)
  assert.deepEqual(stale.json()['data'], { createCommitOnBranch: null })
  const [error] = stale.json()['errors'] as { type: string; message: string; path: string[] }[]
  assert.deepEqual(error?.type, 'STALE_DATA')
  assert.deepEqual(error?.path, ['createCommitOnBranch'])
  assert.equal(
    error?.message,
    `Expected branch to point to "${wrong}" but it did not. Pull and try again.`
  )
  assert.equal(await github.branchHead('main'), repo.head)

  // Someone pushes between the Action's read of the head and its commit.
  const read = (await call(github, 'GET', '/repos/owner/repo/git/ref/heads/main')).json()['object']
    .sha
  github.beforeRequest = request => {
    if (request.path !== '/graphql') return
    github.beforeRequest = undefined
    writeFiles(repo.work, { 'README.md': '# pushed\n' })
    commitAll(repo.work, 'pushed')
    git(repo.work, 'push', '--quiet', 'origin', 'main')
  }
  const moved = await commitOnBranch(github, 'main', read)
  assert.equal(moved.json()['errors'][0].type, 'STALE_DATA')
  const pushed = await github.branchHead('main')
  assert.notEqual(pushed, repo.head)
  const retried = await commitOnBranch(github, 'main', pushed ?? '')
  assert.equal(
    retried.json()['data'].createCommitOnBranch.commit.oid,
    await github.branchHead('main')
  )
})

test('protected branches refuse the commit, a forbidden token is refused writes', async () => {
  using repo = origin()
  await using protectedGitHub = await start(repo.bare, { protectedBranches: ['main'] })
  const refused = await commitOnBranch(protectedGitHub, 'main', repo.head)
  assert.equal(refused.json()['errors'][0].type, 'UNPROCESSABLE')
  assert.match(
    refused.json()['errors'][0].message,
    /^Repository rule violations found\n\nChanges must be made/
  )
  assert.equal(
    (await call(protectedGitHub, 'GET', '/repos/owner/repo/branches/main')).json()['protected'],
    true
  )
  assert.equal(await protectedGitHub.branchHead('main'), repo.head)

  await using forbidden = await start(repo.bare, {
    forbidden: ['contents'],
    pulls: [pull(1, repo.head)]
  })
  const denied = await commitOnBranch(forbidden, 'main', repo.head)
  assert.deepEqual(denied.json()['errors'][0].type, 'FORBIDDEN')
  assert.equal(denied.json()['errors'][0].message, 'Resource not accessible by integration')
  const ref = await call(forbidden, 'POST', '/repos/owner/repo/git/refs', {
    ref: 'refs/heads/x',
    sha: repo.head
  })
  assert.equal(ref.status, 403)
  assert.equal(ref.json()['message'], 'Resource not accessible by integration')
  assert.equal(
    (await call(forbidden, 'POST', '/repos/owner/repo/issues/1/comments', { body: 'ok' })).status,
    201
  )
  assert.equal(await forbidden.branchHead('x'), undefined)
})

function pull(number: number, sha: string, ref = 'main') {
  return { number, head: { ref, sha }, base: { ref: 'main', sha } }
}

test('issue comments are paginated as GitHub does, with link headers', async () => {
  using repo = origin()
  const comments = Array.from({ length: 75 }, (_, i) => ({
    issue: 4,
    body: `comment ${i}`,
    user: { login: `human${i}`, type: 'User' as const }
  }))
  await using github = await start(repo.bare, { pulls: [pull(4, repo.head)], comments })
  const path = '/repos/owner/repo/issues/4/comments'
  const seen: string[] = []
  const links: string[] = []
  let next: string | undefined = `${github.url}${path}?per_page=30`
  while (next) {
    const page = await call(github, 'GET', next.slice(github.url.length))
    assert.equal(page.status, 200)
    seen.push(...page.json().map((c: { body: string }) => c.body))
    links.push(page.headers.get('link') ?? '')
    next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1]
  }
  assert.deepEqual(
    seen,
    comments.map(c => c.body)
  )
  assert.equal(links.length, 3)
  assert.match(links[0] ?? '', /[?&]page=2>; rel="next", <[^>]*[?&]page=3>; rel="last"/)
  assert.match(links[0] ?? '', /per_page=30/)
  assert.match(links[1] ?? '', /page=1>; rel="prev".*page=3>; rel="next".*page=3>; rel="last"/)
  assert.doesNotMatch(links[2] ?? '', /rel="next"/)

  const first = await call(github, 'GET', path)
  assert.equal(first.json().length, 30)
  assert.equal((await call(github, 'GET', `${path}?per_page=500`)).json().length, 75)
  const capped = await call(github, 'GET', `${path}?per_page=100`)
  assert.equal(capped.headers.get('link'), null)
  assert.deepEqual(capped.json()[0].user, { id: 1, type: 'User', login: 'human0' })
})

test('comments are created and edited as the acting user', async () => {
  using repo = origin()
  const seeded = [
    { issue: 2, body: 'from a human', user: { login: 'alice' } },
    { issue: 2, body: 'old sticky' }
  ]
  await using github = await start(repo.bare, { pulls: [pull(2, repo.head)], comments: seeded })
  const [human, sticky] = github.comments(2)
  assert.deepEqual([human?.user.login, human?.user.type], ['alice', 'User'])
  assert.deepEqual([sticky?.user.login, sticky?.user.type], ['github-actions[bot]', 'Bot'])

  const edited = await call(github, 'PATCH', `/repos/owner/repo/issues/comments/${sticky?.id}`, {
    body: 'new sticky'
  })
  assert.equal(edited.status, 200)
  assert.equal(edited.json()['body'], 'new sticky')
  const created = await call(github, 'POST', '/repos/owner/repo/issues/2/comments', {
    body: 'another'
  })
  assert.equal(created.status, 201)
  assert.match(
    created.json()['html_url'],
    /^https:\/\/github\.com\/owner\/repo\/pull\/2#issuecomment-\d+$/
  )
  assert.deepEqual(
    github.comments(2).map(c => [c.user.login, c.body]),
    [
      ['alice', 'from a human'],
      ['github-actions[bot]', 'new sticky'],
      ['github-actions[bot]', 'another']
    ]
  )
  const onCommit = await call(github, 'POST', `/repos/owner/repo/commits/${repo.head}/comments`, {
    body: 'hi'
  })
  assert.equal(onCommit.status, 201)
  assert.deepEqual(
    github.commitComments().map(c => [c.commit_id, c.body]),
    [[repo.head, 'hi']]
  )
  assert.equal(
    (await call(github, 'PATCH', '/repos/owner/repo/issues/comments/1', { body: 'x' })).status,
    404
  )
  assert.equal(
    (await call(github, 'POST', '/repos/owner/repo/issues/9/comments', { body: 'x' })).status,
    404
  )
})

test('a wrong or missing token gets 401 Bad credentials; token and Bearer schemes both work', async () => {
  using repo = origin()
  await using github = await start(repo.bare)
  for (const auth of ['token wrong', `Bearer ${token}x`, '']) {
    const response = await call(github, 'GET', '/repos/owner/repo', undefined, auth)
    assert.equal(response.status, 401)
    assert.equal(response.json()['message'], 'Bad credentials')
    assert.equal(typeof response.json()['documentation_url'], 'string')
  }
  assert.equal(
    (await call(github, 'GET', '/repos/owner/repo', undefined, `Bearer ${token}`)).status,
    200
  )
  const repository = (await call(github, 'GET', '/repos/owner/repo')).json()
  assert.deepEqual([repository['full_name'], repository['default_branch']], ['owner/repo', 'main'])
  assert.equal(repository['permissions'].push, true)
  assert.equal((await commitOnBranch(github, 'main', repo.head)).status, 200)
  assert.deepEqual(github.unexpected, [])
})

test('unknown routes answer 404 Not Found and are recorded as unexpected', async () => {
  using repo = origin()
  await using github = await start(repo.bare, { pulls: [pull(1, repo.head)] })
  const unknown = await call(github, 'GET', '/repos/owner/repo/contents/README.md?ref=main')
  assert.equal(unknown.status, 404)
  assert.equal(unknown.json()['message'], 'Not Found')
  assert.equal(typeof unknown.json()['documentation_url'], 'string')
  await call(github, 'DELETE', '/repos/owner/repo/git/refs/heads/main')
  await call(github, 'POST', '/graphql', { query: 'query { viewer { login } }' })
  // Known routes that find nothing are GitHub's answers, not unexpected calls.
  assert.equal((await call(github, 'GET', '/repos/owner/repo/pulls/99')).status, 404)
  assert.equal((await call(github, 'GET', '/repos/owner/repo/git/ref/heads/nope')).status, 404)
  assert.equal((await call(github, 'GET', '/repos/owner/repo/pulls/1')).status, 200)
  assert.deepEqual(
    github.unexpected.map(r => [r.method, r.path, r.query]),
    [
      ['GET', '/repos/owner/repo/contents/README.md', { ref: 'main' }],
      ['DELETE', '/repos/owner/repo/git/refs/heads/main', {}],
      ['POST', '/graphql', {}]
    ]
  )
})

test('injected 502s fail a route the given number of times, then it answers', async () => {
  using repo = origin()
  await using github = await start(repo.bare, {
    pulls: [pull(1, repo.head)],
    faults: [{ route: 'GET /repos/owner/repo/pulls/1', kind: 'bad-gateway', times: 2 }]
  })
  github.injectFault({ route: /^POST \/graphql$/, kind: 'bad-gateway', body: 'text' })
  const first = await call(github, 'GET', '/repos/owner/repo/pulls/1')
  assert.equal(first.status, 502)
  assert.match(first.headers.get('content-type') ?? '', /text\/html/)
  assert.match(first.text, /Unicorn!/)
  assert.equal((await call(github, 'GET', '/repos/owner/repo')).status, 200)
  assert.equal((await call(github, 'GET', '/repos/owner/repo/pulls/1')).status, 502)
  const third = await call(github, 'GET', '/repos/owner/repo/pulls/1')
  assert.equal(third.status, 200)
  assert.equal(third.json()['head'].sha, repo.head)

  const graphql = await commitOnBranch(github, 'main', repo.head)
  assert.deepEqual([graphql.status, graphql.text], [502, 'Server Error'])
  assert.equal(await github.branchHead('main'), repo.head)
  assert.equal((await commitOnBranch(github, 'main', repo.head)).status, 200)
  assert.deepEqual(
    github.requests.map(r => [r.status, r.fault]),
    [
      [502, 'bad-gateway'],
      [200, undefined],
      [502, 'bad-gateway'],
      [200, undefined],
      [502, 'bad-gateway'],
      [200, undefined]
    ]
  )
})

test('rate limits: primary (403, 429, GraphQL RATE_LIMITED) and secondary answers carry their headers', async () => {
  using repo = origin()
  await using github = await start(repo.bare, {
    faults: [
      { route: '/repos/owner/repo', kind: 'primary-rate-limit', resetSeconds: 2 },
      { route: 'GET /repos/owner/repo/branches/main', kind: 'primary-rate-limit', status: 429 },
      { route: 'GET /repos/owner/repo/git/ref/heads/main', kind: 'secondary-rate-limit' },
      { route: 'POST /graphql', kind: 'primary-rate-limit', status: 200 }
    ]
  })
  const before = Math.floor(Date.now() / 1000)
  const primary = await call(github, 'GET', '/repos/owner/repo')
  assert.equal(primary.status, 403)
  assert.match(primary.json()['message'], /^API rate limit exceeded/)
  assert.equal(primary.headers.get('x-ratelimit-remaining'), '0')
  const reset = Number(primary.headers.get('x-ratelimit-reset'))
  assert.ok(reset >= before + 1 && reset <= before + 4, `reset ${reset - before} s ahead`)

  const ok = await call(github, 'GET', '/repos/owner/repo')
  assert.equal(ok.status, 200)
  assert.equal(ok.headers.get('x-ratelimit-limit'), '5000')
  assert.equal(
    Number(ok.headers.get('x-ratelimit-remaining')) + Number(ok.headers.get('x-ratelimit-used')),
    5000
  )
  assert.match(ok.headers.get('x-github-request-id') ?? '', /^[0-9A-F]{16}$/)

  const tooMany = await call(github, 'GET', '/repos/owner/repo/branches/main')
  assert.deepEqual([tooMany.status, tooMany.headers.get('x-ratelimit-remaining')], [429, '0'])

  const secondary = await call(github, 'GET', '/repos/owner/repo/git/ref/heads/main')
  assert.equal(secondary.status, 403)
  assert.equal(secondary.headers.get('retry-after'), '1')
  assert.match(secondary.json()['message'], /\bsecondary rate\b/i) // what @octokit/plugin-throttling tests
  assert.equal((await call(github, 'GET', '/repos/owner/repo/git/ref/heads/main')).status, 200)

  const graphql = await commitOnBranch(github, 'main', repo.head)
  assert.deepEqual([graphql.status, graphql.headers.get('x-ratelimit-remaining')], [200, '0'])
  assert.equal(graphql.json()['errors'][0].type, 'RATE_LIMITED')
  assert.equal(await github.branchHead('main'), repo.head)
})

test('a branch created through POST git/refs takes a commit and opens a pull request', async () => {
  using repo = origin()
  await using github = await start(repo.bare, { pulls: [pull(3, repo.head)] })
  const refs = '/repos/owner/repo/git/refs'
  const created = await call(github, 'POST', refs, {
    ref: 'refs/heads/gitops-reloader/fix',
    sha: repo.head
  })
  assert.equal(created.status, 201)
  assert.deepEqual(created.json()['object'], {
    sha: repo.head,
    type: 'commit',
    url: `${github.url}/repos/owner/repo/git/commits/${repo.head}`
  })
  const again = await call(github, 'POST', refs, {
    ref: 'refs/heads/gitops-reloader/fix',
    sha: repo.head
  })
  assert.deepEqual([again.status, again.json()['message']], [422, 'Reference already exists'])
  const missing = await call(github, 'POST', refs, { ref: 'refs/heads/other', sha: 'a'.repeat(40) })
  assert.deepEqual([missing.status, missing.json()['message']], [422, 'Object does not exist'])

  // Octokit escapes the slashes of a ref; the request log shows the path unescaped.
  const ref = await call(github, 'GET', '/repos/owner/repo/git/ref/heads%2Fgitops-reloader%2Ffix')
  assert.equal(github.requests.at(-1)?.path, '/repos/owner/repo/git/ref/heads/gitops-reloader/fix')
  assert.deepEqual(
    [ref.json()['ref'], ref.json()['object'].sha],
    ['refs/heads/gitops-reloader/fix', repo.head]
  )
  const matching = await call(github, 'GET', '/repos/owner/repo/git/matching-refs/heads/gitops')
  assert.deepEqual(
    matching.json().map((r: { ref: string }) => r.ref),
    ['refs/heads/gitops-reloader/fix']
  )

  const commit = await commitOnBranch(github, 'gitops-reloader/fix', repo.head, {
    additions: [{ path: 'README.md', contents: base64('# fixed\n') }]
  })
  const oid = commit.json()['data'].createCommitOnBranch.commit.oid
  assert.equal(await github.branchHead('gitops-reloader/fix'), oid)
  assert.equal(await github.branchHead('main'), repo.head)

  const body = {
    title: 'Config hashes',
    head: 'owner:gitops-reloader/fix',
    base: 'main',
    body: 'Fixes.'
  }
  const opened = await call(github, 'POST', '/repos/owner/repo/pulls', body)
  assert.equal(opened.status, 201)
  assert.deepEqual(
    [
      opened.json()['number'],
      opened.json()['head'].ref,
      opened.json()['head'].sha,
      opened.json()['base'].sha
    ],
    [4, 'gitops-reloader/fix', oid, repo.head]
  )
  const duplicate = await call(github, 'POST', '/repos/owner/repo/pulls', body)
  assert.equal(duplicate.status, 422)
  assert.match(duplicate.json()['errors'][0].message, /A pull request already exists/)
  assert.deepEqual(
    github.pulls().map(p => p.number),
    [3, 4]
  )
})

test('commits/{sha}/pulls finds the pull request whose branch holds the commit', async () => {
  using repo = origin()
  git(repo.work, 'checkout', '--quiet', '-b', 'feature')
  writeFiles(repo.work, { 'README.md': '# feature\n' })
  const first = commitAll(repo.work, 'feature one')
  writeFiles(repo.work, { 'README.md': '# feature two\n' })
  const second = commitAll(repo.work, 'feature two')
  git(repo.work, 'push', '--quiet', 'origin', 'feature')
  const merged = {
    ...pull(5, 'c'.repeat(40), 'old'),
    state: 'closed' as const,
    merged: true,
    merge_commit_sha: repo.head
  }
  await using github = await start(repo.bare, {
    pulls: [
      {
        ...pull(7, first, 'feature'),
        head: { ref: 'feature', sha: first, repo: { full_name: 'owner/repo' } }
      },
      merged
    ]
  })
  const pullsOf = async (sha: string) =>
    (await call(github, 'GET', `/repos/owner/repo/commits/${sha}/pulls`))
      .json()
      .map((p: { number: number }) => p.number)
  assert.deepEqual(await pullsOf(second), [7])
  assert.deepEqual(await pullsOf(first), [7])
  assert.deepEqual(await pullsOf(repo.head), [5])
  const pr = (await call(github, 'GET', '/repos/owner/repo/pulls/7')).json()
  assert.equal(pr['head'].sha, second) // the seeded sha is stale: an open pull request follows its branch
  assert.equal(pr['base'].repo.full_name, 'owner/repo')
  assert.equal(
    (await call(github, 'GET', `/repos/owner/repo/commits/${'b'.repeat(40)}/pulls`)).status,
    422
  )
})
