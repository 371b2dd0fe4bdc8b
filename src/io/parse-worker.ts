// A parse worker (parallel-parse.ts): takes chunks of files from the shared counter until none
// is left, parses each with the engine's own reader, and posts the results before counting the
// chunk done, so that the main thread finds them on its port once the count is complete.
import { workerData } from 'node:worker_threads'
import { parseYamlFile } from '../engine/parse.js'
import { textualNullPaths } from '../kustomize-lite/yaml-documents.js'
import { CHUNK_FILES, CLAIMED, DONE } from './parse-protocol.js'
import type { ChunkResult, WorkerInput } from './parse-protocol.js'

const { jobs, counters, port } = workerData as WorkerInput
const chunkCount = Math.ceil(jobs.length / CHUNK_FILES)

for (;;) {
  const chunk = Atomics.add(counters, CLAIMED, 1)
  if (chunk >= chunkCount) break
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
port.close()
