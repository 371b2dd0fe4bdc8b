import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as jsyaml from 'js-yaml'
import { build, createNodeFileSystem } from '../../src/kustomize-lite/index.js'
import type { BuildResult } from '../../src/kustomize-lite/index.js'
import { writeFiles } from '../helpers/temp.js'

const written: string[] = []
// The trees live as long as the test file's process: removed when it exits.
process.on('exit', () => {
  for (const root of written) rmSync(root, { recursive: true, force: true })
})

/** Writes `files` (relative path → text) into a fresh temporary directory. */
export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kustomize-lite-'))
  written.push(root)
  writeFiles(root, files)
  return root
}

export function buildDir(dir: string): BuildResult {
  return build(dir, createNodeFileSystem())
}

/** Our output as kubectl's would parse: plain objects in order. */
export function ourObjects(dir: string): unknown[] {
  const result = buildDir(dir)
  return jsyaml.loadAll(
    jsyaml.dump(result.resources.map(resource => resource.object))
  )[0] as unknown[]
}

export function kubectlObjects(dir: string): unknown[] {
  const stdout = execFileSync(
    'kubectl',
    ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  return jsyaml.loadAll(stdout).filter(document => document !== null)
}

let kubectlPresent: boolean | undefined
export function hasKubectl(): boolean {
  if (kubectlPresent === undefined) {
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' })
      kubectlPresent = true
    } catch {
      kubectlPresent = false
    }
  }
  return kubectlPresent
}
