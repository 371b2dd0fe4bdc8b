// Preloaded into a Node child by bench/run.ts when GNU time is absent: writes the process's peak
// RSS (kilobytes, as GNU time's %M) to BENCH_MAX_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'
import process from 'node:process'

const file = process.env.BENCH_MAX_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
