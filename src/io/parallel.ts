/**
 * One task over independent items on this thread and a worker thread at once, still
 * synchronous for the caller: `fix` writes hundreds of files (most of each write is the kernel's
 * work: a temporary file, then a rename over the original). The worker starts from this
 * module's file and imports the module that defined the task. Items go to it as they are given;
 * each is claimed once, by the worker or by this thread, through a shared flag per item, and an
 * item whose result never arrives is run on this thread. So the results are those of running
 * the task on each item in turn, in some order.
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

/** A worker that reports nothing for this long is given up on; its items are run here. */
const STALL_MILLISECONDS = 5_000
/** The shared counters of a pool: the next chunk to claim, and the chunks (or items) done. */
export const CLAIMED = 0
export const DONE = 1
/** In a stream's shared array, where the per-item claims start. */
const FIRST_CLAIM = 2

interface Setup {
  /** The URL of the module that defines the task. */
  module: string
  task: string
  port: MessagePort
}

const tasks = new Map<string, (item: never) => unknown>()

/**
 * Defines a task, runnable on a worker: a module calls this when it loads, with its own
 * `import.meta.url`, so that a worker that imports it finds the task. The function returned runs
 * the task over items, on both threads from `minItems` items.
 */
export function parallelTask<I, O>(
  name: string,
  module: string,
  run: (item: I) => O,
  minItems: number
): (items: readonly I[]) => O[] {
  tasks.set(name, run)
  return items => {
    if (items.length < minItems) return items.map(run)
    const stream = startStream<I, O>(name, module, items.length)
    for (const item of items) stream.add(item)
    return stream.finish().results
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
   * Every item's result, in the order added, and how many the worker delivered. This thread
   * runs what the worker has not taken yet (unless told not to, as tests do) and waits for the
   * rest.
   */
  finish(mainThreadRuns?: boolean): { results: O[]; delivered: number }
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
 * computes the next ones (fix writes each file while it edits the next). Items past `capacity`,
 * or all when no second core exists, run here at `finish`. One worker: more took no time off the
 * writes this is for, since every other core was busy or idle either way.
 */
export function startStream<I, O>(
  name: string,
  module: string,
  capacity: number
): TaskStream<I, O> {
  const run = tasks.get(name) as ((item: I) => O) | undefined
  if (!run) throw new Error(`no task ${name}`)
  const items: I[] = []
  // [DONE]: items the worker finished (as waitForChunks counts); [FIRST_CLAIM + index]: who runs
  // the item (0 nobody yet, 1 the worker, 2 this thread).
  const claims = new Int32Array(new SharedArrayBuffer(4 * (FIRST_CLAIM + capacity)))
  const worker = availableParallelism() > 1 ? startWorker(name, module) : undefined
  worker?.port.postMessage({ claims })
  return {
    add(item) {
      const index = items.push(item) - 1
      if (worker && index < capacity) worker.port.postMessage({ index, item } satisfies StreamItem)
    },
    finish(mainThreadRuns = true) {
      const results = new Map<number, O>()
      const taken: number[] = []
      // From the last item back, while the worker goes on from the first.
      for (let index = items.length - 1; index >= 0; index--) {
        const claimable = worker && index < capacity
        if (claimable && !mainThreadRuns) taken.push(index)
        else if (claimable && Atomics.compareExchange(claims, FIRST_CLAIM + index, 0, 2) !== 0)
          taken.push(index)
        else results.set(index, run(items[index] as I))
      }
      const delivered = worker ? collect(worker, claims, taken.length, results) : 0
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

/** Waits for the items the worker took, reads their results, and ends the worker. */
function collect<O>(
  { worker, port }: RunningWorker,
  claims: Int32Array,
  taken: number,
  results: Map<number, O>
): number {
  waitForChunks(claims, taken)
  let delivered = 0
  for (let got = receiveMessageOnPort(port); got; got = receiveMessageOnPort(port)) {
    const { index, ok, result } = got.message as StreamResult
    if (!ok) continue
    results.set(index, result as O)
    delivered++
  }
  port.close()
  void worker.terminate()
  return delivered
}

function startWorker(task: string, module: string): RunningWorker | undefined {
  try {
    const { port1, port2 } = new MessageChannel()
    const setup: Setup = { module, task, port: port2 }
    const worker = newWorker({ workerData: { parallelTask: setup }, transferList: [port2] })
    worker.unref()
    // A worker that fails only leaves its items to this thread; nothing is reported.
    worker.on('error', () => undefined)
    return { worker, port: port1 }
  } catch {
    return undefined
  }
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

/** In a worker started above: the task's module loaded, each item run as it comes. */
async function serve({ module, task, port }: Setup): Promise<void> {
  await import(module)
  const run = tasks.get(task) as ((item: unknown) => unknown) | undefined
  if (run) serveStream(port, run)
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
