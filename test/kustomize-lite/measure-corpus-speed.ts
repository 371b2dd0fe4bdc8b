// Measures building every corpus kustomization in-process (one shared document cache), as the
// engine does. Run: node --import tsx test/kustomize-lite/measure-corpus-speed.ts
import { performance } from 'node:perf_hooks'
import { build, createNodeFileSystem } from '../../src/kustomize-lite/index.js'
import { corpusAvailable, corpusRoot, kustomizationDirectories } from './corpus-compare.js'

if (!corpusAvailable()) {
  console.log(`corpus not found at ${corpusRoot}`)
} else {
  const directories = kustomizationDirectories()
  const fs = createNodeFileSystem()
  for (const round of [1, 2, 3]) {
    const documentCache = new Map<string, unknown[]>()
    const start = performance.now()
    let resources = 0
    for (const dir of directories) resources += build(dir, fs, { documentCache }).resources.length
    const elapsed = performance.now() - start
    console.log(
      `round ${round}: ${directories.length} directories, ${resources} resources, ${documentCache.size} files parsed, ${elapsed.toFixed(0)} ms`
    )
  }
}
