import {
  CHUNK_FILES,
  CLAIMED,
  DONE,
  parseYamlFile,
  textualNullPaths
} from "./chunks/chunk-TPN3R3FU.js";

// src/io/parse-worker.ts
import { workerData } from "node:worker_threads";
var { jobs, counters, port } = workerData;
var chunkCount = Math.ceil(jobs.length / CHUNK_FILES);
for (; ; ) {
  const chunk = Atomics.add(counters, CLAIMED, 1);
  if (chunk >= chunkCount) break;
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
port.close();
