import type { RootSummary } from '../engine/index.js'
import type { Reason, Restart, Rollback, RollbackCommand, Upgrade, WorkloadRef } from './types.js'

/**
 * How a change lands on the branch, which decides the revert that undoes it:
 * - `merge-commit`: head is a merge commit whose first parent is base;
 * - `single-commit`: base..head is one commit (a squash merge, one direct push);
 * - `range`: several commits (a rebase merge, direct pushes, the bot's own hash commit among
 *   them), `merges` of them merge commits;
 * - `pull-request`: not merged yet, so the merge method is not known: every form is shown.
 */
export type Landing =
  | { kind: 'merge-commit'; base: string; head: string; commit: string }
  | { kind: 'single-commit'; base: string; head: string; commit: string }
  | { kind: 'range'; base: string; head: string; commits?: number; merges?: number }
  | { kind: 'pull-request'; base: string; head: string; number?: number }

/** The one-click form of the revert; not a shell command, so renderers show it as prose. */
export const REVERT_BUTTON = "GitHub's Revert button on the merged pull request"

/** Workload kinds `kubectl rollout status` accepts, as it spells them. */
const ROLLOUT_KINDS: Readonly<Record<string, string>> = {
  Deployment: 'deployment',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset'
}

/** A command for one cluster: the commands are grouped by cluster, to switch context once. */
type ClusterCommand = RollbackCommand & { cluster: string }

/**
 * The rollback plan: the revert for the way the change lands, then, cluster by cluster, the
 * commands that apply it at once and watch it (each Flux Kustomization with a restart or an
 * upgrade, each HelmRelease that upgrades, each workload that restarts), and what a revert
 * restores and what it cannot.
 */
export function rollbackPlan(
  landing: Landing,
  restarts: readonly Restart[],
  upgrades: readonly Upgrade[],
  roots: readonly RootSummary[],
  changes: { added?: readonly WorkloadRef[]; removed?: readonly WorkloadRef[] } = {}
): Rollback {
  const perCluster: ClusterCommand[] = [
    ...reconcileCommands(restarts, upgrades, roots),
    ...upgrades.map(upgrade => ({
      cluster: upgrade.cluster,
      purpose: `upgrade HelmRelease ${upgrade.namespace}/${upgrade.name}${inCluster(upgrade.cluster)} to the reverted values now`,
      command: `flux reconcile helmrelease ${shellWord(upgrade.name)} -n ${shellWord(upgrade.namespace)}`
    })),
    ...watchCommands(restarts)
  ]
  const clusters = [...new Set([...restarts, ...upgrades].map(w => w.cluster).filter(Boolean)), '']
  const grouped = clusters.flatMap(cluster =>
    perCluster
      .filter(command => command.cluster === cluster)
      .map(({ purpose, command }) => ({ purpose, command }))
  )
  return {
    commands: unique([...revertCommands(landing), ...grouped]),
    restores: restoresOf(restarts, upgrades, changes),
    cannotRestore: cannotRestoreOf(restarts, upgrades, changes)
  }
}

function revertCommands(landing: Landing): RollbackCommand[] {
  const range = `${shellWord(landing.base)}..${shellWord(landing.head)}`
  switch (landing.kind) {
    case 'merge-commit':
      return [
        {
          purpose: 'revert the merge commit (config and hash together)',
          command: `git revert -m 1 ${shellWord(landing.commit)}`
        },
        { purpose: 'the same revert in one click', command: REVERT_BUTTON }
      ]
    case 'single-commit':
      return [
        {
          purpose: 'revert the commit (config and hash together)',
          command: `git revert ${shellWord(landing.commit)}`
        },
        {
          purpose: 'the same revert in one click, when it came from a pull request',
          command: REVERT_BUTTON
        }
      ]
    case 'range':
      return [
        landing.merges
          ? {
              purpose: `revert the ${landing.commits ?? 'several'} commits, merges by their first parent (config and hash together)`,
              command: `git revert --no-edit -m 1 --first-parent ${range}`
            }
          : {
              purpose: `revert the ${landing.commits ? `${landing.commits} ` : ''}commits, the bot's own hash commit included (config and hash together)`,
              command: `git revert --no-edit ${range}`
            },
        {
          purpose: 'the same revert in one click, when they came from a pull request',
          command: REVERT_BUTTON
        }
      ]
    case 'pull-request':
      return [
        {
          purpose: 'after a merge commit: revert it (config and hash together)',
          command: 'git revert -m 1 <merge-sha>'
        },
        {
          purpose: 'after a squash merge: revert the squashed commit',
          command: 'git revert <squash-sha>'
        },
        {
          purpose:
            "after a rebase merge: revert the rebased commits, the bot's hash commit included",
          command: `git revert --no-edit ${range}`
        },
        { purpose: 'any of them in one click', command: REVERT_BUTTON }
      ]
  }
}

/** `flux reconcile kustomization` for each Flux root with a restart or an upgrade, in root order. */
function reconcileCommands(
  restarts: readonly Restart[],
  upgrades: readonly Upgrade[],
  roots: readonly RootSummary[]
): ClusterCommand[] {
  const clusters = new Map([...restarts, ...upgrades].map(w => [w.root, w.cluster]))
  return roots
    .filter(root => root.kind === 'flux' && clusters.has(root.id))
    .map(root => {
      const [namespace = '', name = ''] = splitId(root.id)
      const by = root.interval
        ? `applies by itself within ${root.interval}`
        : 'applies by itself at its next interval'
      return {
        cluster: clusters.get(root.id) ?? '',
        purpose: `apply the revert to Flux Kustomization ${root.id}${inCluster(clusters.get(root.id))} now (${by})`,
        command: `flux reconcile kustomization ${shellWord(name)} -n ${shellWord(namespace)} --with-source`
      }
    })
}

/**
 * The namespace and name of a Flux root id: `namespace/name`, with `@<file>` (and `#<n>`) added
 * when several clusters declare the same Kustomization; Kubernetes names hold none of `/@#`.
 */
function splitId(id: string): [string, string] {
  const plain = id.replace(/[@#].*$/s, '')
  const slash = plain.indexOf('/')
  return slash < 0 ? ['flux-system', plain] : [plain.slice(0, slash), plain.slice(slash + 1)]
}

/** What to watch while each restart rolls back: its rollout, or the Flagger canary that runs it. */
function watchCommands(restarts: readonly Restart[]): ClusterCommand[] {
  return restarts.flatMap(restart => {
    const workload = `${restart.kind} ${restart.namespace}/${restart.name}${inCluster(restart.cluster)}`
    if (restart.strategy.type === 'none') return []
    if (restart.strategy.type === 'canary')
      return [
        {
          cluster: restart.cluster,
          purpose: `watch the Flagger canary analysis of ${workload}`,
          command: `kubectl -n ${shellWord(restart.namespace)} get canary/${shellWord(restart.strategy.canary)} --watch`
        }
      ]
    const kind = ROLLOUT_KINDS[restart.kind]
    if (!kind) return []
    return [
      {
        cluster: restart.cluster,
        purpose: `watch ${workload} roll back`,
        command: `kubectl -n ${shellWord(restart.namespace)} rollout status ${kind}/${shellWord(restart.name)}`
      }
    ]
  })
}

function restoresOf(
  restarts: readonly Restart[],
  upgrades: readonly Upgrade[],
  changes: { added?: readonly WorkloadRef[]; removed?: readonly WorkloadRef[] }
): string[] {
  const reasons = restarts.flatMap(restart => restart.reasons)
  const has = (...types: Reason['type'][]) => reasons.some(reason => types.includes(reason.type))
  const restores: string[] = []
  if (has('config'))
    restores.push(
      'The ConfigMaps and Secrets in Git and the config-hash annotations together: the hash goes back to its old value, so the pods that read them roll back to the old data.'
    )
  if (has('image', 'env', 'resources', 'pod-template'))
    restores.push(
      'The old pod templates (images, env, resources, other fields): the workloads roll out again with them.'
    )
  if (upgrades.length > 0 || has('values', 'chart'))
    restores.push(
      'The HelmRelease values and chart versions in Git: helm-controller upgrades the releases to them.'
    )
  if (changes.added?.length)
    restores.push(
      'The workloads this change adds are deleted again where their Flux Kustomization prunes (prune: true).'
    )
  if (changes.removed?.length) restores.push('The workloads this change removes are created again.')
  if (restores.length === 0)
    restores.push(
      'The files in Git; the change restarts nothing in the cluster, so nothing rolls back there.'
    )
  return restores
}

function cannotRestoreOf(
  restarts: readonly Restart[],
  upgrades: readonly Upgrade[],
  changes: { added?: readonly WorkloadRef[]; removed?: readonly WorkloadRef[] }
): string[] {
  const cannot: string[] = [
    'Values that do not live in Git (ExternalSecrets, secrets from a vault, config a controller writes): a revert restores the references and the hash, not those values.'
  ]
  if (changes.removed?.length)
    cannot.push(
      'Objects Flux pruned when the change removed them: a revert creates them anew, without their old state (a PersistentVolumeClaim deleted with them keeps no data).'
    )
  if (changes.added?.length)
    cannot.push(
      'Objects the change added, where their Flux Kustomization has prune: false: they stay in the cluster after the revert.'
    )
  cannot.push(
    'Immutable fields (a selector, a Job template, volumeClaimTemplates): where the change altered one, the apply failed or the object was recreated (force: true), and the revert meets the same.',
    'What Jobs and hooks did meanwhile, such as database migrations: a revert does not run them backwards.'
  )
  if (upgrades.length > 0 || restarts.some(restart => restart.release !== undefined))
    cannot.push(
      "Helm's history: helm-controller upgrades forward to the old values as a new revision (no helm rollback); hooks run again and CRDs a chart upgraded stay upgraded."
    )
  return cannot
}

function inCluster(cluster: string | undefined): string {
  return cluster ? ` in cluster ${cluster}` : ''
}

/** The same command for the same cluster once; the same command in two clusters runs twice. */
function unique(commands: RollbackCommand[]): RollbackCommand[] {
  const seen = new Set<string>()
  return commands.filter(command => {
    const key = `${command.purpose}\n${command.command}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A word a POSIX shell reads as itself: Kubernetes names pass as they are, anything else is
 * single-quoted, so a copied command never runs what a hostile name holds.
 */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9._/:@%+=,-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}
