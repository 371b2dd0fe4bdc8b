// A parse worker (parallel-parse.ts): once the files arrive, takes chunks of files from the shared counter until none
// is left, parses each with the engine's own reader, and posts the results before counting the
// chunk done, so that the main thread finds them on its port once the count is complete.
import { workerData } from 'node:worker_threads'
import { parseYamlFile } from '../engine/parse.js'
import { textualNullPaths } from '../kustomize-lite/yaml-documents.js'
import { CHUNK_FILES, CLAIMED, DONE } from './parse-protocol.js'
import type { ChunkResult, WorkerData, WorkerInput } from './parse-protocol.js'
import type { ParseJob } from '../engine/parse.js'

const { port } = workerData as WorkerData
port.once('message', ({ jobs, counters }: WorkerInput) => {
  parseChunks(jobs, counters)
  port.close()
})

function parseChunks(jobs: readonly ParseJob[], counters: Int32Array): void {
  const chunkCount = Math.ceil(jobs.length / CHUNK_FILES)
  for (;;) {
    const chunk = Atomics.add(counters, CLAIMED, 1)
    if (chunk >= chunkCount) return
    const files: ChunkResult['files'] = []
    const end = Math.min(jobs.length, (chunk + 1) * CHUNK_FILES)
    for (let index = chunk * CHUNK_FILES; index < end; index++) {
      const job = jobs[index]
      if (!job) continue
      const parsed = parseYamlFile(job.file, job.text)
      files.push({
        index,
        parsed,
        nullPaths: parsed.documents.map(document => textualNullPaths(document.value))
      })
    }
    port.postMessage({ files } satisfies ChunkResult)
    Atomics.add(counters, DONE, 1)
    Atomics.notify(counters, DONE)
  }
}
