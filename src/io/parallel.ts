/**
 * One task over many independent items on this thread and worker threads at once, still
 * synchronous for the caller: `fix` writes hundreds of files (most of each write is the kernel's
 * work: a temporary file, then a rename over the original), while the other cores, which parse
 * the YAML during `check`, would sit idle. Workers start from this module's file,
 * import the module that defined the task, and take chunks of items from one shared counter, as
 * this thread does; results come back in the items' order. A worker that starts late only takes
 * fewer chunks; an item whose result never arrives is run on this thread. So the results are
 * those of running the task on each item in turn, in some order.
 */
import { availableParallelism } from 'node:os'
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData
} from 'node:worker_threads'
import type { MessagePort, WorkerOptions } from 'node:worker_threads'

/** Items a worker claims at a time. */
const CHUNK_ITEMS = 8
const MAX_WORKERS = 3
/** A worker that reports nothing for this long is given up on; its items are run here. */
const STALL_MILLISECONDS = 5_000
/** The shared counters of a pool: the next chunk to claim, and the chunks done. */
export const CLAIMED = 0
export const DONE = 1
/** In a stream's shared array, where the per-item claims start. */
const FIRST_CLAIM = 2

interface Setup {
  /** The URL of the module that defines the task. */
  module: string
  task: string
  port: MessagePort
  /** Items come one at a time (startStream), not all at once. */
  stream: boolean
}

interface Input {
  items: readonly unknown[]
  counters: Int32Array
}

interface ChunkResults {
  results: [index: number, result: unknown][]
}

const tasks = new Map<string, (item: never) => unknown>()

/**
 * Defines a task, runnable on workers: a module calls this when it loads, with its own
 * `import.meta.url`, so that a worker that imports it finds the task. The function returned runs
 * the task over items, in parallel from `minItems` items.
 */
export function parallelTask<I, O>(
  name: string,
  module: string,
  run: (item: I) => O,
  minItems: number
): (items: readonly I[]) => O[] {
  tasks.set(name, run)
  return items => {
    const chunks = Math.ceil(items.length / CHUNK_ITEMS)
    // Every other core, busy or not (unlike the parse workers, which take idle cores only): the
    // writes this is for wait on the kernel more than they compute. On the 2-core machine at
    // load 1 to 1.5, one worker took g10k's writes from 0.93 to 0.58 s (medians of 6,
    // alternating); at load 2.4 to 3.7 it changed nothing either way.
    const workerCount = Math.min(MAX_WORKERS, availableParallelism() - 1, chunks - 1)
    if (items.length < minItems || workerCount < 1) return items.map(run)
    return runWithWorkers(startWorkers(name, module, workerCount), items, run).results
  }
}

interface RunningWorker {
  worker: Worker
  port: MessagePort
}

/** Items given one at a time while this thread goes on: see startStream. */
export interface TaskStream<I, O> {
  add(item: I): void
  /**
   * Every item's result, in the order added (what the worker has not taken is run here now), and
   * how many the worker delivered.
   */
  finish(): { results: O[]; delivered: number }
}

interface StreamItem {
  index: number
  item: unknown
}

interface StreamResult {
  index: number
  ok: boolean
  result?: unknown
}

/**
 * A defined task run on a worker thread over items as they are given, while this thread
 * computes the next ones (fix writes each file while it edits the next). Each item is claimed
 * once, by the worker or by this thread at `finish`, through a shared flag per item; items past
 * `capacity`, or when no second core exists, run here at `finish`. One worker: more took no
 * time off the writes this is for.
 */
export function startStream<I, O>(
  name: string,
  module: string,
  capacity: number
): TaskStream<I, O> {
  const run = tasks.get(name) as ((item: I) => O) | undefined
  if (!run) throw new Error(`no task ${name}`)
  const items: I[] = []
  // [DONE]: items the worker finished (as waitForChunks counts chunks); [FIRST_CLAIM + index]:
  // who runs the item (0 nobody yet, 1 the worker, 2 this thread).
  const claims = new Int32Array(new SharedArrayBuffer(4 * (FIRST_CLAIM + capacity)))
  const worker = availableParallelism() > 1 ? startWorkers(name, module, 1, true)[0] : undefined
  worker?.port.postMessage({ claims })
  return {
    add(item) {
      const index = items.push(item) - 1
      if (worker && index < capacity) worker.port.postMessage({ index, item } satisfies StreamItem)
    },
    finish() {
      const results = new Map<number, O>()
      const taken: number[] = []
      let delivered = 0
      items.forEach((item, index) => {
        const claim = FIRST_CLAIM + index
        if (index < capacity && worker && Atomics.compareExchange(claims, claim, 0, 2) !== 0)
          taken.push(index)
        else results.set(index, run(item))
      })
      if (worker) {
        waitForChunks(claims, taken.length)
        for (
          let got = receiveMessageOnPort(worker.port);
          got;
          got = receiveMessageOnPort(worker.port)
        ) {
          const { index, ok, result } = got.message as StreamResult
          if (!ok) continue
          results.set(index, result as O)
          delivered++
        }
        worker.port.close()
        void worker.worker.terminate()
      }
      // An item the worker failed on, or never finished (it stalled), is run here.
      return {
        results: items.map((item, index) =>
          results.has(index) ? (results.get(index) as O) : run(item)
        ),
        delivered
      }
    }
  }
}

/**
 * For tests: a defined task run over items by `count` workers alone (this thread runs only what
 * they do not deliver, counted apart), so that the workers' side is exercised whatever the timing.
 */
export function runOnWorkers<I, O>(
  name: string,
  module: string,
  items: readonly I[],
  count: number
): { results: O[]; delivered: number } {
  const run = tasks.get(name) as ((item: I) => O) | undefined
  if (!run) throw new Error(`no task ${name}`)
  return runWithWorkers(startWorkers(name, module, count), items, run, false)
}

function runWithWorkers<I, O>(
  workers: readonly RunningWorker[],
  items: readonly I[],
  run: (item: I) => O,
  mainThreadRuns = true
): { results: O[]; delivered: number } {
  const chunks = Math.ceil(items.length / CHUNK_ITEMS)
  const counters = new Int32Array(new SharedArrayBuffer(8))
  for (const { port } of workers) port.postMessage({ items, counters } satisfies Input)
  const results = new Map<number, O>()
  while (mainThreadRuns) {
    const chunk = Atomics.add(counters, CLAIMED, 1)
    if (chunk >= chunks) break
    const end = Math.min(items.length, (chunk + 1) * CHUNK_ITEMS)
    for (let index = chunk * CHUNK_ITEMS; index < end; index++)
      results.set(index, run(items[index] as I))
    Atomics.add(counters, DONE, 1)
  }
  waitForChunks(counters, chunks)
  let delivered = 0
  for (const { port } of workers)
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port))
      for (const [index, result] of (message.message as ChunkResults).results) {
        results.set(index, result as O)
        delivered++
      }
  for (const { worker, port } of workers) {
    port.close()
    void worker.terminate()
  }
  return {
    results: items.map((item, index) =>
      results.has(index) ? (results.get(index) as O) : run(item)
    ),
    delivered
  }
}

function startWorkers(
  task: string,
  module: string,
  count: number,
  stream = false
): RunningWorker[] {
  const started: RunningWorker[] = []
  for (let index = 0; index < count; index++) {
    try {
      const { port1, port2 } = new MessageChannel()
      const setup: Setup = { module, task, port: port2, stream }
      const worker = newWorker({ workerData: { parallelTask: setup }, transferList: [port2] })
      worker.unref()
      // A worker that fails only leaves its items to this thread; nothing is reported.
      worker.on('error', () => undefined)
      started.push({ worker, port: port1 })
    } catch {
      break
    }
  }
  return started
}

function newWorker(options: WorkerOptions): Worker {
  const self = import.meta.url
  if (!self.endsWith('.ts')) return new Worker(new URL(self), options)
  // From the sources (tests, under tsx): the worker registers tsx itself, since Node 20 does
  // not carry the main thread's module hooks into workers.
  const code = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(self)}) })`
  return new Worker(code, { ...options, eval: true })
}

/** Blocks until every chunk is done, or until the workers stop making progress. */
export function waitForChunks(counters: Int32Array, chunks: number): void {
  let done = Atomics.load(counters, DONE)
  let since = Date.now()
  while (done < chunks) {
    Atomics.wait(counters, DONE, done, 100)
    const now = Atomics.load(counters, DONE)
    if (now !== done) {
      done = now
      since = Date.now()
    } else if (Date.now() - since > STALL_MILLISECONDS) return
  }
}

/** In a worker started above: the task's module loaded, chunks taken until none is left. */
async function serve({ module, task, port, stream }: Setup): Promise<void> {
  await import(module)
  const run = tasks.get(task) as ((item: unknown) => unknown) | undefined
  if (stream) {
    if (run) serveStream(port, run)
    return
  }
  port.once('message', ({ items, counters }: Input) => {
    const chunks = Math.ceil(items.length / CHUNK_ITEMS)
    while (run) {
      const chunk = Atomics.add(counters, CLAIMED, 1)
      if (chunk >= chunks) break
      const results: ChunkResults['results'] = []
      try {
        const end = Math.min(items.length, (chunk + 1) * CHUNK_ITEMS)
        for (let index = chunk * CHUNK_ITEMS; index < end; index++)
          results.push([index, run(items[index])])
      } finally {
        // Posted before the chunk counts as done, so the main thread finds it on its port; an
        // item that threw, and those after it, are run again there.
        port.postMessage({ results } satisfies ChunkResults)
        Atomics.add(counters, DONE, 1)
        Atomics.notify(counters, DONE)
      }
    }
    port.close()
  })
}

/** Each item as it comes, unless the main thread has claimed it; finished ones are counted. */
function serveStream(port: MessagePort, run: (item: unknown) => unknown): void {
  let claims: Int32Array | undefined
  port.on('message', (message: { claims: Int32Array } | StreamItem) => {
    if ('claims' in message) {
      claims = message.claims
      return
    }
    const { index, item } = message
    if (!claims || Atomics.compareExchange(claims, FIRST_CLAIM + index, 0, 1) !== 0) return
    let result: StreamResult = { index, ok: false }
    try {
      result = { index, ok: true, result: run(item) }
    } finally {
      // Posted before it counts as finished, so the main thread finds it on its port.
      port.postMessage(result)
      Atomics.add(claims, DONE, 1)
      Atomics.notify(claims, DONE)
    }
  })
}

const setup = isMainThread
  ? undefined
  : (workerData as { parallelTask?: Setup } | null)?.parallelTask
if (setup) void serve(setup)
