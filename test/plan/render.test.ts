import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { JSDOM } from 'jsdom'
import { marked } from 'marked'
import type { Token, Tokens } from 'marked'
import { escapeTerminal } from '../../src/output/index.js'
import {
  MARKDOWN_LIMIT,
  REVERT_BUTTON,
  renderPlanMarkdown,
  renderPlanText,
  rollbackPlan
} from '../../src/plan/index.js'
import type { Plan, Restart, Upgrade, WorkloadRef } from '../../src/plan/index.js'

// ---------------------------------------------------------------------------------------------
// Plans to render

const ref = (
  kind: string,
  namespace: string,
  name: string,
  cluster = 'production',
  root = 'flux-system/apps'
): WorkloadRef => ({ kind, namespace, name, root, cluster, file: 'apps/web.yaml', line: 3 })

function restart(
  workload: WorkloadRef,
  config: string,
  keys: string[],
  extra: Partial<Restart> = {}
): Restart {
  return {
    ...workload,
    reasons: [{ type: 'config', kind: 'ConfigMap', name: config, keys }],
    strategy: { type: 'rolling-update' },
    warnings: [],
    ...extra
  }
}

function planOf(restarts: Restart[], upgrades: Upgrade[] = [], rest: Partial<Plan> = {}): Plan {
  const roots = [...new Set([...restarts, ...upgrades].map(w => w.root))].map(id => ({
    id,
    kind: 'flux' as const,
    declaredAt: 'clusters/production/apps.yaml',
    path: './apps',
    interval: '10m',
    resources: 1
  }))
  const base = 'a'.repeat(40)
  const head = 'b'.repeat(40)
  return {
    base,
    head,
    restarts,
    upgrades,
    added: [],
    removed: [],
    problems: [],
    rollback: rollbackPlan(
      { kind: 'merge-commit', base, head, commit: head },
      restarts,
      upgrades,
      roots
    ),
    ...rest
  }
}

const ordinary = planOf(
  [
    restart(ref('Deployment', 'shop', 'web'), 'web-config', ['LOG_LEVEL', 'CACHE_TTL']),
    restart(ref('StatefulSet', 'shop', 'db'), 'web-config', ['LOG_LEVEL'], {
      strategy: { type: 'ordered', partition: 1 },
      warnings: ['partition 1: pod db-0 keeps the old template']
    }),
    {
      ...ref('DaemonSet', 'shop', 'agent', 'staging', 'flux-system/apps-staging'),
      reasons: [{ type: 'image', container: 'agent', from: 'agent:1', to: 'agent:2' }],
      strategy: { type: 'node-by-node' },
      warnings: []
    }
  ],
  [
    {
      ...ref('HelmRelease', 'monitoring', 'grafana'),
      reasons: [{ type: 'values', paths: ['replicas'] }],
      restarts: ['main']
    }
  ],
  {
    added: [ref('Deployment', 'shop', 'new')],
    problems: [
      { revision: 'head', file: 'apps/broken.yaml', line: 4, message: 'cannot parse YAML' }
    ]
  }
)

/** Every place a repository string reaches, each trying to break out of it. */
const HOSTILE = 'a|b<script>alert(1)</script>`x`\n## forged "]\n```\n-->c0[evil]&amp;#35;\u001b[31m'

const hostile = planOf(
  [
    restart(
      ref('Deployment', `ns|${HOSTILE}`, HOSTILE, `cl|${HOSTILE}`, HOSTILE),
      `cm${HOSTILE}`,
      [`key${HOSTILE}`],
      { warnings: [`warn ${HOSTILE}`], release: `rel/${HOSTILE}` }
    ),
    restart(ref('Deployment', 'shop', 'plain', `cl|${HOSTILE}`, HOSTILE), `cm${HOSTILE}`, ['k'])
  ],
  [
    {
      ...ref('HelmRelease', HOSTILE, HOSTILE, `cl|${HOSTILE}`, HOSTILE),
      reasons: [{ type: 'chart', name: HOSTILE, from: HOSTILE, to: '2' }],
      restarts: [HOSTILE]
    }
  ],
  {
    added: [ref('Deployment', HOSTILE, HOSTILE)],
    removed: [ref('Deployment', HOSTILE, HOSTILE)],
    problems: [{ revision: 'base', file: HOSTILE, line: 1, message: HOSTILE }]
  }
)

// ---------------------------------------------------------------------------------------------
// Reading the Markdown back as GitHub does (GFM)

function tokensOf(markdown: string): Token[] {
  return marked.lexer(markdown, { gfm: true })
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token)
    const nested = token as { tokens?: Token[]; items?: Token[] }
    if (nested.tokens) walk(nested.tokens, visit)
    if (nested.items) walk(nested.items, visit)
    if (token.type === 'table') {
      const table = token as Tokens.Table
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit)
    }
  }
}

const ALLOWED_HTML = /^<\/?(br|details|summary)>\s*$/

/** The raw HTML the Markdown carries: only the few tags the renderer writes itself. */
function rawHtml(markdown: string): string[] {
  const found: string[] = []
  walk(tokensOf(markdown), token => {
    if (token.type === 'html') found.push((token as Tokens.HTML).text)
  })
  return found
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }

/** What a reader sees of a cell: its HTML without tags, entities decoded, `<br>` as a newline. */
function visible(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? whole)
    )
}

function tables(markdown: string): Tokens.Table[] {
  return tokensOf(markdown).filter((token): token is Tokens.Table => token.type === 'table')
}

function cellText(cell: Tokens.TableCell): string {
  return visible(marked.parseInline(cell.text, { gfm: true }) as string)
}

function codeBlocks(markdown: string, lang: string): string[] {
  const blocks: string[] = []
  walk(tokensOf(markdown), token => {
    if (token.type === 'code' && (token as Tokens.Code).lang === lang)
      blocks.push((token as Tokens.Code).text)
  })
  return blocks
}

// ---------------------------------------------------------------------------------------------
// Mermaid's own parser (the one GitHub runs), in a DOM from jsdom

interface FlowDb {
  getVertices(): Map<string, { text: string }>
  getEdges(): { start: string; end: string; text: string }[]
  getSubGraphs(): { id: string; title: string; nodes: string[] }[]
}
let mermaidApi: {
  parse(text: string): Promise<unknown>
  getDiagramFromText(text: string): Promise<{ db: FlowDb }>
}

before(async () => {
  const dom = new JSDOM('')
  Object.assign(globalThis, { window: dom.window, document: dom.window.document })
  const { default: mermaid } = await import('mermaid')
  mermaidApi = (mermaid as unknown as { mermaidAPI: typeof mermaidApi }).mermaidAPI
})

/** Mermaid keeps `#34;` as a placeholder until it draws; the label a reader sees. */
const mermaidText = (text: string) =>
  text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))

// ---------------------------------------------------------------------------------------------

test('markdown: a headline, a table per cluster, the rollback block, the lists', () => {
  const markdown = renderPlanMarkdown(ordinary)
  assert.match(
    markdown,
    /\*\*3 workloads restart in 2 clusters; 1 HelmRelease upgrades; 1 workload added\*\*/
  )
  const [production, staging, upgrades] = tables(markdown)
  assert.deepEqual(production!.header.map(cellText), [
    'Workload',
    'Root',
    'Why',
    'How it rolls out'
  ])
  assert.deepEqual(
    production!.rows.map(row => row.map(cellText)),
    [
      [
        'Deployment shop/web',
        'flux-system/apps',
        'ConfigMap web-config changed (keys LOG_LEVEL, CACHE_TTL)',
        'rolling update'
      ],
      [
        'StatefulSet shop/db',
        'flux-system/apps',
        'ConfigMap web-config changed (key LOG_LEVEL)',
        'ordered, one pod at a time, only ordinals ≥ 1 (partition) ⚠️'
      ]
    ]
  )
  assert.deepEqual(
    staging!.rows.map(row => row.map(cellText)),
    [
      [
        'DaemonSet shop/agent',
        'flux-system/apps-staging',
        'image of agent: agent:1 → agent:2',
        'node by node'
      ]
    ]
  )
  assert.deepEqual(
    upgrades!.rows.map(row => row.map(cellText)),
    [['monitoring/grafana', 'production', 'flux-system/apps', 'values: replicas', 'main']]
  )
  assert.match(markdown, /#### Cluster production: 2 restarts/)
  assert.match(
    markdown,
    /- \*\*StatefulSet shop\/db\*\*: partition 1: pod db-0 keeps the old template/
  )
  assert.match(
    markdown,
    /#### Workloads added\n\n- Deployment shop\/new \(root flux-system\/apps, cluster production\)/
  )
  assert.match(markdown, /- head: apps\/broken.yaml:4: cannot parse YAML/)
  // The rollback commands are one copyable sh block; the button is prose beside it.
  const [block, ...others] = codeBlocks(markdown, 'sh')
  assert.equal(others.length, 0)
  const shell = ordinary.rollback.commands.filter(c => c.command !== REVERT_BUTTON)
  assert.deepEqual(
    block!.split('\n').filter(line => !line.startsWith('#')),
    shell.map(c => c.command)
  )
  assert.ok(block!.includes(`git revert -m 1 ${'b'.repeat(40)}`))
  assert.match(markdown, /One click: GitHub&#39;s Revert button on the merged pull request/)
  assert.match(markdown, /A revert restores:\n\n- The ConfigMaps and Secrets in Git/)
  assert.match(markdown, /It cannot restore:\n\n- Values that do not live in Git/)
  assert.deepEqual(rawHtml(markdown), [])
  assert.ok(markdown.indexOf('Cluster production') < markdown.indexOf('Cluster staging'))
  assert.ok(markdown.indexOf('#### Rollback') < markdown.indexOf('```mermaid'))
})

test('markdown: no restarts says so', () => {
  const markdown = renderPlanMarkdown(planOf([]))
  assert.match(markdown, /\*\*No restarts\*\*/)
  assert.equal(tables(markdown).length, 0)
  assert.equal(codeBlocks(markdown, 'mermaid').length, 0)
  assert.match(codeBlocks(markdown, 'sh')[0]!, /^# revert the merge commit/)
})

test('markdown: hostile names neither break a table nor inject HTML or Markdown', () => {
  const markdown = renderPlanMarkdown(hostile)
  const shown = escapeTerminal(HOSTILE)
  // Only the renderer's own tags, in the Markdown and in the HTML GitHub would make of it.
  for (const html of rawHtml(markdown)) assert.match(html, ALLOWED_HTML)
  const rendered = marked.parse(markdown, { gfm: true }) as string
  const tags = new Set([...rendered.matchAll(/<\/?([a-z0-9]+)/gi)].map(m => m[1]!.toLowerCase()))
  const expected = [
    'h3',
    'h4',
    'p',
    'strong',
    'em',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'br',
    'ul',
    'li',
    'pre',
    'code',
    'blockquote'
  ]
  assert.deepEqual(
    [...tags].filter(tag => !expected.includes(tag)),
    []
  )
  assert.ok(!/<h2/.test(rendered), 'no forged heading')

  const [restarts, upgrades] = tables(markdown)
  assert.equal(restarts!.rows.length, 2)
  assert.deepEqual(restarts!.rows[0]!.map(cellText), [
    `Deployment ns|${shown}/${shown}\nfrom HelmRelease rel/${shown}`,
    shown,
    `ConfigMap cm${shown} changed (key key${shown})`,
    'rolling update ⚠️'
  ])
  assert.deepEqual(
    upgrades!.rows.map(row => row.map(cellText)),
    [[`${shown}/${shown}`, `cl|${shown}`, shown, `chart ${shown}: ${shown} → 2`, shown]]
  )
  // Each list item is one line that shows the name as written.
  const items: string[] = []
  walk(tokensOf(markdown), token => {
    if (token.type === 'list_item')
      items.push(visible(marked.parseInline((token as Tokens.ListItem).text) as string))
  })
  assert.ok(items.includes(`Deployment ns|${shown}/${shown}: warn ${shown}`), items.join('\n'))
  assert.ok(
    items.includes(`Deployment ${shown}/${shown} (root flux-system/apps, cluster production)`)
  )
  assert.ok(items.includes(`base: ${shown}:1: ${shown}`))
  assert.match(markdown, new RegExp(`#### Cluster cl&#124;a&#124;b&lt;script&gt;`))

  // The sh block is one block holding every command, quoted for the shell.
  const [block, ...others] = codeBlocks(markdown, 'sh')
  assert.equal(others.length, 0)
  for (const line of block!.split('\n'))
    assert.match(line, /^(# |git revert |flux reconcile |kubectl -n )/, line)
  assert.ok(
    block!.includes(
      `rollout status deployment/'a|b<script>alert(1)</script>\`x\`\\n## forged "]\\n\`\`\`\\n-->c0[evil]&amp;#35;\\x1b[31m'`
    )
  )
  assert.ok(!markdown.includes('\u001b'))
})

test('mermaid: the graph parses with Mermaid and shows every label as written', async () => {
  for (const plan of [ordinary, hostile]) {
    const [graph, ...others] = codeBlocks(renderPlanMarkdown(plan), 'mermaid')
    assert.equal(others.length, 0)
    await mermaidApi.parse(graph!)
    const { db } = await mermaidApi.getDiagramFromText(graph!)
    const configs = plan.restarts.filter(r => r.reasons.some(reason => reason.type === 'config'))
    const expected = new Set(
      configs.flatMap(r => [
        escapeTerminal(`ConfigMap ${r.namespace}/${(r.reasons[0] as { name: string }).name}`),
        escapeTerminal(`${r.kind} ${r.namespace}/${r.name}`)
      ])
    )
    const labels = [...db.getVertices().values()].map(vertex => mermaidText(vertex.text))
    assert.deepEqual(new Set(labels), expected)
    assert.equal(labels.length, expected.size, 'no injected node')
    assert.equal(db.getEdges().length, configs.length)
    const titles = db.getSubGraphs().map(subgraph => mermaidText(subgraph.title))
    assert.deepEqual(
      new Set(titles),
      new Set(configs.map(r => escapeTerminal(`cluster ${r.cluster}`)))
    )
  }
  const [hostileGraph] = codeBlocks(renderPlanMarkdown(hostile), 'mermaid')
  const { db } = await mermaidApi.getDiagramFromText(hostileGraph!)
  assert.deepEqual(
    db.getEdges().map(edge => mermaidText(edge.text)),
    [escapeTerminal(`key${HOSTILE}`), 'k']
  )
})

test('mermaid: more than 15 edges are folded into <details>, 15 are not', async () => {
  const many = (count: number) =>
    planOf(
      Array.from({ length: count }, (_, i) =>
        restart(ref('Deployment', 'shop', `web-${i}`), `config-${i % 4}`, ['A'])
      )
    )
  const folded = renderPlanMarkdown(many(16))
  assert.match(
    folded,
    /<details>\n<summary>Graph: 4 changed ConfigMaps and Secrets → 16 workloads<\/summary>\n\n```mermaid\n/
  )
  assert.deepEqual(
    rawHtml(folded).map(html => html.trim().split('\n')[0]),
    ['<details>', '</details>']
  )
  const [graph] = codeBlocks(folded, 'mermaid')
  await mermaidApi.parse(graph!)
  const { db } = await mermaidApi.getDiagramFromText(graph!)
  assert.equal(db.getEdges().length, 16)
  assert.equal(db.getVertices().size, 20)
  const open = renderPlanMarkdown(many(15))
  assert.ok(!open.includes('<details>'))
  assert.match(open, /#### Graph: 4 changed ConfigMaps and Secrets → 15 workloads/)
})

test('markdown: a huge plan stays under 65,536 characters and says what it left out', () => {
  const long = 'x'.repeat(40)
  const restarts = Array.from({ length: 3000 }, (_, i) =>
    restart(
      ref(
        'Deployment',
        `namespace-${i % 50}`,
        `workload-${i}-${long}`,
        `cluster-${i % 3}`,
        `flux-system/apps-${i % 3}`
      ),
      `config-${i}-${long}`,
      [`KEY_${i}`],
      { warnings: i % 10 === 0 ? [`replicas: 0 (${long})`] : [] }
    )
  )
  const plan = planOf(restarts)
  const markdown = renderPlanMarkdown(plan)
  assert.ok(markdown.length <= MARKDOWN_LIMIT && markdown.length < 65_536, String(markdown.length))
  assert.match(markdown, /\*\*3000 workloads restart in 3 clusters\*\*/)
  assert.match(
    markdown,
    /> \[!NOTE\]\n> This comment is cut to stay under GitHub's limit of 65,536 characters\. Left out: /
  )
  const notice = markdown.split('\n').find(line => line.startsWith('> This comment is cut'))!
  for (const cluster of [0, 1, 2])
    assert.match(notice, new RegExp(`\\d+ of the 1000 restarts in Cluster cluster-${cluster}`))
  assert.match(notice, /the graph \(200 edges\)/)
  // Whole tables, each cut at a row, and a closed sh block with the revert first.
  const shown = tables(markdown)
  assert.equal(shown.length, 3)
  for (const table of shown) {
    assert.ok(table.rows.length > 10 && table.rows.length < 1000, String(table.rows.length))
    for (const row of table.rows) assert.equal(row.length, 4)
  }
  const [block] = codeBlocks(markdown, 'sh')
  assert.match(
    block!,
    /^# revert the merge commit \(config and hash together\)\ngit revert -m 1 b{40}\n/
  )
  assert.match(markdown, /\n_\d+ more restarts in Cluster cluster-0 left out here\._\n/)
  assert.match(
    block!,
    /\n# \d+ more rollback commands left out here: run gitops-reloader plan --format text for all of them$/
  )
  assert.match(markdown, /It cannot restore:/)
  // Everything fits in a small plan; a smaller limit is kept too.
  assert.ok(!renderPlanMarkdown(ordinary).includes('This comment is cut'))
  const small = renderPlanMarkdown(plan, 8_000)
  assert.ok(small.length <= 8_000, String(small.length))
  assert.equal(codeBlocks(small, 'sh').length, 1)
})

test('text: the same content, one terminal line per item, every string escaped', () => {
  const text = renderPlanText(ordinary)
  assert.match(
    text,
    /^Plan aaaaaaaaaaaa\.\.bbbbbbbbbbbb: 3 workloads restart in 2 clusters; 1 HelmRelease upgrades; 1 workload added\n/
  )
  assert.match(
    text,
    /\nCluster production:\n {2}Deployment shop\/web {2}\(root flux-system\/apps, apps\/web.yaml:3\)\n {4}why: ConfigMap web-config changed \(keys LOG_LEVEL, CACHE_TTL\)\n {4}rolls out: rolling update\n/
  )
  assert.match(text, / {4}warning: partition 1: pod db-0 keeps the old template\n/)
  assert.match(
    text,
    /\nRollback:\n {2}# revert the merge commit \(config and hash together\)\n {2}git revert -m 1 b{40}\n/
  )
  assert.match(text, /\nA revert restores:\n {2}- /)
  assert.match(
    text,
    /\nNot planned \(files that could not be read or parsed; the rest is planned\):\n {2}head: apps\/broken.yaml:4: cannot parse YAML\n/
  )

  const hostileText = renderPlanText(hostile)
  // eslint-disable-next-line no-control-regex -- the point is that none is left
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f]/.test(hostileText))
  for (const line of hostileText.split('\n'))
    assert.ok(!line.startsWith('## forged') && !line.startsWith('```'), line)
  assert.ok(hostileText.includes(escapeTerminal(HOSTILE)))
})
