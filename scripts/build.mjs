// Bundles the CLI and the Action into the one file action.yml and package.json point at.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __createRequire } from 'node:module'",
      'const require = __createRequire(import.meta.url)'
    ].join('\n')
  }
})
