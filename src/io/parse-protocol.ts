import type { MessagePort } from 'node:worker_threads'
import type { ParsedFile, ParseJob } from '../engine/index.js'

/** A parse worker's data: the port it receives its files on and sends its results to. */
export interface WorkerData {
  port: MessagePort
}

/** What the main thread sends each worker once the files are read (see parallel-parse.ts). */
export interface WorkerInput {
  jobs: readonly ParseJob[]
  /** [next chunk to claim, chunks done], on shared memory. */
  counters: Int32Array
}

export interface ChunkResult {
  files: {
    index: number
    parsed: ParsedFile
    /** Per document, the textual-null marks a structured clone drops (kustomize-lite's). */
    nullPaths: (string | number)[][][]
  }[]
}

export { CLAIMED, DONE } from './parallel.js'
/** Files per chunk: small enough to share the work evenly, large enough to post few messages. */
export const CHUNK_FILES = 32
