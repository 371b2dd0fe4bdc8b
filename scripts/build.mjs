// Bundles the CLI and the Action into the one file action.yml and package.json point at.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'))

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  define: { PACKAGE_VERSION: JSON.stringify(version) },
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
