import { availableParallelism, loadavg } from 'node:os'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { MessagePort, WorkerOptions } from 'node:worker_threads'
import { parseYamlFile } from '../engine/index.js'
import type { ParsedFile, ParseJob } from '../engine/index.js'
import { restoreTextualNulls } from '../kustomize-lite/index.js'
import { waitForChunks } from './parallel.js'
import { CHUNK_FILES, CLAIMED, DONE } from './parse-protocol.js'
import type { ChunkResult, WorkerInput } from './parse-protocol.js'

/** Fewer YAML files than this parse faster on one thread than with a worker to start. */
const MIN_PARALLEL_FILES = 600
const MAX_WORKERS = 3

declare const PARSE_WORKER_PATH: string | undefined

/** Parses many files at once, as `parseYamlFile` does each, the results in the order of `jobs`. */
export interface ParallelParser {
  parse(jobs: readonly ParseJob[]): ParsedFile[]
}

/**
 * Starts worker threads to parse YAML files on every core, before the files are read, so that
 * they are ready when the texts are; undefined when one thread is as fast (few files, one core).
 * Workers and this thread take chunks of files from one shared counter, so a worker that starts
 * late only takes fewer. The same function parses everywhere: the results are what one thread
 * gives.
 */
export function startParallelParser(yamlFiles: number): ParallelParser | undefined {
  const workerCount = Math.min(MAX_WORKERS, idleCores() - 1)
  if (workerCount < 1 || yamlFiles < MIN_PARALLEL_FILES) return undefined
  const workers = startWorkers(workerCount)
  if (workers.length === 0) return undefined
  return {
    parse(jobs) {
      const results = parseWithWorkers(workers, jobs)
      // A chunk a worker claimed but never delivered (it stalled or failed) is parsed here.
      return jobs.map((job, index) => results[index] ?? parseYamlFile(job.file, job.text))
    }
  }
}

/**
 * Cores no other process is using, by the last minute's load average (this thread's among them):
 * a worker on a core that is busy only takes time from this thread (measured on a loaded 2-core
 * machine: 5 to 10% slower with the worker).
 */
function idleCores(): number {
  const [lastMinute = 0] = loadavg()
  return Math.floor(availableParallelism() - lastMinute)
}

/**
 * The parse of every chunk that was delivered, by the workers and (unless told not to, as tests
 * do) this thread. The workers end with it.
 */
export function parseWithWorkers(
  workers: readonly RunningWorker[],
  jobs: readonly ParseJob[],
  mainThreadParses = true
): (ParsedFile | undefined)[] {
  const chunkCount = Math.ceil(jobs.length / CHUNK_FILES)
  const counters = new Int32Array(new SharedArrayBuffer(8))
  for (const { port } of workers) port.postMessage({ jobs, counters } satisfies WorkerInput)
  const results: (ParsedFile | undefined)[] = new Array(jobs.length)
  while (mainThreadParses) {
    const chunk = Atomics.add(counters, CLAIMED, 1)
    if (chunk >= chunkCount) break
    for (const index of chunkIndexes(chunk, jobs.length)) {
      const job = jobs[index] as ParseJob
      results[index] = parseYamlFile(job.file, job.text)
    }
    Atomics.add(counters, DONE, 1)
  }
  waitForChunks(counters, chunkCount)
  for (const { port } of workers) collect(port, results)
  for (const { worker, port } of workers) {
    port.close()
    void worker.terminate()
  }
  return results
}

export interface RunningWorker {
  worker: Worker
  port: MessagePort
}

export function startWorkers(count: number): RunningWorker[] {
  const started: RunningWorker[] = []
  for (let index = 0; index < count; index++) {
    try {
      const { port1, port2 } = new MessageChannel()
      const worker = newWorker({ workerData: { port: port2 }, transferList: [port2] })
      worker.unref()
      // A worker that fails only loses its chunks to this thread; nothing is reported.
      worker.on('error', () => undefined)
      started.push({ worker, port: port1 })
    } catch {
      break
    }
  }
  return started
}

function newWorker(options: WorkerOptions): Worker {
  if (typeof PARSE_WORKER_PATH === 'string')
    return new Worker(new URL(PARSE_WORKER_PATH, import.meta.url), options)
  // From the sources (tests, under tsx): the worker registers tsx itself, since Node 20 does
  // not carry the main thread's module hooks into workers.
  const source = JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)
  const code = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${source}) })`
  return new Worker(code, { ...options, eval: true })
}

function chunkIndexes(chunk: number, total: number): number[] {
  const start = chunk * CHUNK_FILES
  const end = Math.min(total, start + CHUNK_FILES)
  return Array.from({ length: end - start }, (_, offset) => start + offset)
}

function collect(port: MessagePort, results: (ParsedFile | undefined)[]): void {
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    for (const { index, parsed, nullPaths } of (message.message as ChunkResult).files) {
      parsed.documents.forEach((document, position) => {
        const paths = nullPaths[position]
        if (paths && paths.length > 0) restoreTextualNulls(document.value, paths)
      })
      results[index] = parsed
    }
  }
}
