import { escapeMarkdown, escapeTerminal } from '../output/index.js'
import { REVERT_BUTTON } from './rollback.js'
import type { Plan, PlanProblem, Reason, Restart, Strategy, Upgrade, WorkloadRef } from './types.js'

/**
 * The longest Markdown plan: GitHub refuses a comment of 65,536 characters or more, and the
 * Action adds its own marker and footer around the plan.
 */
export const MARKDOWN_LIMIT = 60_000

/** Above this many edges the Mermaid graph is folded into a `<details>` block. */
const FOLD_EDGES = 15
/** Mermaid refuses larger graphs by default (maxEdges 500); a readable one is far smaller. */
const MAX_EDGES = 200
/** Keys and paths listed per reason before "and N more". */
const MAX_LISTED = 8

type Escape = (text: string) => string

// ---------------------------------------------------------------------------------------------
// Shared wording

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "3 workloads restart in 2 clusters; 1 HelmRelease upgrades", or "No restarts". */
export function headlineOf(plan: Plan): string {
  const clusters = new Set(plan.restarts.map(restart => restart.cluster).filter(Boolean))
  const parts: string[] = []
  if (plan.restarts.length > 0)
    parts.push(
      `${plural(plan.restarts.length, 'workload')} restart${plan.restarts.length === 1 ? 's' : ''}${
        clusters.size > 0 ? ` in ${plural(clusters.size, 'cluster')}` : ''
      }`
    )
  else parts.push('No restarts')
  if (plan.upgrades.length > 0)
    parts.push(
      `${plural(plan.upgrades.length, 'HelmRelease')} upgrade${plan.upgrades.length === 1 ? 's' : ''}`
    )
  if (plan.added.length > 0) parts.push(`${plural(plan.added.length, 'workload')} added`)
  if (plan.removed.length > 0) parts.push(`${plural(plan.removed.length, 'workload')} removed`)
  return parts.join('; ')
}

function listed(items: readonly string[], escape: Escape): string {
  const shown = items.slice(0, MAX_LISTED).map(escape).join(', ')
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown
}

function reasonText(reason: Reason, escape: Escape): string {
  switch (reason.type) {
    case 'config':
      return `${reason.kind} ${escape(reason.name)} changed${
        reason.keys.length > 0
          ? ` (${reason.keys.length === 1 ? 'key' : 'keys'} ${listed(reason.keys, escape)})`
          : ''
      }`
    case 'image':
      return `image of ${escape(reason.container)}: ${escape(reason.from ?? 'none')} → ${escape(reason.to ?? 'none')}`
    case 'env':
      return `env of ${escape(reason.container)}: ${listed(reason.names, escape)}`
    case 'resources':
      return `resources of ${escape(reason.container)}`
    case 'pod-template':
      return `pod template: ${listed(reason.paths, escape)}`
    case 'values':
      return `values: ${listed(reason.paths, escape)}`
    case 'chart':
      return `chart ${escape(reason.name)}: ${escape(reason.from ?? 'none')} → ${escape(reason.to ?? 'none')}`
  }
}

function strategyText(strategy: Strategy, escape: Escape): string {
  switch (strategy.type) {
    case 'rolling-update':
      return 'rolling update'
    case 'canary':
      return `Flagger canary ${escape(strategy.canary)}: an analysis that rolls back by itself on failure`
    case 'ordered':
      return `ordered, one pod at a time${
        strategy.partition !== undefined
          ? `, only ordinals ≥ ${strategy.partition} (partition)`
          : ''
      }`
    case 'node-by-node':
      return 'node by node'
    case 'none':
      return 'does not restart'
  }
}

function workloadName(workload: WorkloadRef, escape: Escape): string {
  return `${escape(workload.kind)} ${escape(workload.namespace)}/${escape(workload.name)}`
}

function clusterTitle(cluster: string, escape: Escape): string {
  return cluster ? `Cluster ${escape(cluster)}` : 'Outside a clusters/ folder'
}

function byCluster<T extends WorkloadRef>(workloads: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const workload of workloads) {
    const group = groups.get(workload.cluster) ?? []
    group.push(workload)
    groups.set(workload.cluster, group)
  }
  return new Map(
    [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  )
}

function problemText(found: PlanProblem, escape: Escape): string {
  return `${found.revision}: ${escape(found.file)}:${found.line}: ${escape(found.message)}`
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * A section of the comment: `items` (table rows, list items, commands) can be cut short,
 * `whole` sections are kept or left out entirely.
 */
interface Section {
  /** What one item is, plural, for the notes that say what was left out: "restarts in Cluster x". */
  noun: string
  head: string
  items: string[]
  tail: string
  /** Kept whole or left out whole, named by `noun` alone. */
  whole?: boolean
  /** The note on what was cut goes before `tail` as a shell comment (a code block), not after it. */
  commentNote?: boolean
}

function sectionText(section: Section, count: number): string {
  const left = section.items.length - count
  const cut = left > 0 ? `${left} more ${section.noun} left out here` : ''
  if (section.commentNote)
    return `${section.head}${section.items.slice(0, count).join('')}${cut ? `# ${cut}: run gitops-reloader plan --format text for all of them\n` : ''}${section.tail}`
  return `${section.head}${section.items.slice(0, count).join('')}${section.tail}${cut ? `\n_${cut}._\n` : ''}`
}

/**
 * The plan as a pull-request comment: a headline, a table per cluster, the warnings, the
 * upgrades, the additions and removals, the problems, the rollback commands in a copyable
 * block and a Mermaid graph from each changed ConfigMap/Secret to what it restarts. Every
 * string from the repository is escaped; the whole stays under `limit` characters, leaving out
 * whole sections or their last rows and saying so.
 */
export function renderPlanMarkdown(plan: Plan, limit = MARKDOWN_LIMIT): string {
  const top = `### gitops-reloader plan\n\n**${headlineOf(plan)}** (${escapeMarkdown(short(plan.base))} → ${escapeMarkdown(short(plan.head))})\n`
  // Display order; `priority` orders who gets the room when there is not enough.
  const tables = [...byCluster(plan.restarts)].map(([cluster, restarts]) =>
    restartTable(cluster, restarts)
  )
  const warnings = warningSection(plan.restarts)
  const upgrades = upgradeSection(plan.upgrades)
  const changes = [
    workloadList('Workloads added', plan.added),
    workloadList('Workloads removed', plan.removed)
  ]
  const problems = problemSection(plan.problems)
  const rollback = rollbackSection(plan)
  const graph = graphSection(plan.restarts)
  const display = [...tables, warnings, upgrades, ...changes, problems, rollback, graph].filter(
    (section): section is Section => section !== undefined
  )
  const priority = [rollback, ...tables, warnings, upgrades, problems, ...changes, graph].filter(
    (section): section is Section => section !== undefined
  )
  const counts = allot(priority, limit - top.length - NOTICE_ROOM)
  const leftOut = display
    .filter(section => (counts.get(section) ?? 0) < section.items.length)
    .map(section => leftOutText(section, counts.get(section) ?? 0))
  const notice =
    leftOut.length > 0
      ? `\n> [!NOTE]\n> This comment is cut to stay under GitHub's limit of 65,536 characters. Left out: ${leftOut.join('; ')}. Run \`gitops-reloader plan --format text\` for the whole plan.\n`
      : ''
  const body = display
    .filter(section => (counts.get(section) ?? 0) > 0)
    .map(section => sectionText(section, counts.get(section) ?? 0))
    .join('')
  const text = `${top}${notice}${body}`
  // The notice room is generous; the slice is a last guard that never cuts in practice.
  return text.length <= limit ? text : `${text.slice(0, limit - 2)}\n`
}

/** Room kept for the note that says what was left out. */
const NOTICE_ROOM = 2_000

function leftOutText(section: Section, count: number): string {
  if (section.whole) return section.noun
  if (count === 0) return `the ${section.items.length} ${section.noun}`
  return `${section.items.length - count} of the ${section.items.length} ${section.noun}`
}

/**
 * How many items of each section fit in `room`: each section in priority order gets a fair
 * share of what is left (what a small section does not use goes to the next), then what
 * remains goes to the sections still cut short, in priority order. A `whole` section gets all
 * its items or none; a section gets at least its head and tail before any item.
 */
function allot(sections: readonly Section[], room: number): Map<Section, number> {
  const counts = new Map<Section, number>()
  const used = new Map<Section, number>()
  let left = room
  const grow = (section: Section, budget: number): void => {
    const base = used.get(section) ?? 0
    if (section.whole) {
      const size = sectionText(section, section.items.length).length
      if (base === 0 && size <= budget) {
        counts.set(section, section.items.length)
        used.set(section, size)
        left -= size
      }
      return
    }
    let count = counts.get(section) ?? 0
    let size = base === 0 ? section.head.length + section.tail.length + 80 : base
    while (count < section.items.length) {
      const next = size + (section.items[count]?.length ?? 0)
      if (next - base > budget) break
      size = next
      count += 1
    }
    if (count > (counts.get(section) ?? 0)) {
      counts.set(section, count)
      used.set(section, size)
      left -= size - base
    }
  }
  sections.forEach((section, index) => grow(section, Math.floor(left / (sections.length - index))))
  for (const section of sections) grow(section, left)
  return counts
}

function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha
}

function restartTable(cluster: string, restarts: readonly Restart[]): Section {
  return {
    noun: `restarts in ${clusterTitle(cluster, escapeMarkdown)}`,
    head: `\n#### ${clusterTitle(cluster, escapeMarkdown)}: ${plural(restarts.length, 'restart')}\n\n| Workload | Root | Why | How it rolls out |\n| --- | --- | --- | --- |\n`,
    items: restarts.map(restart => {
      const workload = `${workloadName(restart, escapeMarkdown)}${
        restart.release ? `<br>from HelmRelease ${escapeMarkdown(restart.release)}` : ''
      }`
      const why = restart.reasons.map(reason => reasonText(reason, escapeMarkdown)).join('<br>')
      const how = `${strategyText(restart.strategy, escapeMarkdown)}${restart.warnings.length > 0 ? ' ⚠️' : ''}`
      return `| ${workload} | ${escapeMarkdown(restart.root)} | ${why || 'pod template'} | ${how} |\n`
    }),
    tail: ''
  }
}

function warningSection(restarts: readonly Restart[]): Section | undefined {
  const items = restarts.flatMap(restart =>
    restart.warnings.map(
      warning => `- **${workloadName(restart, escapeMarkdown)}**: ${escapeMarkdown(warning)}\n`
    )
  )
  if (items.length === 0) return undefined
  return {
    noun: 'warnings',
    head: `\n#### Where the change may restart nothing\n\n`,
    items,
    tail: ''
  }
}

function upgradeSection(upgrades: readonly Upgrade[]): Section | undefined {
  if (upgrades.length === 0) return undefined
  return {
    noun: 'HelmRelease upgrades',
    head: `\n#### HelmRelease upgrades\n\n| HelmRelease | Cluster | Root | Why | Pods that restart |\n| --- | --- | --- | --- | --- |\n`,
    items: upgrades.map(upgrade => {
      const why = upgrade.reasons.map(reason => reasonText(reason, escapeMarkdown)).join('<br>')
      const pods = upgrade.restarts.length > 0 ? listed(upgrade.restarts, escapeMarkdown) : 'none'
      return `| ${escapeMarkdown(upgrade.namespace)}/${escapeMarkdown(upgrade.name)} | ${escapeMarkdown(upgrade.cluster) || '-'} | ${escapeMarkdown(upgrade.root)} | ${why || 'values'} | ${pods} |\n`
    }),
    tail: ''
  }
}

function workloadList(title: string, workloads: readonly WorkloadRef[]): Section | undefined {
  if (workloads.length === 0) return undefined
  return {
    noun: title.toLowerCase(),
    head: `\n#### ${title}\n\n`,
    items: workloads.map(
      workload =>
        `- ${workloadName(workload, escapeMarkdown)} (root ${escapeMarkdown(workload.root)}${
          workload.cluster ? `, cluster ${escapeMarkdown(workload.cluster)}` : ''
        })\n`
    ),
    tail: ''
  }
}

function problemSection(problems: readonly PlanProblem[]): Section | undefined {
  if (problems.length === 0) return undefined
  return {
    noun: 'problems',
    head: `\n#### Not planned: files that could not be read or parsed (the rest is planned)\n\n`,
    items: problems.map(found => `- ${problemText(found, escapeMarkdown)}\n`),
    tail: ''
  }
}

function rollbackSection(plan: Plan): Section {
  const { commands, restores, cannotRestore } = plan.rollback
  const shell = commands.filter(command => command.command !== REVERT_BUTTON)
  const button = commands.some(command => command.command === REVERT_BUTTON)
  const lines = shell.map(
    command => `# ${escapeTerminal(command.purpose)}\n${escapeTerminal(command.command)}\n`
  )
  const fence = fenceFor(lines.join(''))
  return {
    noun: 'rollback commands',
    commentNote: true,
    head: `\n#### Rollback\n\n${
      button
        ? `One click: ${escapeMarkdown(REVERT_BUTTON)}. Or, from a clone of the repository:\n\n`
        : ''
    }${fence}sh\n`,
    items: lines,
    tail: `${fence}\n\nA revert restores:\n\n${restores.map(line => `- ${escapeMarkdown(line)}\n`).join('')}\nIt cannot restore:\n\n${cannotRestore.map(line => `- ${escapeMarkdown(line)}\n`).join('')}`
  }
}

/** A code fence longer than any run of backticks in the block. */
function fenceFor(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

/** The Mermaid graph from each changed ConfigMap/Secret to the workloads it restarts. */
function graphSection(restarts: readonly Restart[]): Section | undefined {
  const graph = mermaidGraph(restarts)
  if (!graph) return undefined
  const summary = `Graph: ${plural(graph.sources, 'changed ConfigMap or Secret', 'changed ConfigMaps and Secrets')} → ${plural(graph.targets, 'workload')}${
    graph.cut > 0 ? ` (the first ${MAX_EDGES} of ${graph.edges + graph.cut} edges)` : ''
  }`
  const block = `\`\`\`mermaid\n${graph.text}\`\`\`\n`
  const folded = graph.edges > FOLD_EDGES
  return {
    noun: `the graph (${plural(graph.edges, 'edge')})`,
    whole: true,
    head: folded
      ? `\n<details>\n<summary>${summary}</summary>\n\n${block}\n</details>\n`
      : `\n#### ${summary}\n\n${block}`,
    items: [''],
    tail: ''
  }
}

export interface MermaidGraph {
  text: string
  edges: number
  cut: number
  sources: number
  targets: number
}

/**
 * `graph LR` with a subgraph per cluster. Node ids are generated (`c0`, `w0`); every label is
 * quoted with each character outside a small safe set written as a Mermaid entity (`#34;`), so
 * no name can close a label, start a statement or carry HTML.
 */
export function mermaidGraph(restarts: readonly Restart[]): MermaidGraph | undefined {
  const clusters = new Map<string, string[]>()
  const sources = new Map<string, string>()
  const targets = new Map<string, string>()
  let edges = 0
  let cut = 0
  for (const restart of restarts) {
    for (const reason of restart.reasons) {
      if (reason.type !== 'config') continue
      if (edges >= MAX_EDGES) {
        cut += 1
        continue
      }
      const sourceKey = JSON.stringify([
        restart.cluster,
        restart.namespace,
        reason.kind,
        reason.name
      ])
      const targetKey = JSON.stringify([
        restart.cluster,
        restart.namespace,
        restart.kind,
        restart.name
      ])
      const lines = clusters.get(restart.cluster) ?? []
      let source = sources.get(sourceKey)
      if (!source) {
        source = `c${sources.size}`
        sources.set(sourceKey, source)
        lines.push(
          `    ${source}[${mermaidLabel(`${reason.kind} ${restart.namespace}/${reason.name}`)}]`
        )
      }
      let target = targets.get(targetKey)
      if (!target) {
        target = `w${targets.size}`
        targets.set(targetKey, target)
        lines.push(
          `    ${target}[${mermaidLabel(`${restart.kind} ${restart.namespace}/${restart.name}`)}]`
        )
      }
      const keys =
        reason.keys.length > 0 ? `|${mermaidLabel(listed(reason.keys, key => key))}|` : ''
      lines.push(`    ${source} -->${keys} ${target}`)
      clusters.set(restart.cluster, lines)
      edges += 1
    }
  }
  if (edges === 0) return undefined
  const body = [...clusters]
    .map(
      ([cluster, lines], index) =>
        `  subgraph k${index}[${mermaidLabel(cluster ? `cluster ${cluster}` : 'no cluster')}]\n${lines.join('\n')}\n  end\n`
    )
    .join('')
  return { text: `graph LR\n${body}`, edges, cut, sources: sources.size, targets: targets.size }
}

/** A quoted Mermaid label showing `text` as written. */
export function mermaidLabel(text: string): string {
  const safe = escapeTerminal(text).replace(
    /[^A-Za-z0-9 ._/:,=+-]/gu,
    character => `#${character.codePointAt(0)};`
  )
  return `"${safe}"`
}

// ---------------------------------------------------------------------------------------------
// Text

/** The same plan for a terminal: every string from the repository through `escapeTerminal`. */
export function renderPlanText(plan: Plan): string {
  const e = escapeTerminal
  const out: string[] = [`Plan ${e(short(plan.base))}..${e(short(plan.head))}: ${headlineOf(plan)}`]
  for (const [cluster, restarts] of byCluster(plan.restarts)) {
    out.push('', `${clusterTitle(cluster, e)}:`)
    for (const restart of restarts) {
      out.push(
        `  ${workloadName(restart, e)}  (root ${e(restart.root)}${restart.file ? `, ${e(restart.file)}:${restart.line ?? 1}` : ''})`
      )
      if (restart.release) out.push(`    from HelmRelease ${e(restart.release)}`)
      for (const reason of restart.reasons) out.push(`    why: ${reasonText(reason, e)}`)
      out.push(`    rolls out: ${strategyText(restart.strategy, e)}`)
      for (const warning of restart.warnings) out.push(`    warning: ${e(warning)}`)
    }
  }
  if (plan.upgrades.length > 0) {
    out.push('', 'HelmRelease upgrades:')
    for (const upgrade of plan.upgrades) {
      out.push(
        `  HelmRelease ${e(upgrade.namespace)}/${e(upgrade.name)}  (root ${e(upgrade.root)})`
      )
      for (const reason of upgrade.reasons) out.push(`    why: ${reasonText(reason, e)}`)
      if (upgrade.restarts.length > 0) out.push(`    restarts: ${listed(upgrade.restarts, e)}`)
    }
  }
  for (const [title, workloads] of [
    ['Workloads added', plan.added],
    ['Workloads removed', plan.removed]
  ] as const) {
    if (workloads.length === 0) continue
    out.push('', `${title}:`)
    for (const workload of workloads)
      out.push(`  ${workloadName(workload, e)}  (root ${e(workload.root)})`)
  }
  if (plan.problems.length > 0) {
    out.push('', 'Not planned (files that could not be read or parsed; the rest is planned):')
    for (const found of plan.problems) out.push(`  ${problemText(found, e)}`)
  }
  out.push('', 'Rollback:')
  for (const command of plan.rollback.commands)
    out.push(
      command.command === REVERT_BUTTON
        ? `  # ${e(command.purpose)}: ${REVERT_BUTTON}`
        : `  # ${e(command.purpose)}\n  ${e(command.command)}`
    )
  out.push('', 'A revert restores:', ...plan.rollback.restores.map(line => `  - ${e(line)}`))
  out.push('', 'It cannot restore:', ...plan.rollback.cannotRestore.map(line => `  - ${e(line)}`))
  return `${out.join('\n')}\n`
}
