import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { check, memoryRepository } from '../../src/engine/index.js'
import type { Report } from '../../src/engine/index.js'
import { parseSourceMapping } from '../../src/flux/index.js'
import type { SourceMapping } from '../../src/flux/index.js'
import { source } from '../helpers/source.js'

// Small Flux repositories as a new user has them: every Kustomization must end up a root or an
// unresolved finding that says why, and kustomize roots are used only without any Kustomization.

const app = {
  'apps/kustomization.yaml': 'resources: [config.yaml, web.yaml]\n',
  'apps/config.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: web }
    data: { LEVEL: info }
  `,
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

const ociOnly = {
  ...app,
  'clusters/prod/sync.yaml': source`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata: { name: apps, namespace: flux-system }
    spec:
      url: oci://ghcr.io/example/apps
      ref: { tag: latest }
    ---
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: { name: apps, namespace: flux-system }
    spec:
      interval: 10m
      path: ./
      sourceRef: { kind: OCIRepository, name: apps }
  `
}

const bootstrap = source`
  apiVersion: source.toolkit.fluxcd.io/v1
  kind: GitRepository
  metadata: { name: flux-system, namespace: flux-system }
  spec:
    url: https://github.com/example/fleet
  ---
  apiVersion: kustomize.toolkit.fluxcd.io/v1
  kind: Kustomization
  metadata: { name: flux-system, namespace: flux-system }
  spec:
    path: ./clusters/prod
    sourceRef: { kind: GitRepository, name: flux-system }
`

function run(files: Record<string, string>, sources: SourceMapping[] = []): Report {
  return check(memoryRepository(files), { sources })
}

function mapping(text: string): SourceMapping {
  const parsed = parseSourceMapping(text)
  assert.ok(!('error' in parsed), JSON.stringify(parsed))
  return parsed
}

function findings(report: Report, rule: string): string[] {
  return report.problems
    .filter(p => p.rule === rule)
    .map(p => `${p.file}:${p.line} ${p.severity} ${p.message}`)
}

function rootIds(report: Report): string[] {
  return report.roots.map(root => `${root.kind} ${root.id} ${root.path ?? ''}`).sort()
}

describe('Flux Kustomizations that are no root are reported, never silently replaced', () => {
  it('a repository with only OCI sources: no fallback to kustomize roots, the reason by text', () => {
    const report = run(ociOnly)
    assert.deepEqual(rootIds(report), [])
    assert.deepEqual(report.workloads, [])
    assert.equal(report.discovery.from, 'flux')
    assert.equal(
      report.discovery.summary,
      '1 Flux Kustomization: 0 built as roots, 1 unresolved (the flux-unresolved findings say why).'
    )
    assert.deepEqual(findings(report, 'flux-unresolved'), [
      "clusters/prod/sync.yaml:8 warning Kustomization flux-system/apps: OCIRepository flux-system/apps (ghcr.io/example/apps) is an OCI artifact, and no workflow in .github/workflows pushes it with 'flux push artifact --path'; if it is built from a folder of this repository, map it: --source OCIRepository/flux-system/apps=<folder>"
    ])
  })

  it('a repository with only OCI sources and the mapping: its Kustomization is a root', () => {
    const report = run(ociOnly, [mapping('OCIRepository/flux-system/apps=./apps')])
    assert.deepEqual(rootIds(report), ['flux flux-system/apps apps'])
    assert.deepEqual(findings(report, 'flux-unresolved'), [])
    assert.deepEqual(findings(report, 'flux-source-inferred'), [])
    assert.deepEqual(
      report.workloads.map(w => `${w.status} ${w.kind}/${w.name} ${w.root}`),
      ['missing Deployment/web flux-system/apps']
    )
  })

  it('a mapping of another name or namespace maps nothing', () => {
    for (const text of [
      'OCIRepository/apps/apps=./apps',
      'OCIRepository/flux-system/other=./apps',
      'GitRepository/flux-system/apps=./apps'
    ]) {
      const report = run(ociOnly, [mapping(text)])
      assert.deepEqual(rootIds(report), [], text)
      assert.equal(findings(report, 'flux-unresolved').length, 1, text)
    }
  })

  it('infers the folder from a workflow that pushes the OCIRepository URL, and says so', () => {
    const workflow = source`
      name: publish
      env:
        OCI_REPO: oci://ghcr.io/example/apps
      jobs:
        push:
          runs-on: ubuntu-latest
          steps:
            - run: flux push artifact oci://ghcr.io/example/infra:latest --path=./infra --source=x --revision=y
            - run: |
                flux push artifact $OCI_REPO:$(git rev-parse --short HEAD) \\
                  --path="./apps" \\
                  --source="$(git config --get remote.origin.url)" \\
                  --revision="main@sha1:$(git rev-parse HEAD)"
    `
    const report = run({ ...ociOnly, '.github/workflows/publish.yaml': workflow })
    assert.deepEqual(rootIds(report), ['flux flux-system/apps apps'])
    assert.deepEqual(findings(report, 'flux-unresolved'), [])
    assert.deepEqual(findings(report, 'flux-source-inferred'), [
      ".github/workflows/publish.yaml:10 note OCIRepository flux-system/apps is taken to be built from the folder apps of this repository: this workflow runs 'flux push artifact --path=./apps' to its URL (ghcr.io/example/apps); if that is wrong, map it: --source OCIRepository/flux-system/apps=<folder>"
    ])
    // An explicit mapping wins over what the workflow says, and nothing is inferred then.
    const mapped = run({ ...ociOnly, '.github/workflows/publish.yaml': workflow }, [
      mapping('OCIRepository/flux-system/apps=.')
    ])
    assert.deepEqual(rootIds(mapped), ['flux flux-system/apps .'])
    assert.deepEqual(findings(mapped, 'flux-source-inferred'), [])
  })

  it('a workflow pushing only to other URLs infers nothing', () => {
    const workflow =
      'jobs:\n  p:\n    steps:\n      - run: flux push artifact oci://ghcr.io/example/other:1 --path=./apps\n'
    const report = run({ ...ociOnly, '.github/workflows/publish.yaml': workflow })
    assert.deepEqual(rootIds(report), [])
    assert.equal(findings(report, 'flux-unresolved').length, 1)
  })

  it('the bootstrap OCIRepository flux-system: one pushed folder to a URL not known here', () => {
    const files = {
      ...app,
      'clusters/prod/apps.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: apps, namespace: flux-system }
        spec:
          path: ./apps
          sourceRef: { kind: OCIRepository, name: flux-system }
      `,
      '.github/workflows/oci.yml': source`
        jobs:
          p:
            steps:
              - run: flux push artifact "\${{ env.REPO }}:main" --path=. --source=x --revision=y
      `
    }
    const report = run(files)
    assert.deepEqual(rootIds(report), ['flux flux-system/apps apps'])
    assert.deepEqual(findings(report, 'flux-source-inferred'), [
      ".github/workflows/oci.yml:4 note OCIRepository flux-system/flux-system is taken to be built from the folder . of this repository: this workflow runs 'flux push artifact --path=.' to a URL not known here, the only folder the workflows push, and flux-system/flux-system is the cluster's bootstrap source; if that is wrong, map it: --source OCIRepository/flux-system/flux-system=<folder>"
    ])
  })

  it('sourceRef.namespace defaults to the Kustomization namespace, not flux-system', () => {
    const controllers = (sourceRef: string) => source`
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata: { name: web, namespace: controllers }
      spec:
        path: ./apps
        sourceRef: ${sourceRef}
    `
    const unqualified = run({
      ...app,
      'clusters/prod/flux-system/gotk-sync.yaml': bootstrap,
      'clusters/prod/web.yaml': controllers('{ kind: GitRepository, name: flux-system }')
    })
    assert.deepEqual(rootIds(unqualified), ['flux flux-system/flux-system clusters/prod'])
    assert.deepEqual(findings(unqualified, 'flux-unresolved'), [
      "clusters/prod/web.yaml:1 warning Kustomization controllers/web: GitRepository controllers/flux-system is not defined in this repository (sourceRef.namespace is not set, so Flux looks in the Kustomization's namespace, controllers)"
    ])
    const qualified = run({
      ...app,
      'clusters/prod/flux-system/gotk-sync.yaml': bootstrap,
      'clusters/prod/web.yaml': controllers(
        '{ kind: GitRepository, name: flux-system, namespace: flux-system }'
      )
    })
    assert.deepEqual(rootIds(qualified), [
      'flux controllers/web apps',
      'flux flux-system/flux-system clusters/prod'
    ])
    // A GitRepository of that namespace with this repository's URL is this repository too.
    const ownCopy = run({
      ...app,
      'clusters/prod/flux-system/gotk-sync.yaml': bootstrap,
      'clusters/prod/web.yaml': controllers('{ kind: GitRepository, name: flux-system }'),
      'clusters/prod/source.yaml': source`
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: GitRepository
        metadata: { name: flux-system, namespace: controllers }
        spec: { url: https://github.com/example/fleet }
      `
    })
    assert.deepEqual(rootIds(ownCopy), [
      'flux controllers/web apps',
      'flux flux-system/flux-system clusters/prod'
    ])
  })

  it('a namespace-less ks.yaml takes the namespace its parent applies it with', () => {
    const report = run({
      ...app,
      'clusters/prod/flux-system/gotk-sync.yaml': bootstrap,
      'clusters/prod/kustomization.yaml':
        'namespace: flux-system\nresources: [flux-system/gotk-sync.yaml, ks.yaml]\n',
      'clusters/prod/ks.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: web }
        spec:
          path: ./apps
          sourceRef: { kind: GitRepository, name: flux-system }
      `
    })
    assert.deepEqual(rootIds(report), [
      'flux flux-system/flux-system clusters/prod',
      'flux flux-system/web apps'
    ])
    assert.deepEqual(findings(report, 'flux-unresolved'), [])
  })

  it('a source of no known kind, or none, is named in the reason', () => {
    const report = run({
      ...app,
      'clusters/prod/flux-system/gotk-sync.yaml': bootstrap,
      'clusters/prod/odd.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: no-kind, namespace: flux-system }
        spec:
          path: ./apps
          sourceRef: { name: flux-system }
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: bucket, namespace: flux-system }
        spec:
          path: ./apps
          sourceRef: { kind: Bucket, name: assets }
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: elsewhere, namespace: flux-system }
        spec:
          path: ./apps
          sourceRef: { kind: GitRepository, name: platform, namespace: shared }
      `
    })
    assert.deepEqual(findings(report, 'flux-unresolved'), [
      'clusters/prod/odd.yaml:1 warning Kustomization flux-system/no-kind: sourceRef.kind is not set (Flux requires one of GitRepository, OCIRepository, Bucket, ExternalArtifact)',
      'clusters/prod/odd.yaml:8 warning Kustomization flux-system/bucket: Bucket flux-system/assets is a bucket, whose content this repository does not show; if it is built from a folder of this repository, map it: --source Bucket/flux-system/assets=<folder>',
      'clusters/prod/odd.yaml:15 warning Kustomization flux-system/elsewhere: GitRepository shared/platform is not defined in this repository'
    ])
  })

  it('an ExternalArtifact: unresolved without a generator, a root with a mapping or a generator over a mapped source', () => {
    const kustomization = source`
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata: { name: web, namespace: apps }
      spec:
        path: ./
        sourceRef: { kind: ExternalArtifact, name: web }
    `
    const generator = source`
      apiVersion: source.extensions.fluxcd.io/v1beta1
      kind: ArtifactGenerator
      metadata: { name: web }
      spec:
        sources:
          - { alias: release, kind: OCIRepository, name: release }
        artifacts:
          - name: web
            copy:
              - { from: "@release/apps/**", to: "@artifact/" }
    `
    const none = run({ ...app, 'clusters/prod/web.yaml': kustomization })
    assert.deepEqual(rootIds(none), [])
    assert.deepEqual(findings(none, 'flux-unresolved'), [
      'clusters/prod/web.yaml:1 warning Kustomization apps/web: ExternalArtifact apps/web is produced by no ArtifactGenerator of this repository; if it is built from a folder of this repository, map it: --source ExternalArtifact/apps/web=<folder>'
    ])
    const direct = run({ ...app, 'clusters/prod/web.yaml': kustomization }, [
      mapping('ExternalArtifact/apps/web=apps')
    ])
    assert.deepEqual(rootIds(direct), ['flux apps/web apps'])

    const files = { ...app, 'clusters/prod/web.yaml': `${kustomization}---\n${generator}` }
    const unmapped = run(files)
    assert.deepEqual(rootIds(unmapped), [])
    assert.deepEqual(findings(unmapped, 'flux-unresolved'), [
      "clusters/prod/web.yaml:1 warning Kustomization apps/web: artifact web of ArtifactGenerator web (clusters/prod/web.yaml:8) copies from OCIRepository apps/release is an OCI artifact not defined in this repository, and no workflow in .github/workflows pushes it with 'flux push artifact --path'; if it is built from a folder of this repository, map it: --source OCIRepository/apps/release=<folder>"
    ])
    // Neither the generator nor its source name a namespace: they are the ExternalArtifact's, apps.
    const mapped = run(files, [mapping('OCIRepository/apps/release=.')])
    assert.deepEqual(rootIds(mapped), ['flux apps/web apps'])
    assert.deepEqual(
      mapped.workloads.map(w => `${w.status} ${w.kind}/${w.name}`),
      ['missing Deployment/web']
    )
  })

  it('falls back to kustomize roots only without any Flux Kustomization, and says so', () => {
    const report = run(app)
    assert.equal(report.discovery.from, 'kustomize')
    assert.match(
      report.discovery.summary,
      /^No Flux Kustomization in this repository: the roots are/
    )
    assert.deepEqual(rootIds(report), ['kustomization apps apps'])
  })
})

describe('parseSourceMapping', () => {
  it('reads kind/namespace/name=folder and refuses anything else with the reason', () => {
    assert.deepEqual(parseSourceMapping('OCIRepository/flux-system/apps=./deploy/apps/'), {
      kind: 'OCIRepository',
      namespace: 'flux-system',
      name: 'apps',
      path: 'deploy/apps'
    })
    assert.deepEqual(parseSourceMapping('GitRepository/a/b=.'), {
      kind: 'GitRepository',
      namespace: 'a',
      name: 'b',
      path: '.'
    })
    const error = (text: string) => {
      const parsed = parseSourceMapping(text)
      return 'error' in parsed ? parsed.error : 'no error'
    }
    assert.match(error('OCIRepository/apps=./apps'), /is not <kind>\/<namespace>\/<name>=<folder>/)
    assert.match(
      error('HelmRepository/a/b=x'),
      /the kind must be one of GitRepository, OCIRepository, Bucket, ExternalArtifact, not 'HelmRepository'/
    )
    assert.match(error('OCIRepository/a/b=../elsewhere'), /inside the repository/)
  })
})
