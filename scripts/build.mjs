// Bundles the CLI and the Action for action.yml and package.json, which point at dist/index.js.
//
// Code splitting: dist/index.js is a small entry that answers `--version` itself and loads, with
// dynamic import(), either the CLI or the Action from dist/chunks/ (with the chunk they share),
// so that V8 never compiles code the process does not run. dist/ is exactly what this script
// writes: files from an earlier build that this one does not make are deleted.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { build } from 'esbuild'

const projectRoot = join(import.meta.dirname, '..')
const outdir = join(projectRoot, 'dist')
const entry = join(outdir, 'index.js')
const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))

const { outputFiles } = await build({
  absWorkingDir: projectRoot,
  // The parse worker is an entry of its own: worker threads start from a file.
  entryPoints: { index: 'src/index.ts', 'parse-worker': 'src/io/parse-worker.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  define: {
    PACKAGE_VERSION: JSON.stringify(version),
    // src/io/parallel-parse.ts is bundled into a chunk in dist/chunks/: the worker, from there.
    PARSE_WORKER_PATH: JSON.stringify('../parse-worker.js')
  },
  logLevel: 'warning',
  write: false
})

// Some bundled CommonJS dependencies call require() for Node built-ins, through esbuild's
// __require helper, which uses a `require` in scope of the file it is in. An ES module has none:
// the files that refer to one get it from createRequire. (esbuild's `banner` would put this, and
// the shebang, in every file; only the entry needs the shebang, and only the chunk with the
// helper needs require.)
const usesRequire = text => /\btypeof require\b|(?<![\w$.])require\s*[.(]/.test(text)
const requirePreamble =
  "import { createRequire as __createRequire } from 'node:module'\n" +
  'const require = __createRequire(import.meta.url)\n'

const outputs = new Map()
for (const { path, text } of outputFiles) {
  const preamble =
    (path === entry ? '#!/usr/bin/env node\n' : '') + (usesRequire(text) ? requirePreamble : '')
  outputs.set(path, preamble + text)
}
if (!outputs.has(entry)) throw new Error(`esbuild did not write ${relative(projectRoot, entry)}`)

// Chunks first and the entry last, so that a process started during the build never loads an
// entry whose chunks are not written yet; then what is left of earlier builds goes.
for (const [path, text] of [...outputs].sort(([a], [b]) => (a === entry) - (b === entry))) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
function deleteStale(directory) {
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, item.name)
    if (item.isDirectory()) {
      deleteStale(path)
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true })
    } else if (!outputs.has(path)) {
      rmSync(path, { force: true })
    }
  }
}
deleteStale(outdir)
