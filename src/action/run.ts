import * as core from '@actions/core'
import { check, fix } from '../engine/index.js'
import type { CheckOptions, FileChange, FixResult, Problem, Report } from '../engine/index.js'
import { describeLanding, readRevision, readWorkTree } from '../io/index.js'
import { escapeTerminal } from '../output/index.js'
import { planChanges, renderPlanMarkdown, rollbackPlan } from '../plan/index.js'
import type { Landing, Plan } from '../plan/index.js'
import { GitHub } from './api.js'
import type { CommitOutcome } from './api.js'
import { upsertStickyComment } from './comment.js'
import type { ActionEvent, PullRequest } from './event.js'
import { ensureCommit, fetchBranchHead, mergeBase, prefixInRepository } from './git.js'
import type { Settings } from './settings.js'

/** What a run found and did, for the annotations, the summary and the outputs. */
export interface Outcome {
  report: Report
  problems: Problem[]
  notes: string[]
  plan?: string
  commitSha?: string
  commentUrl?: string
}

/** A moved branch is fetched and the fix recomputed this many times before the run gives up. */
const COMMIT_ATTEMPTS = 3
const HASH_RULES = new Set(['config-hash-missing', 'config-hash-stale'])

export async function handleEvent(
  settings: Settings,
  event: ActionEvent,
  env: NodeJS.ProcessEnv
): Promise<Outcome> {
  const options: CheckOptions = {
    sources: settings.sources,
    selection: settings.selection,
    annotationKey: settings.annotationKey
  }
  const github = () =>
    new GitHub(settings.token, event.repository, env, message => core.info(message))
  if (event.kind === 'pull_request') return onPullRequest(settings, event.pull, options, github)
  if (event.kind === 'push') return onPush(settings, event, options, github)
  const report = check(readWorkTree(settings.path), options)
  return { report, problems: report.problems, notes: [] }
}

async function onPullRequest(
  settings: Settings,
  pull: PullRequest,
  options: CheckOptions,
  github: () => GitHub
): Promise<Outcome> {
  // Only the pull request's files are read, from Git objects: its code never runs, which keeps
  // pull_request_target safe.
  ensureCommit(settings.path, pull.headSha, [
    `refs/pull/${pull.number}/head`,
    `refs/heads/${pull.headRef}`
  ])
  ensureCommit(settings.path, pull.baseSha, [`refs/heads/${pull.baseRef}`])
  const result = fix(readRevision(settings.path, pull.headSha).repository, options)
  const notes: string[] = []
  const writes = settings.mode === 'fix' && !pull.fromFork
  if (pull.fromFork)
    notes.push('The pull request comes from a fork: checked only, nothing written.')
  let commit: CommitOutcome | undefined
  if (writes && result.changes.length > 0)
    commit = await commitFixes(
      github(),
      settings,
      pull.headRef,
      pull.headSha,
      result,
      options,
      notes
    )
  const base = mergeBase(settings.path, pull.baseSha, pull.headSha)
  const plan = planOf(settings, base, pull.headSha, options, {
    kind: 'pull-request',
    base,
    head: pull.headSha,
    number: pull.number
  })
  const markdown = renderPlanMarkdown(plan)
  const commentUrl =
    settings.comment && !pull.fromFork
      ? await upsertStickyComment(github(), pull.number, markdown)
      : undefined
  return {
    report: result.report,
    problems: remainingProblems(result, commit),
    notes,
    plan: markdown,
    ...(commit?.kind === 'committed' ? { commitSha: commit.oid } : {}),
    ...(commentUrl ? { commentUrl } : {})
  }
}

async function onPush(
  settings: Settings,
  event: Extract<ActionEvent, { kind: 'push' }>,
  options: CheckOptions,
  github: () => GitHub
): Promise<Outcome> {
  ensureCommit(settings.path, event.after, [`refs/heads/${event.branch}`])
  const result = fix(readRevision(settings.path, event.after).repository, options)
  const defaultBranch = event.defaultBranch || (await github().defaultBranch())
  const notes: string[] = []
  if (event.branch !== defaultBranch) {
    notes.push(`A push to ${event.branch}, not the default branch ${defaultBranch}: checked only.`)
    return { report: result.report, problems: result.report.problems, notes }
  }
  let commit: Committed | undefined
  if (settings.mode === 'fix' && result.changes.length > 0)
    commit =
      settings.pushStrategy === 'commit'
        ? await commitFixes(github(), settings, event.branch, event.after, result, options, notes)
        : await proposeFixes(github(), settings, event.branch, event.after, result, notes)
  const outcome: Outcome = {
    report: result.report,
    problems: remainingProblems(result, commit),
    notes,
    ...(commit?.kind === 'committed' ? { commitSha: commit.oid } : {})
  }
  if (/^0+$/.test(event.before) || !settings.comment) return outcome
  // The bot's own commit is part of what a revert must undo when it landed on the branch.
  const head =
    commit?.kind === 'committed' && settings.pushStrategy === 'commit' && !commit.viaPull
      ? commit.oid
      : event.after
  if (head !== event.after) ensureCommit(settings.path, head, [`refs/heads/${event.branch}`])
  ensureCommit(settings.path, event.before)
  const plan = planOf(
    settings,
    event.before,
    head,
    options,
    describeLanding(settings.path, event.before, head)
  )
  const markdown = renderPlanMarkdown(plan)
  const commentUrl = await github().commentOnCommit(event.after, markdown)
  for (const pull of await github().pullsOfCommit(event.after))
    await upsertStickyComment(github(), pull.number, markdown)
  return { ...outcome, plan: markdown, commentUrl }
}

function planOf(
  settings: Settings,
  base: string,
  head: string,
  options: CheckOptions,
  landing: Landing
): Plan {
  const core = planChanges(
    readRevision(settings.path, base).repository,
    readRevision(settings.path, head).repository,
    options
  )
  return {
    base,
    head,
    ...core,
    rollback: rollbackPlan(landing, core.restarts, core.upgrades, core.roots, core)
  }
}

type Committed = CommitOutcome & { viaPull?: boolean }

/**
 * Commits fix's changes to `branch` through createCommitOnBranch, expecting `expectedHead`.
 * When the branch moved meanwhile, its new head is fetched and fix recomputed on it, a bounded
 * number of times. A refusal by branch protection opens a pull request instead, saying so.
 */
async function commitFixes(
  github: GitHub,
  settings: Settings,
  branch: string,
  expectedHead: string,
  result: FixResult,
  options: CheckOptions,
  notes: string[]
): Promise<Committed> {
  let [head, changes] = [expectedHead, result.changes]
  for (let attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
    const outcome = await github.commitOnBranch(
      branch,
      head,
      HEADLINE,
      commitBody(changes),
      additions(settings, changes)
    )
    if (outcome.kind === 'committed') {
      notes.push(
        `Committed the config-hash annotations of ${changes.length} file(s) to ${branch}: ${outcome.oid}.`
      )
      return outcome
    }
    if (outcome.kind === 'refused') {
      notes.push(
        `${branch} refused a direct commit (${outcome.message}): opening a pull request instead.`
      )
      return proposeFixes(github, settings, branch, head, { ...result, changes }, notes)
    }
    const moved = fetchBranchHead(settings.path, branch)
    if (!moved) break
    core.info(`gitops-reloader: ${escapeTerminal(branch)} moved to ${moved}; recomputing the fix`)
    head = moved
    changes = fix(readRevision(settings.path, moved).repository, options).changes
    if (changes.length === 0) {
      notes.push(`${branch} moved to ${moved}, which needs no fix.`)
      return { kind: 'stale' }
    }
  }
  notes.push(
    `${branch} kept moving: gave up committing after ${COMMIT_ATTEMPTS} attempts; run again.`
  )
  return { kind: 'stale' }
}

/** Opens a branch from `base` with the fix and a pull request into `target`. */
async function proposeFixes(
  github: GitHub,
  settings: Settings,
  target: string,
  base: string,
  result: FixResult,
  notes: string[]
): Promise<Committed> {
  const branch = `gitops-reloader/config-hash-${base.slice(0, 12)}`
  if ((await github.branchesStartingWith(branch)).includes(branch)) {
    notes.push(`The branch ${branch} already proposes these annotations.`)
    return { kind: 'stale' }
  }
  await github.createBranch(branch, base)
  const outcome = await github.commitOnBranch(
    branch,
    base,
    HEADLINE,
    commitBody(result.changes),
    additions(settings, result.changes)
  )
  if (outcome.kind !== 'committed') return outcome
  const pull = await github.openPull(HEADLINE, branch, target, pullBody(result.changes))
  notes.push(
    `Opened ${pull.url} with the config-hash annotations of ${result.changes.length} file(s).`
  )
  return { ...outcome, viaPull: true }
}

const HEADLINE = 'gitops-reloader: update config-hash annotations'

function commitBody(changes: readonly FileChange[]): string {
  return [
    'Restarts from Git: the pods that read changed config roll with this commit.',
    '',
    ...changes.map(c => `- ${c.file}`)
  ].join('\n')
}

function pullBody(changes: readonly FileChange[]): string {
  return `${commitBody(changes)}\n\nMerge it to restart the pods whose ConfigMaps and Secrets changed; the plan follows as a comment.`
}

/** createCommitOnBranch takes paths from the repository's top; the engine's are below `path`. */
function additions(settings: Settings, changes: readonly FileChange[]) {
  const prefix = prefixInRepository(settings.path)
  return changes.map(change => ({ path: `${prefix}${change.file}`, contents: change.after }))
}

/** After a commit, the hashes it wrote are no longer findings. */
function remainingProblems(result: FixResult, commit: CommitOutcome | undefined): Problem[] {
  const committed = commit?.kind === 'committed'
  return [
    ...result.report.problems.filter(p => !(committed && HASH_RULES.has(p.rule))),
    ...result.problems
  ]
}
