import { availableParallelism } from 'node:os'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { MessagePort, WorkerOptions } from 'node:worker_threads'
import { parseYamlFile } from '../engine/index.js'
import type { ParsedFile, ParseJob } from '../engine/index.js'
import { restoreTextualNulls } from '../kustomize-lite/index.js'
import { CHUNK_FILES, CLAIMED, DONE } from './parse-protocol.js'
import type { ChunkResult, WorkerInput } from './parse-protocol.js'

/** Below this much YAML, starting a worker (about 30 ms) costs more than it saves. */
const MIN_PARALLEL_BYTES = 512 * 1024
const MAX_WORKERS = 3
/** A worker that reports nothing for this long is given up on; its files are parsed here. */
const STALL_MILLISECONDS = 5_000

declare const PARSE_WORKER_PATH: string | undefined

/**
 * Parses YAML files on every core: worker threads and this thread take chunks of files from one
 * shared counter, so a worker that starts late only takes fewer. Synchronous (the engine is),
 * the results in the order of `jobs`; the same function parses everywhere, so the results are
 * what a single thread gives. Returns undefined when one thread is as fast (small input, one core).
 */
export function parseInParallel(jobs: readonly ParseJob[]): ParsedFile[] | undefined {
  const workerCount = Math.min(MAX_WORKERS, availableParallelism() - 1)
  const bytes = jobs.reduce((sum, job) => sum + job.text.length, 0)
  if (workerCount < 1 || bytes < MIN_PARALLEL_BYTES) return undefined
  const results = parseWithWorkers(jobs, workerCount)
  // A chunk a worker claimed but never delivered (it stalled or failed) is parsed here.
  return results && jobs.map((job, index) => results[index] ?? parseYamlFile(job.file, job.text))
}

/**
 * The parse of every chunk that was delivered, by `workerCount` workers and (unless told not to,
 * as tests do) this thread; undefined when no worker could start.
 */
export function parseWithWorkers(
  jobs: readonly ParseJob[],
  workerCount: number,
  mainThreadParses = true
): (ParsedFile | undefined)[] | undefined {
  const chunkCount = Math.ceil(jobs.length / CHUNK_FILES)
  const counters = new Int32Array(new SharedArrayBuffer(8))
  const workers = startWorkers(workerCount, jobs, counters)
  if (workers.length === 0) return undefined
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

interface RunningWorker {
  worker: Worker
  port: MessagePort
}

function startWorkers(
  count: number,
  jobs: readonly ParseJob[],
  counters: Int32Array
): RunningWorker[] {
  const started: RunningWorker[] = []
  for (let index = 0; index < count; index++) {
    try {
      const { port1, port2 } = new MessageChannel()
      const workerData: WorkerInput = { jobs, counters, port: port2 }
      const worker = newWorker({ workerData, transferList: [port2] })
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

/** Blocks until every chunk is done, or until the workers stop making progress. */
function waitForChunks(counters: Int32Array, chunkCount: number): void {
  let done = Atomics.load(counters, DONE)
  let since = Date.now()
  while (done < chunkCount) {
    Atomics.wait(counters, DONE, done, 100)
    const now = Atomics.load(counters, DONE)
    if (now !== done) {
      done = now
      since = Date.now()
    } else if (Date.now() - since > STALL_MILLISECONDS) return
  }
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
