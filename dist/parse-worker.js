import {
  CHUNK_FILES,
  CLAIMED,
  DONE,
  parseYamlFile,
  textualNullPaths
} from "./chunks/chunk-PMRTESBQ.js";

// src/io/parse-worker.ts
import { workerData } from "node:worker_threads";
var { port } = workerData;
port.once("message", ({ jobs, counters }) => {
  parseChunks(jobs, counters);
  port.close();
});
function parseChunks(jobs, counters) {
  const chunkCount = Math.ceil(jobs.length / CHUNK_FILES);
  for (; ; ) {
    const chunk = Atomics.add(counters, CLAIMED, 1);
    if (chunk >= chunkCount) return;
    const files = [];
    const end = Math.min(jobs.length, (chunk + 1) * CHUNK_FILES);
    for (let index = chunk * CHUNK_FILES; index < end; index++) {
      const job = jobs[index];
      if (!job) continue;
      const parsed = parseYamlFile(job.file, job.text);
      files.push({
        index,
        parsed,
        nullPaths: parsed.documents.map((document) => textualNullPaths(document.value))
      });
    }
    port.postMessage({ files });
    Atomics.add(counters, DONE, 1);
    Atomics.notify(counters, DONE);
  }
}
