// Child process of bench/run.ts: one cold `check` of a directory, reporting time and peak memory.
import { check } from '../src/engine/index.js'
import { readWorkTree } from '../src/io/index.js'

const directory = process.argv[2] ?? '.'
const started = performance.now()
const report = check(readWorkTree(directory))
const milliseconds = performance.now() - started
const maxRssMegabytes = process.resourceUsage().maxRSS / 1024
console.log(
  JSON.stringify({
    milliseconds,
    maxRssMegabytes,
    files: report.files,
    workloads: report.workloads.length,
    problems: report.problems.length
  })
)
