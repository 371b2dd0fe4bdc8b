// npm run bench: what users wait for, as whole processes of dist/index.js, against baselines
// measured in the same run on the same inputs. See docs/performance.md.
//
//   npm run bench -- [--runs N] [--sizes 1000,10000,50000] [--no-corpus] [--no-kubectl]
//                    [--check-only] [--quick] [--strict]
import { spawn, spawnSync } from 'node:child_process'
import type { SpawnSyncOptions } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { changeForPlan, generateFluxMonorepo } from './generate.js'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(projectRoot, 'dist/index.js')
/**
 * A copy of dist/ taken at the start, so that a rebuild while the bench runs (others work in this
 * tree) cannot change what is measured half-way. The whole directory: dist/index.js is a small
 * entry that loads its chunks from dist/chunks/. With package.json beside it, as in the project
 * and the Action's checkout: without its `"type": "module"`, Node would first try each file as
 * CommonJS (module syntax detection), which costs time users never spend.
 */
const snapshot = mkdtempSync(join(tmpdir(), 'gitops-reloader-dist-'))
const cli = join(snapshot, 'dist/index.js')
const parseOnly = join(projectRoot, 'bench/parse-only.mjs')
const corpusRoot = resolve(projectRoot, '../shared/corpus')
const GNU_TIME = '/usr/bin/time'

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    corpus: { type: 'boolean', default: true },
    'no-corpus': { type: 'boolean', default: false },
    kubectl: { type: 'boolean', default: true },
    'no-kubectl': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false }
  }
})
const quick = flags.quick
const runs = quick ? 1 : Math.max(1, Number(flags.runs))
const sizes = quick ? [1000] : flags.sizes.split(',').filter(Boolean).map(Number)
const withCorpus = !quick && flags.corpus && !flags['no-corpus'] && existsSync(corpusRoot)
/** Only check and its baselines: the series at large sizes, where plan alone takes minutes. */
const checkOnly = flags['check-only']
const withKubectl = flags.kubectl && !flags['no-kubectl'] && kubectlVersion() !== undefined

/** One process: wall time from spawn to exit, peak RSS, exit status and output. */
interface Measure {
  milliseconds: number
  /** Peak resident set size of the process, in MB (undefined when it cannot be read). */
  megabytes: number | undefined
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs a command as one process and measures it. Wall time is `process.hrtime` around
 * `spawnSync`; peak RSS is GNU time's `%M` (the kernel's ru_maxrss of the child), written to a
 * file so the command's own output stays untouched. Without GNU time, a Node child reports its
 * own `process.resourceUsage().maxRSS` at exit through a preloaded module.
 */
function measure(command: string, args: string[], options: SpawnSyncOptions = {}): Measure {
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-reloader-rss-'))
  const rssFile = join(scratch, 'rss')
  try {
    const gnuTime = existsSync(GNU_TIME)
    const [program, programArgs] = gnuTime
      ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
      : [command, args]
    const env = gnuTime
      ? options.env
      : {
          ...(options.env ?? process.env),
          BENCH_MAX_RSS_FILE: rssFile,
          NODE_OPTIONS: `--import=${join(projectRoot, 'bench/max-rss.mjs')}`
        }
    const started = process.hrtime.bigint()
    const result = spawnSync(program, programArgs, {
      ...options,
      env,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024
    })
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6
    // GNU time writes 'Command exited with non-zero status N' first when the status is not 0.
    const kilobytes = existsSync(rssFile)
      ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())
      : NaN
    return {
      milliseconds,
      megabytes: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined,
      status: result.status,
      stdout: String(result.stdout ?? ''),
      stderr: String(result.stderr ?? '')
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

interface Figure {
  milliseconds: number
  megabytes: number | undefined
  last: Measure
}

/** A command to time: `prepare` runs untimed before each run; `accept` judges its exit status. */
interface Job {
  run: () => Measure
  accept?: (status: number | null) => boolean
  prepare?: () => void
}

/**
 * The median of `count` runs of each job (time and memory each), the jobs taking turns: a
 * figure and its baseline are sampled over the same minutes, so the load that drifts on a shared
 * machine moves both. Fails loudly when a command fails, so a broken build is never reported as
 * fast.
 */
function interleavedMedians(count: number, jobs: Job[]): Figure[] {
  const measures: Measure[][] = jobs.map(() => [])
  for (let index = 0; index < count; index++) {
    jobs.forEach((job, position) => {
      job.prepare?.()
      flushWrites()
      const measured = job.run()
      if (!(job.accept ?? (status => status === 0))(measured.status))
        throw new Error(`exit ${measured.status}: ${measured.stderr.slice(0, 2000)}`)
      measures[position]!.push(measured)
    })
  }
  return measures.map(figureOf)
}

/**
 * Writes the kernel still holds (a copy made for `fix`, the files the last `fix` wrote) go to
 * disk before the next process starts, untimed: Linux writes dirty pages back about 30 s after
 * they were written, into whichever process runs then (a `check` after a `fix` took 2.0-2.1 s
 * instead of 1.8-1.9 s on the 10,000 size). No user's `check` pays for the bench's copies.
 */
function flushWrites(): void {
  spawnSync('sync', [], { stdio: 'ignore' })
}

function figureOf(measures: Measure[]): Figure {
  const middle = <T>(values: T[]): T => values[Math.floor((values.length - 1) / 2)] as T
  const times = measures.map(m => m.milliseconds).sort((a, b) => a - b)
  const memory = measures
    .map(m => m.megabytes)
    .filter((value): value is number => value !== undefined)
    .sort((a, b) => a - b)
  return {
    milliseconds: middle(times),
    megabytes: memory.length > 0 ? middle(memory) : undefined,
    last: measures[measures.length - 1] as Measure
  }
}

const node = (args: string[], options: SpawnSyncOptions = {}) =>
  measure(process.execPath, args, options)
/** check and fix exit 1 when they find something: that is a result, not a failure. */
const findingsOk = (status: number | null) => status === 0 || status === 1

// ---- the table ----

interface Row {
  what: string
  figure: string
  baseline: string
  ratio: string
  target: string
  result: 'PASS' | 'FAIL' | ''
}

const rows: Row[] = []

function row(what: string, figure: string, baseline = '', ratio = '', target = '', pass?: boolean) {
  // Each row as it is measured, so that a run cut short still says what it measured.
  console.log(
    `  ${what}: ${figure}${ratio ? ` (${ratio}${baseline ? ` against ${baseline}` : ''})` : ''}`
  )
  rows.push({
    what,
    figure,
    baseline,
    ratio,
    target,
    result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL'
  })
}

function seconds(milliseconds: number): string {
  return milliseconds >= 1000
    ? `${(milliseconds / 1000).toFixed(2)} s`
    : `${milliseconds.toFixed(0)} ms`
}

function megabytes(value: number | undefined): string {
  return value === undefined ? 'RSS unknown' : `${value.toFixed(0)} MB`
}

function timed(figure: Figure): string {
  if (figure.megabytes === undefined) return seconds(figure.milliseconds)
  return `${seconds(figure.milliseconds)}, ${megabytes(figure.megabytes)}`
}

function times(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)}x`
}

function printTable(): void {
  const header: Row = {
    what: 'what',
    figure: 'figure',
    baseline: 'baseline',
    ratio: 'ratio',
    target: 'target',
    result: '' as const
  }
  const columns = ['what', 'figure', 'baseline', 'ratio', 'target', 'result'] as const
  const cell = (r: Row, column: (typeof columns)[number]) =>
    column === 'result' && r === header ? 'PASS/FAIL' : r[column]
  const widths = columns.map(column =>
    Math.max(...[header, ...rows].map(r => cell(r, column).length))
  )
  const format = (r: Row) =>
    `| ${columns.map((column, index) => cell(r, column).padEnd(widths[index] ?? 0)).join(' | ')} |`
  console.log(format(header))
  console.log(`| ${widths.map(width => '-'.repeat(width)).join(' | ')} |`)
  for (const r of rows) console.log(format(r))
}

// ---- helpers ----

function git(directory: string, ...args: string[]): void {
  const result = spawnSync('git', args, {
    cwd: directory,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_NOSYSTEM: '1'
    }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

function commitAll(directory: string, message: string): void {
  if (!existsSync(join(directory, '.git')))
    git(directory, 'init', '--quiet', '--initial-branch=main')
  git(directory, 'add', '--all')
  git(directory, 'commit', '--quiet', '--allow-empty', '-m', message)
}

function kubectlVersion(): string | undefined {
  const result = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' })
  if (result.status !== 0) return undefined
  return /"kustomizeVersion":\s*"([^"]+)"/.exec(result.stdout)?.[1] ?? 'unknown'
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

interface RootsBaseline {
  roots: number
  built: number
  /** Roots whose folder has no kustomization file: Flux generates one, kubectl cannot build it. */
  skipped: number
  failed: number
  milliseconds: number
}

/** The folders `check` builds, from `roots --format json`. */
function rootFolders(repository: string): { roots: number; folders: string[] } {
  const result = spawnSync(process.execPath, [cli, 'roots', repository, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0) throw new Error(`roots ${repository}: ${result.stderr}`)
  const parsed = JSON.parse(result.stdout) as { roots: Array<{ path?: string }> }
  return {
    roots: parsed.roots.length,
    folders: parsed.roots.flatMap(root => (root.path ? [join(repository, root.path)] : []))
  }
}

/** `kubectl kustomize` over every root `check` builds, one process each, as Flux would. */
function kubectlBaseline(repository: string): RootsBaseline {
  const { roots, folders } = rootFolders(repository)
  const buildable = folders.filter(folder =>
    KUSTOMIZATION_FILES.some(file => existsSync(join(folder, file)))
  )
  let milliseconds = 0
  let failed = 0
  flushWrites()
  for (const folder of buildable) {
    const measured = measure('kubectl', [
      'kustomize',
      '--load-restrictor',
      'LoadRestrictionsNone',
      folder
    ])
    milliseconds += measured.milliseconds
    if (measured.status !== 0) failed += 1
  }
  return { roots, built: buildable.length, skipped: roots - buildable.length, failed, milliseconds }
}

function planAvailable(): boolean {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout
  return /^\s+plan\b/m.test(help)
}

interface Suite {
  check: Figure
  parse: Figure
  diff: Figure | undefined
  fix: Figure | undefined
  plan: Figure | undefined
  kubectl: RootsBaseline | undefined
}

/** Every figure of one repository (a git repository with two commits). */
function measureRepository(repository: string, withPlan: boolean): Suite {
  const checkJob: Job = { run: () => node([cli, 'check', repository]), accept: findingsOk }
  const parseJob: Job = { run: () => node([parseOnly, repository]) }
  if (checkOnly) {
    const [check, parse] = interleavedMedians(runs, [checkJob, parseJob]) as [Figure, Figure]
    const kubectl = withKubectl ? kubectlBaseline(repository) : undefined
    return { check, parse, diff: undefined, fix: undefined, plan: undefined, kubectl }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-reloader-fix-'))
  const copy = join(scratch, 'repository')
  const jobs: Job[] = [
    checkJob,
    parseJob,
    { run: () => node([cli, 'check', repository, '--diff']), accept: findingsOk },
    {
      run: () => node([cli, 'fix', copy]),
      accept: findingsOk,
      prepare: () => {
        rmSync(copy, { recursive: true, force: true })
        cpSync(repository, copy, { recursive: true })
      }
    }
  ]
  if (withPlan)
    jobs.push({
      run: () => node([cli, 'plan', repository, '--base', 'HEAD~1', '--head', 'HEAD']),
      accept: findingsOk
    })
  const [check, parse, diff, fix, plan] = interleavedMedians(runs, jobs) as [
    Figure,
    Figure,
    Figure,
    Figure,
    Figure | undefined
  ]
  rmSync(scratch, { recursive: true, force: true })
  const kubectl = withKubectl ? kubectlBaseline(repository) : undefined
  return { check, parse, diff, fix, plan, kubectl }
}

function commandRows(label: string, suite: Suite, withPlan: boolean): void {
  if (checkOnly) return
  const check = suite.check.milliseconds
  const relative = (what: string, figure: Figure | undefined, limit: number) => {
    if (!figure) {
      row(`${label}: ${what}`, 'not available in this build', '', '', `<= ${limit}x check`)
      return
    }
    const ratio = figure.milliseconds / check
    row(
      `${label}: ${what}`,
      timed(figure),
      `check ${seconds(check)}`,
      times(ratio),
      `<= ${limit}x check`,
      ratio <= limit
    )
  }
  relative('fix (writes every file)', suite.fix, 1.5)
  relative('check --diff', suite.diff, 1.5)
  if (withPlan) relative('plan --base HEAD~1 --head HEAD', suite.plan, 2.5)
  else row(`${label}: plan`, 'plan: not available in this build')
}

function kubectlRow(label: string, suite: Suite, target?: number): void {
  const kubectl = suite.kubectl
  if (!kubectl) {
    row(`${label}: kubectl kustomize, same roots`, withKubectl ? '' : 'kubectl not run')
    return
  }
  const speedUp = kubectl.milliseconds / suite.check.milliseconds
  const skipped = kubectl.skipped > 0 ? `, ${kubectl.skipped} without kustomization skipped` : ''
  const failed = kubectl.failed > 0 ? `, ${kubectl.failed} failed` : ''
  row(
    `${label}: check vs kubectl kustomize over its roots`,
    `check ${seconds(suite.check.milliseconds)}`,
    `kubectl ${seconds(kubectl.milliseconds)}, ${kubectl.built} of ${kubectl.roots} roots${skipped}${failed}`,
    `${times(speedUp)} faster`,
    target === undefined ? '' : `>= ${target}x faster`,
    target === undefined ? undefined : speedUp >= target
  )
}

// ---- start-up ----

/** Milliseconds from spawning a process to its first byte on stdout, then waits for its exit. */
function timeToFirstOutput(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    let first: number | undefined
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    child.stdout.once('data', () => (first = Number(process.hrtime.bigint() - started) / 1e6))
    child.stdout.resume()
    child.once('error', reject)
    child.once('close', () =>
      first === undefined
        ? reject(new Error(`${args.join(' ')}: no output`))
        : resolvePromise(first)
    )
  })
}

async function benchStart(): Promise<void> {
  const count = Math.max(5, runs)
  const [bare, version] = interleavedMedians(count, [
    { run: () => node(['-e', '0']) },
    { run: () => node([cli, '--version']) }
  ]) as [Figure, Figure]
  const ratio = version.milliseconds / bare.milliseconds
  row(
    'start: node dist/index.js --version',
    timed(version),
    `node -e 0: ${timed(bare)}`,
    times(ratio),
    '<= 1.5x',
    ratio <= 1.5
  )
  const workspace = mkdtempSync(join(tmpdir(), 'gitops-reloader-start-'))
  try {
    const env = { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace }
    const firstOutput = async (args: string[]) => {
      const measured: number[] = []
      for (let run = 0; run < count; run++) measured.push(await timeToFirstOutput(args, env))
      return measured.sort((a, b) => a - b)[Math.floor((count - 1) / 2)] ?? 0
    }
    const printing = await firstOutput(['-e', 'console.log(1)'])
    const action = await firstOutput([cli])
    row(
      'start: the Action to its first log line',
      seconds(action),
      `node -e 'console.log(1)': ${seconds(printing)}`,
      times(action / printing),
      '< 150 ms',
      action < 150
    )
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

// ---- synthetic repositories ----

interface SizeResult {
  manifests: number
  check: Figure
}

function benchSize(size: number, withPlan: boolean): SizeResult {
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-reloader-bench-'))
  try {
    const started = performance.now()
    const repository = generateFluxMonorepo(join(scratch, 'repository'), { manifests: size })
    const generated = performance.now() - started
    commitAll(repository.directory, 'generated')
    changeForPlan(repository)
    commitAll(repository.directory, 'change three ConfigMaps, a Secret and an image')
    console.log(
      `synthetic ${size}: ${repository.manifests} manifests in ${repository.files} files, ` +
        `${repository.clusters.length} clusters, ${repository.roots} roots, ` +
        `${repository.workloads} workloads (generated in ${seconds(generated)})`
    )
    const suite = measureRepository(repository.directory, withPlan)
    const label = `synthetic ${size.toLocaleString('en-US')}`
    const found = workloadsFound(repository.directory)
    const check = suite.check.milliseconds
    row(
      `${label}: check`,
      timed(suite.check),
      `parse-only ${timed(suite.parse)}`,
      `${times(check / suite.parse.milliseconds)} parse-only`,
      size === 10000 ? '< 2 s' : '',
      size === 10000 ? check < 2000 : undefined
    )
    if (size === 10000)
      row(
        `${label}: check peak RSS`,
        megabytes(suite.check.megabytes),
        `parse-only ${megabytes(suite.parse.megabytes)}`,
        '',
        '< 300 MB',
        suite.check.megabytes !== undefined && suite.check.megabytes < 300
      )
    row(
      `${label}: workloads found`,
      String(found),
      `generated ${repository.workloads}`,
      '',
      'equal',
      found === repository.workloads
    )
    kubectlRow(label, suite)
    commandRows(label, suite, withPlan)
    return { manifests: repository.manifests, check: suite.check }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function workloadsFound(repository: string): number {
  const result = spawnSync(process.execPath, [cli, 'check', repository, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  return (JSON.parse(result.stdout) as { workloads: unknown[] }).workloads.length
}

function seriesRows(results: Map<number, SizeResult>): void {
  const series = [...results.entries()].sort(([a], [b]) => a - b)
  if (series.length > 1)
    row(
      'series: check by size',
      series.map(([size, r]) => `${size / 1000}k ${timed(r.check)}`).join('; ')
    )
  const ten = results.get(10000)
  const fifty = results.get(50000)
  if (!ten || !fifty) return
  const time = fifty.check.milliseconds / ten.check.milliseconds
  row(
    'series: check time, 50,000 vs 10,000',
    seconds(fifty.check.milliseconds),
    seconds(ten.check.milliseconds),
    times(time),
    '<= 5.5x',
    time <= 5.5
  )
  if (fifty.check.megabytes !== undefined && ten.check.megabytes !== undefined) {
    const memory = fifty.check.megabytes / ten.check.megabytes
    row(
      'series: check peak RSS, 50,000 vs 10,000',
      megabytes(fifty.check.megabytes),
      megabytes(ten.check.megabytes),
      times(memory),
      '<= 5.5x',
      memory <= 5.5
    )
  }
}

// ---- the corpus ----

/**
 * The corpus holds YAML files, not git repositories: each is copied and committed, then a second
 * commit changes up to three ConfigMaps (a key added to `data:`) and up to two image tags.
 */
function corpusCopy(source: string, scratch: string): string {
  const copy = join(scratch, source.split('/').pop() ?? 'repository')
  cpSync(source, copy, { recursive: true })
  commitAll(copy, 'corpus')
  let configMaps = 0
  let images = 0
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name)
      if (entry.isDirectory() && entry.name !== '.git') walk(path)
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8')
        let changed = text
        if (configMaps < 3 && /^kind: ConfigMap$/m.test(text)) {
          changed = changed.replace(/^data:\n( +)(?=[\w.-]+:)/m, 'data:\n$1BENCH_CHANGE: "1"\n$1')
          if (changed !== text) configMaps += 1
        }
        if (images < 2 && /^kind: HelmRelease$/m.test(text)) {
          const before = changed
          changed = changed.replace(/^( +tag: )"?([\w.-]+)"?$/m, '$1$2-bench')
          if (changed !== before) images += 1
        }
        if (changed !== text) writeFileSync(path, changed)
      }
    }
  }
  walk(copy)
  commitAll(copy, 'change ConfigMaps and images')
  return copy
}

function benchCorpus(withPlan: boolean): void {
  const repositories = readdirSync(corpusRoot, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => join(corpusRoot, entry.name))
    .sort()
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-reloader-corpus-'))
  try {
    const total = {
      check: 0,
      parse: 0,
      diff: 0,
      fix: 0,
      plan: 0,
      kubectl: 0,
      roots: 0,
      built: 0,
      skipped: 0,
      failed: 0,
      files: 0,
      rss: 0
    }
    console.log(`corpus: ${repositories.length} repositories from ${corpusRoot}`)
    console.log('  repository: check | parse-only | check/parse-only | peak RSS of check')
    for (const source of repositories) {
      const copy = corpusCopy(source, scratch)
      const suite = measureRepository(copy, withPlan)
      const files = (JSON.parse(suite.parse.last.stdout) as { files: number }).files
      total.check += suite.check.milliseconds
      total.parse += suite.parse.milliseconds
      total.diff += suite.diff?.milliseconds ?? 0
      total.fix += suite.fix?.milliseconds ?? 0
      total.plan += suite.plan?.milliseconds ?? 0
      total.files += files
      total.rss = Math.max(total.rss, suite.check.megabytes ?? 0)
      if (suite.kubectl) {
        total.kubectl += suite.kubectl.milliseconds
        total.roots += suite.kubectl.roots
        total.built += suite.kubectl.built
        total.skipped += suite.kubectl.skipped
        total.failed += suite.kubectl.failed
      }
      console.log(
        `  ${copy.split('/').pop()} (${files} files): ${seconds(suite.check.milliseconds)} | ` +
          `${seconds(suite.parse.milliseconds)} | ` +
          `${times(suite.check.milliseconds / suite.parse.milliseconds)} | ${megabytes(suite.check.megabytes)}`
      )
    }
    const figure = (milliseconds: number): Figure => ({
      milliseconds,
      megabytes: undefined,
      last: { milliseconds, megabytes: undefined, status: 0, stdout: '', stderr: '' }
    })
    const suite: Suite = {
      check: figure(total.check),
      parse: figure(total.parse),
      diff: figure(total.diff),
      fix: figure(total.fix),
      plan: withPlan ? figure(total.plan) : undefined,
      kubectl: withKubectl
        ? {
            roots: total.roots,
            built: total.built,
            skipped: total.skipped,
            failed: total.failed,
            milliseconds: total.kubectl
          }
        : undefined
    }
    const label = `corpus (${repositories.length} repositories, ${total.files} files)`
    const ratio = total.check / total.parse
    row(
      `${label}: check`,
      `${seconds(total.check)}, at most ${total.rss.toFixed(0)} MB`,
      `parse-only ${seconds(total.parse)}`,
      times(ratio),
      '<= 1.0x parse-only',
      ratio <= 1.0
    )
    kubectlRow(label, suite, 20)
    commandRows(label, suite, withPlan)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

// ---- main ----

function header(): void {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: projectRoot,
    encoding: 'utf8'
  }).stdout.trim()
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'package.json'], {
    cwd: projectRoot,
    encoding: 'utf8'
  }).stdout.trim()
  const processors = cpus()
  console.log(
    `gitops-reloader bench, ${new Date().toISOString()}, commit ${commit}` +
      `${dirty ? ' (src/ has uncommitted changes)' : ''}`
  )
  console.log(
    `node ${process.version}, kubectl kustomize ${kubectlVersion() ?? 'not installed'}, ` +
      `${processors.length} cores (${processors[0]?.model ?? 'unknown'}), ` +
      `load average ${loadavg()
        .map(load => load.toFixed(1))
        .join(' ')}, ` +
      `peak RSS by ${existsSync(GNU_TIME) ? 'GNU time %M' : 'process.resourceUsage() at exit'}`
  )
  console.log(
    `every figure: whole processes, median of ${runs} run${runs === 1 ? '' : 's'}` +
      `${quick ? ' (--quick: the 1,000 size only, no corpus)' : ''}\n`
  )
}

if (!existsSync(built)) {
  console.error(`${built} is missing: run npm run build first (npm run bench does).`)
  process.exit(2)
}
cpSync(dirname(built), dirname(cli), { recursive: true })
cpSync(join(projectRoot, 'package.json'), join(snapshot, 'package.json'))
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }))
header()
const withPlan = planAvailable()
await benchStart()
const results = new Map<number, SizeResult>()
for (const size of sizes) results.set(size, benchSize(size, withPlan))
seriesRows(results)
if (withCorpus) benchCorpus(withPlan)
else if (!quick)
  console.log(
    `corpus: skipped (${existsSync(corpusRoot) ? '--no-corpus' : `${corpusRoot} is absent`})`
  )
console.log('')
printTable()
const failed = rows.filter(r => r.result === 'FAIL').length
console.log(
  `\n${rows.filter(r => r.result === 'PASS').length} PASS, ${failed} FAIL` +
    `${flags.strict ? '' : ' (a report: exit 0; --strict exits 1 on a FAIL)'}`
)
if (flags.strict && failed > 0) process.exitCode = 1
