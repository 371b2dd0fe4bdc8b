#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'
const require = __createRequire(import.meta.url)

// src/cli/index.ts
async function runCli(_argv, out) {
  out.stdout("gitops-reloader\n");
  return 0;
}

// src/index.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
