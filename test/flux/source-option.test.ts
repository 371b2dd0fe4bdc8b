import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { runCliCapturing } from '../helpers/cli.js'
import { projectRoot } from '../helpers/corpus.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'

// A repository whose only Flux source is an OCI artifact that CI builds from ./apps.
const files = {
  'clusters/prod/sync.yaml': source`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata: { name: apps, namespace: flux-system }
    spec:
      url: oci://ghcr.io/example/apps
    ---
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: { name: apps, namespace: flux-system }
    spec:
      path: ./
      sourceRef: { kind: OCIRepository, name: apps }
  `,
  'apps/kustomization.yaml': 'resources: [config.yaml, web.yaml]\n',
  'apps/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web }\ndata: { A: b }\n',
  'apps/web.yaml': source`
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      template:
        spec:
          containers:
            - name: web
              image: nginx
              envFrom: [{ configMapRef: { name: web } }]
  `
}

const run = runCliCapturing

const reason =
  "Kustomization flux-system/apps: OCIRepository flux-system/apps (ghcr.io/example/apps) is an OCI artifact, and no workflow in .github/workflows pushes it with 'flux push artifact --path'; if it is built from a folder of this repository, map it: --source OCIRepository/flux-system/apps=<folder>"

describe('the CLI: roots and check show unresolved Kustomizations; --source maps a source', () => {
  it('roots lists the unresolved Kustomization with file:line and reason, text and json', async () => {
    using repository = tempDirectory(files)
    const text = await run('roots', repository.path)
    assert.equal(text.code, 0)
    assert.equal(
      text.stdout,
      `1 Flux Kustomization: 0 built as roots, 1 unresolved (the flux-unresolved findings say why).\n0 roots:\n1 unresolved Flux Kustomizations:\n  clusters/prod/sync.yaml:7\n    ${reason}\n`
    )
    const json = JSON.parse((await run('roots', repository.path, '--format', 'json')).stdout) as {
      discovery: { from: string }
      roots: unknown[]
      unresolved: { rule: string; file: string; line: number; message: string }[]
    }
    assert.equal(json.discovery.from, 'flux')
    assert.deepEqual(json.roots, [])
    assert.deepEqual(
      json.unresolved.map(p => [p.rule, p.file, p.line, p.message]),
      [['flux-unresolved', 'clusters/prod/sync.yaml', 7, reason]]
    )
  })

  it('roots says which source it inferred from a workflow, and from where', async () => {
    using repository = tempDirectory({
      ...files,
      '.github/workflows/publish.yml':
        'jobs:\n  p:\n    steps:\n      - run: flux push artifact oci://ghcr.io/example/apps:v1 --path=./apps\n'
    })
    const text = await run('roots', repository.path)
    assert.ok(
      text.stdout.endsWith(
        "Sources inferred from workflows:\n  .github/workflows/publish.yml:4\n    OCIRepository flux-system/apps is taken to be built from the folder apps of this repository: this workflow runs 'flux push artifact --path=./apps' to its URL (ghcr.io/example/apps); if that is wrong, map it: --source OCIRepository/flux-system/apps=<folder>\n"
      ),
      text.stdout
    )
    assert.match(
      text.stdout,
      /^1 Flux Kustomization: 1 built as root, 0 unresolved\.\n1 roots:\n {2}flux-system\/apps\n/
    )
  })

  it('check says why there is no root instead of falling back to kustomize roots', async () => {
    using repository = tempDirectory(files)
    const result = await run('check', repository.path)
    assert.equal(result.code, 0)
    assert.match(
      result.stdout,
      /^Read \d+ YAML files in 0 roots: 0 workloads\.\n1 Flux Kustomization: 0 built as roots, 1 unresolved/
    )
    assert.ok(
      result.stdout.includes(`clusters/prod/sync.yaml:7  warning  flux-unresolved  ${reason}`),
      result.stdout
    )
  })

  it('--source makes its Kustomizations roots (repeatable), and is checked', async () => {
    using repository = tempDirectory(files)
    const mapped = await run(
      'check',
      repository.path,
      '--source',
      'GitRepository/flux-system/unused=.',
      '--source',
      'OCIRepository/flux-system/apps=./apps'
    )
    assert.equal(mapped.code, 1, mapped.stdout)
    assert.match(mapped.stdout, /MISSING {2}Deployment web +sha256:[0-9a-f]{16} +flux-system\/apps/)
    assert.doesNotMatch(mapped.stdout, /flux-unresolved/)

    const bad = await run('check', repository.path, '--source', 'OCIRepository/apps=./apps')
    assert.equal(bad.code, 2)
    assert.match(
      bad.stderr,
      /--source 'OCIRepository\/apps=\.\/apps' is not <kind>\/<namespace>\/<name>=<folder>/
    )
    const missing = await run('roots', repository.path, '--source', 'OCIRepository/a/b=./nope')
    assert.equal(missing.code, 2)
    assert.match(
      missing.stderr,
      /--source 'OCIRepository\/a\/b=\.\/nope': nope is not a folder of /
    )
  })
})

describe('the Action input sources', () => {
  function runAsAction(workspace: string, inputs: Record<string, string>) {
    using outputs = tempDirectory({ output: '', summary: '' })
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(outputs.path, 'output'),
      GITHUB_STEP_SUMMARY: join(outputs.path, 'summary')
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/index.ts')],
      { cwd: projectRoot, env, encoding: 'utf8' }
    )
    return { ...result, output: readFileSync(join(outputs.path, 'output'), 'utf8') }
  }

  it('maps a source per line (comments and blank lines skipped) and refuses a bad line', () => {
    using repository = tempDirectory(files)
    const unmapped = runAsAction(repository.path, { path: '.', 'fail-on': 'never' })
    assert.equal(unmapped.status, 0, unmapped.stderr)
    assert.match(
      unmapped.stdout,
      /::warning title=flux-unresolved,file=clusters\/prod\/sync\.yaml,line=7::/
    )
    assert.match(unmapped.output, /stale<<.*\nfalse\n/)

    const mapped = runAsAction(repository.path, {
      path: '.',
      sources: '# built by the publish workflow\n\nOCIRepository/flux-system/apps=apps\n'
    })
    assert.equal(mapped.status, 1, mapped.stdout)
    assert.match(mapped.output, /stale<<.*\ntrue\n/)
    assert.match(mapped.output, /"name":"web","root":"flux-system\/apps"/)
    assert.doesNotMatch(mapped.stdout, /flux-unresolved/)

    const bad = runAsAction(repository.path, { path: '.', sources: 'OCIRepository/apps' })
    assert.equal(bad.status, 1)
    assert.match(
      bad.stdout,
      /::error::gitops-reloader: input 'sources': 'OCIRepository\/apps' is not/
    )
  })
})
