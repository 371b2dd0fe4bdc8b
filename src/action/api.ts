import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import type { Repo } from './event.js'

/** A user error the step reports in one line: the token may not do what the run needs. */
export class PermissionError extends Error {}

const PERMISSIONS_HINT =
  "the token may not write here: give the workflow 'permissions: contents: write' and 'pull-requests: write' (a pull request from a fork never gets them)"

export interface Comment {
  id: number
  body: string
  login: string
  isBot: boolean
  url: string
}

export interface PullSummary {
  number: number
  url: string
  headRef: string
  baseRef: string
  mergeCommitSha: string | undefined
}

export type CommitOutcome =
  | { kind: 'committed'; oid: string; url: string }
  /** The branch no longer points at the expected commit: someone pushed meanwhile. */
  | { kind: 'stale' }
  /** Branch protection or a ruleset refused a direct commit. */
  | { kind: 'refused'; message: string }

export interface FileAddition {
  path: string
  contents: string
}

/**
 * The Action's whole GitHub surface: GraphQL createCommitOnBranch and a few REST calls, with
 * Octokit's retry (5xx) and throttling (primary and secondary rate limits) plugins.
 */
export class GitHub {
  private readonly octokit: InstanceType<typeof GitHubOctokit>

  constructor(
    token: string,
    private readonly repository: Repo,
    env: NodeJS.ProcessEnv,
    log: (message: string) => void
  ) {
    const baseUrl = env['GITHUB_API_URL'] || 'https://api.github.com'
    this.octokit = new GitHubOctokit({
      auth: token,
      baseUrl,
      userAgent: 'gitops-reloader',
      retry: { retries: 3, retryAfterBaseValue: 300 },
      throttle: {
        onRateLimit: (after, options, _octokit, retryCount) => {
          log(`rate limited on ${options.method} ${options.url}; retrying in ${after} s`)
          return retryCount < 2
        },
        onSecondaryRateLimit: (after, options, _octokit, retryCount) => {
          log(`secondary rate limit on ${options.method} ${options.url}; retrying in ${after} s`)
          return retryCount < 2
        }
      }
    })
    this.graphqlUrl = env['GITHUB_GRAPHQL_URL'] || `${baseUrl}/graphql`
  }

  private readonly graphqlUrl: string

  private get owner(): { owner: string; repo: string } {
    return { owner: this.repository.owner, repo: this.repository.name }
  }

  async defaultBranch(): Promise<string> {
    return (await this.call(this.octokit.rest.repos.get(this.owner))).data.default_branch
  }

  async branchHead(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.owner, ref: `heads/${branch}` })
      return data.object.sha
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw translate(error)
    }
  }

  async branchesStartingWith(prefix: string): Promise<string[]> {
    const { data } = await this.call(
      this.octokit.rest.git.listMatchingRefs({ ...this.owner, ref: `heads/${prefix}` })
    )
    return data.map(ref => ref.ref.replace(/^refs\/heads\//, ''))
  }

  async pullsOfCommit(sha: string): Promise<PullSummary[]> {
    const { data } = await this.call(
      this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...this.owner,
        commit_sha: sha
      })
    )
    return data.map(pull => ({
      number: pull.number,
      url: pull.html_url,
      headRef: pull.head.ref,
      baseRef: pull.base.ref,
      mergeCommitSha: pull.merge_commit_sha ?? undefined
    }))
  }

  async comments(issue: number): Promise<Comment[]> {
    const all = await this.call(
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.owner,
        issue_number: issue,
        per_page: 100
      })
    )
    return all.map(comment => ({
      id: comment.id,
      body: comment.body ?? '',
      login: comment.user?.login ?? '',
      isBot: comment.user?.type === 'Bot',
      url: comment.html_url
    }))
  }

  async createComment(issue: number, body: string): Promise<string> {
    const { data } = await this.call(
      this.octokit.rest.issues.createComment({ ...this.owner, issue_number: issue, body })
    )
    return data.html_url
  }

  async updateComment(id: number, body: string): Promise<string> {
    const { data } = await this.call(
      this.octokit.rest.issues.updateComment({ ...this.owner, comment_id: id, body })
    )
    return data.html_url
  }

  async commentOnCommit(sha: string, body: string): Promise<string> {
    const { data } = await this.call(
      this.octokit.rest.repos.createCommitComment({ ...this.owner, commit_sha: sha, body })
    )
    return data.html_url
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.call(
      this.octokit.rest.git.createRef({ ...this.owner, ref: `refs/heads/${branch}`, sha })
    )
  }

  async openPull(title: string, head: string, base: string, body: string): Promise<PullSummary> {
    const { data } = await this.call(
      this.octokit.rest.pulls.create({ ...this.owner, title, head, base, body })
    )
    return {
      number: data.number,
      url: data.html_url,
      headRef: head,
      baseRef: base,
      mergeCommitSha: undefined
    }
  }

  /** One verified commit through the API, only if `branch` still points at `expectedHeadOid`. */
  async commitOnBranch(
    branch: string,
    expectedHeadOid: string,
    headline: string,
    body: string,
    additions: readonly FileAddition[]
  ): Promise<CommitOutcome> {
    const mutation = `mutation ($input: CreateCommitOnBranchInput!) {
      createCommitOnBranch(input: $input) { commit { oid url } }
    }`
    const input = {
      branch: { repositoryNameWithOwner: this.repository.fullName, branchName: branch },
      message: { headline, body },
      expectedHeadOid,
      fileChanges: {
        additions: additions.map(file => ({
          path: file.path,
          contents: Buffer.from(file.contents, 'utf8').toString('base64')
        }))
      }
    }
    // GitHub answers GraphQL errors with 200 and an `errors` list.
    const response = await this.call(
      this.octokit.request({
        method: 'POST',
        url: this.graphqlUrl,
        query: mutation,
        variables: { input }
      })
    )
    const answer = response.data as {
      data?: { createCommitOnBranch?: { commit?: { oid: string; url: string } } | null }
      errors?: { type?: string; message?: string }[]
    }
    const commit = answer.data?.createCommitOnBranch?.commit
    if (commit) return { kind: 'committed', oid: commit.oid, url: commit.url }
    const [error] = answer.errors ?? []
    if (error?.type === 'STALE_DATA') return { kind: 'stale' }
    if (error?.type === 'FORBIDDEN') throw new PermissionError(PERMISSIONS_HINT)
    if (error?.type === 'UNPROCESSABLE')
      return { kind: 'refused', message: error.message?.split('\n')[0] ?? 'refused' }
    throw new Error(`createCommitOnBranch failed: ${error?.message ?? 'no commit in the answer'}`)
  }

  private async call<T>(promise: Promise<T>): Promise<T> {
    try {
      return await promise
    } catch (error) {
      throw translate(error)
    }
  }
}

const GitHubOctokit = Octokit.plugin(retry, throttling)

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/** A 403 the token cannot overcome becomes the one-line permissions message. */
function translate(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  if (statusOf(error) === 403 && /Resource not accessible by integration/i.test(message))
    return new PermissionError(PERMISSIONS_HINT)
  return error instanceof Error ? error : new Error(message)
}
