// npm run bench: speed and memory as ratios against baselines measured in the same run.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, createNodeFileSystem } from '../src/kustomize-lite/index.js'
import { writeSyntheticRepository } from './synthetic.js'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpusRoot = resolve(projectRoot, '../shared/corpus')

interface CheckMeasure {
  milliseconds: number
  maxRssMegabytes: number
  files: number
  workloads: number
  problems: number
}

/** The median of three cold processes: this machine's file cache makes single runs noisy. */
function measureCheck(directory: string): CheckMeasure {
  const runs = [0, 1, 2].map(() => measureCheckOnce(directory))
  return runs.sort((a, b) => a.milliseconds - b.milliseconds)[1] as CheckMeasure
}

function measureCheckOnce(directory: string): CheckMeasure {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'bench/measure-check.ts'), directory],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  )
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as CheckMeasure
}

function timeKubectlLoop(directories: readonly string[]): number {
  const started = performance.now()
  for (const directory of directories) {
    spawnSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', directory], {
      stdio: 'ignore'
    })
  }
  return performance.now() - started
}

/** Builds every directory in this process with one shared document cache, as the engine does. */
function timeKustomizeLite(directories: readonly string[]): number {
  const fileSystem = createNodeFileSystem()
  const documentCache = new Map<string, unknown[]>()
  const started = performance.now()
  for (const directory of directories) build(directory, fileSystem, { documentCache })
  return performance.now() - started
}

function kustomizationDirectories(root: string): string[] {
  const found: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(directory, entry.name))
      else if (entry.name === 'kustomization.yaml') found.push(directory)
    }
  }
  walk(root)
  return found.sort()
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`)
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`
}

function benchSynthetic(): void {
  const root = mkdtempSync(join(tmpdir(), 'gitops-reloader-bench-'))
  try {
    const overlays = writeSyntheticRepository(root)
    console.log(`\nSynthetic monorepo: ${overlays.length} overlays, 10,000 manifests (${root})`)
    const kubectl = timeKubectlLoop(overlays)
    const measure = measureCheck(root)
    line('kubectl kustomize over the same roots (baseline)', seconds(kubectl))
    line(
      'gitops-reloader check, whole repository',
      `${seconds(measure.milliseconds)} (target < 2 s)`
    )
    line(
      'speed-up against kubectl kustomize',
      `${(kubectl / measure.milliseconds).toFixed(1)}x (target >= 10x)`
    )
    line(
      'peak memory (max RSS of the process)',
      `${measure.maxRssMegabytes.toFixed(0)} MB (target < 300 MB)`
    )
    line('workloads found', String(measure.workloads))
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function benchCorpus(): void {
  if (!existsSync(corpusRoot)) {
    console.log(`\nCorpus: skipped, ${corpusRoot} is absent`)
    return
  }
  const directories = kustomizationDirectories(corpusRoot)
  console.log(`\nCorpus: ${corpusRoot}, ${directories.length} kustomization directories`)
  const kubectl = timeKubectlLoop(directories)
  let files = 0
  let milliseconds = 0
  for (const repository of readdirSync(corpusRoot)) {
    const measure = measureCheck(join(corpusRoot, repository))
    files += measure.files
    milliseconds += measure.milliseconds
  }
  line('kubectl kustomize loop over every directory (baseline)', seconds(kubectl))
  const [cold, , warm] = [1, 2, 3].map(() => timeKustomizeLite(directories))
  line(
    'kustomize-lite, every directory in-process, first round',
    `${seconds(cold ?? 0)}: ${(kubectl / (cold ?? 1)).toFixed(0)}x`
  )
  line(
    'kustomize-lite, third round (JIT warm)',
    `${seconds(warm ?? 0)}: ${(kubectl / (warm ?? 1)).toFixed(0)}x (target about 1 s)`
  )
  line(
    'gitops-reloader check of every corpus repository',
    `${seconds(milliseconds)} for ${files} YAML files`
  )
  line('check throughput', `${Math.round(files / (milliseconds / 1000))} files/s`)
  line('speed-up against the kubectl loop', `${(kubectl / milliseconds).toFixed(1)}x`)
}

/** Milliseconds from spawning a process to its first byte on stdout. */
function timeToFirstOutput(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    child.stdout.once('data', () => resolvePromise(performance.now() - started))
    child.once('error', reject)
  })
}

async function benchActionStart(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'gitops-reloader-start-'))
  try {
    const env = { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace }
    const median = async (args: string[]) => {
      const times: number[] = []
      for (let run = 0; run < 5; run++) times.push(await timeToFirstOutput(args, env))
      return times.sort((a, b) => a - b)[2] ?? 0
    }
    const bare = await median(['-e', 'console.log(1)'])
    const action = await median([join(projectRoot, 'dist/index.js')])
    console.log('\nAction start (dist/index.js, one file) to its first log line, median of 5')
    line('node printing one line (baseline)', `${bare.toFixed(0)} ms`)
    line(
      'the Action',
      `${action.toFixed(0)} ms (target < 300 ms), ${(action / bare).toFixed(1)}x the baseline`
    )
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

console.log(`gitops-reloader bench (node ${process.version}, kubectl ${kubectlVersion()})`)
await benchActionStart()
benchSynthetic()
benchCorpus()

function kubectlVersion(): string {
  try {
    return (
      execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' }).match(
        /"kustomizeVersion":\s*"([^"]+)"/
      )?.[1] ?? 'unknown'
    )
  } catch {
    return 'not installed'
  }
}
