import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { source } from '../helpers/source.js'
import type { FluxRoot } from '../../src/flux/index.js'
import { rootsOf } from './fixture.js'

const gotkSync = source`
  apiVersion: source.toolkit.fluxcd.io/v1
  kind: GitRepository
  metadata:
    name: flux-system
    namespace: flux-system
  spec:
    url: https://github.com/example/fleet
  ---
  apiVersion: kustomize.toolkit.fluxcd.io/v1
  kind: Kustomization
  metadata:
    name: flux-system
    namespace: flux-system
  spec:
    interval: 10m
    path: ./clusters/prod
    sourceRef:
      kind: GitRepository
      name: flux-system
`

const deployment = source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels: { app: web }
    template:
      metadata:
        labels: { app: web }
      spec:
        containers:
          - name: web
            image: nginx:1.0
            env:
              - name: DOMAIN
                value: \${DOMAIN}
`

function appsKustomization(spec: string): string {
  return (
    source`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata:
      name: apps
      namespace: flux-system
    spec:
      interval: 1h
      path: ./apps
      sourceRef:
        kind: GitRepository
        name: flux-system
  ` + spec
  )
}

function root(roots: FluxRoot[], id: string): FluxRoot {
  const found = roots.find(r => r.id === id)
  assert.ok(found, `root ${id} in ${roots.map(r => r.id).join(', ')}`)
  return found
}

/** Built objects, walked without type checks: a missing field fails the assertion anyway. */
type Tree = { [key: string]: unknown }

function at(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Tree | undefined)?.[key], object)
}

function nameOf(object: Record<string, unknown>): unknown {
  return (object.metadata as Tree | undefined)?.name
}

function objectNamed(root: FluxRoot, kind: string, name: string): Tree {
  const found = root.resources.find(r => r.object.kind === kind && nameOf(r.object) === name)
  assert.ok(found, `${kind}/${name} in ${root.id}`)
  return found.object as unknown as Tree
}

describe('findFluxRoots', () => {
  it('returns nothing for a repository without Flux Kustomizations', () => {
    assert.deepEqual(
      rootsOf({ 'app/kustomization.yaml': 'resources: [d.yaml]\n', 'app/d.yaml': deployment }),
      {
        roots: [],
        unresolved: [],
        kustomizations: 0,
        builds: 0,
        inferred: []
      }
    )
  })

  it('lists each Kustomization with its file, line and repository path', () => {
    const { roots, unresolved } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/apps.yaml': appsKustomization(''),
      'apps/web.yaml': deployment
    })
    assert.deepEqual(unresolved, [])
    assert.deepEqual(
      roots.map(r => [r.id, r.kustomization.file, r.kustomization.line, r.kustomization.path]),
      [
        ['flux-system/apps', 'clusters/prod/apps.yaml', 1, 'apps'],
        ['flux-system/flux-system', 'clusters/prod/flux-system/gotk-sync.yaml', 9, 'clusters/prod']
      ]
    )
    assert.equal(root(roots, 'flux-system/apps').kustomization.interval, '1h')
  })

  it('generates a kustomization like Flux: every YAML below, sub-kustomizations as one entry', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/apps.yaml': appsKustomization(''),
      'apps/web/deployment.yaml': deployment,
      'apps/web/.sops.yaml': 'creation_rules: []\n',
      'apps/web/notes.txt': 'not yaml',
      'apps/api/kustomization.yaml': 'resources: [cm.yaml]\nnamePrefix: api-\n',
      'apps/api/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n',
      'apps/api/ignored.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-listed}\n'
    })
    const apps = root(roots, 'flux-system/apps')
    assert.deepEqual(apps.problems, [])
    assert.deepEqual(
      apps.resources.map(r => `${r.object.kind}/${String(nameOf(r.object))}`).sort(),
      ['ConfigMap/api-cfg', 'Deployment/web']
    )
  })

  it('applies targetNamespace, namePrefix, patches with targets, images, components and commonMetadata', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/apps.yaml': appsKustomization(
        source`
          targetNamespace: web
          namePrefix: prod-
          components: [../components/extra]
          images:
            - name: nginx
              newTag: "2.0"
          commonMetadata:
            labels: { team: blue }
            annotations: { owner: ops }
          patches:
            - target: { kind: Deployment, name: web }
              patch: |
                - op: add
                  path: /spec/replicas
                  value: 3
      `.replace(/^/gm, '  ')
      ),
      'apps/kustomization.yaml': 'resources: [web.yaml]\nnamespace: default\n',
      'apps/web.yaml': deployment,
      'components/extra/kustomization.yaml': source`
        apiVersion: kustomize.config.k8s.io/v1alpha1
        kind: Component
        resources: [cm.yaml]
      `,
      'components/extra/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\n'
    })
    const apps = root(roots, 'flux-system/apps')
    assert.deepEqual(apps.problems, [])
    const web = objectNamed(apps, 'Deployment', 'prod-web')
    assert.equal(at(web, 'metadata.namespace'), 'web')
    assert.equal(at(web, 'spec.replicas'), 3)
    assert.equal(at(web, 'spec.template.spec.containers.0.image'), 'nginx:2.0')
    assert.deepEqual(at(web, 'metadata.labels'), { team: 'blue' })
    assert.deepEqual(at(web, 'metadata.annotations'), { owner: 'ops' })
    assert.deepEqual(
      at(web, 'spec.selector'),
      { matchLabels: { app: 'web' } },
      'selectors untouched'
    )
    assert.deepEqual(
      at(web, 'spec.template.metadata.labels'),
      { app: 'web' },
      'templates untouched'
    )
    assert.equal(at(objectNamed(apps, 'ConfigMap', 'prod-extra'), 'metadata.namespace'), 'web')
  })

  it('substitutes postBuild variables from substitute and in-repo ConfigMaps and Secrets', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/vars.yaml': source`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings, namespace: flux-system }
        data: { DOMAIN: example.org, REPLICAS: "2" }
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: secret-vars, namespace: flux-system }
        data: { TOKEN: c2VjcmV0 }
      `,
      'clusters/prod/apps.yaml': appsKustomization(
        source`
          postBuild:
            substitute: { EXTRA: inline }
            substituteFrom:
              - kind: ConfigMap
                name: settings
              - kind: Secret
                name: secret-vars
              - kind: ConfigMap
                name: optional-missing
                optional: true
      `.replace(/^/gm, '  ')
      ),
      'apps/web.yaml': deployment.replace('value: ${DOMAIN}', 'value: ${DOMAIN}/${TOKEN}/${EXTRA}')
    })
    const apps = root(roots, 'flux-system/apps')
    assert.deepEqual(apps.problems, [])
    const web = objectNamed(apps, 'Deployment', 'web')
    assert.equal(
      at(web, 'spec.template.spec.containers.0.env.0.value'),
      'example.org/secret/inline'
    )
  })

  it('reports a missing substituteFrom and a SOPS Secret, and keeps their variables as written', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/secret.yaml': source`
        apiVersion: v1
        kind: Secret
        metadata: { name: cluster-secrets, namespace: flux-system }
        stringData:
          DOMAIN: ENC[AES256_GCM,data:abc,type:str]
        sops:
          mac: x
      `,
      'clusters/prod/apps.yaml': appsKustomization(
        source`
          postBuild:
            substituteFrom:
              - kind: Secret
                name: cluster-secrets
              - kind: ConfigMap
                name: made-elsewhere
      `.replace(/^/gm, '  ')
      ),
      'apps/web.yaml': deployment
    })
    const apps = root(roots, 'flux-system/apps')
    assert.deepEqual(
      apps.problems.map(p => [p.severity, p.line, /SOPS|made-elsewhere/.exec(p.message)?.[0]]),
      [
        ['warning', 1, 'SOPS'],
        ['error', 1, 'made-elsewhere']
      ]
    )
    assert.equal(
      at(objectNamed(apps, 'Deployment', 'web'), 'spec.template.spec.containers.0.env.0.value'),
      '${DOMAIN}'
    )
  })

  it('reads substituteFrom from a ConfigMap another Kustomization builds, as that one substitutes it', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/config.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: config, namespace: flux-system }
        spec:
          path: ./config
          sourceRef: { kind: GitRepository, name: flux-system }
          postBuild:
            substitute: { BASE: example }
      `,
      'clusters/prod/apps.yaml': appsKustomization(
        source`
          postBuild:
            substituteFrom:
              - kind: ConfigMap
                name: settings
      `.replace(/^/gm, '  ')
      ),
      'config/settings.yaml': source`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings, namespace: flux-system }
        data:
          DOMAIN: \${BASE}.org
      `,
      'apps/web.yaml': deployment
    })
    const web = objectNamed(root(roots, 'flux-system/apps'), 'Deployment', 'web')
    assert.equal(at(web, 'spec.template.spec.containers.0.env.0.value'), 'example.org')
  })

  it('builds a Kustomization only as its parent applies it, not also as declared', () => {
    const { roots, builds } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/apps.yaml': appsKustomization(
        source`
          patches:
            - target: { kind: Kustomization }
              patch: |
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: { name: any }
                spec: { targetNamespace: web }
      `.replace(/^/gm, '  ')
      ).replace('path: ./apps', 'path: ./cluster-apps'),
      'cluster-apps/web.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: web, namespace: flux-system }
        spec:
          path: ./apps
          sourceRef: { kind: GitRepository, name: flux-system }
      `,
      'apps/web.yaml': deployment
    })
    assert.equal(
      at(objectNamed(root(roots, 'flux-system/web'), 'Deployment', 'web'), 'metadata.namespace'),
      'web'
    )
    // clusters/prod, cluster-apps, and apps with the patched targetNamespace: never apps as declared.
    assert.equal(builds, 3)
  })

  it('uses the Kustomization as its parent builds it (namespace and patches from the parent)', () => {
    const { roots } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/cluster.yaml': appsKustomization(
        source`
          patches:
            - target: { kind: Kustomization }
              patch: |
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: { name: any }
                spec:
                  postBuild:
                    substitute: { DOMAIN: patched.org }
      `.replace(/^/gm, '  ')
      ).replace('path: ./apps', 'path: ./cluster-apps'),
      'cluster-apps/kustomization.yaml': 'namespace: flux-system\nresources: [web/ks.yaml]\n',
      'cluster-apps/web/ks.yaml': source`
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: web }
        spec:
          path: ./apps
          sourceRef: { kind: GitRepository, name: flux-system }
      `,
      'apps/web.yaml': deployment
    })
    const web = root(roots, 'flux-system/web')
    assert.equal(web.kustomization.file, 'cluster-apps/web/ks.yaml')
    assert.equal(
      at(objectNamed(web, 'Deployment', 'web'), 'spec.template.spec.containers.0.env.0.value'),
      'patched.org'
    )
  })

  it('maps ExternalArtifact paths through an ArtifactGenerator that copies from the own repository', () => {
    const { roots, unresolved } = rootsOf({
      'clusters/prod/flux-system/gotk-sync.yaml': gotkSync,
      'clusters/prod/artifacts.yaml': source`
        apiVersion: source.extensions.fluxcd.io/v1beta1
        kind: ArtifactGenerator
        metadata: { name: gen, namespace: flux-system }
        spec:
          sources:
            - { alias: repo, kind: GitRepository, name: flux-system }
          artifacts:
            - name: apps
              copy:
                - { from: "@repo/deploy/apps/**", to: "@artifact/" }
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: apps, namespace: flux-system }
        spec:
          path: ./web
          sourceRef: { kind: ExternalArtifact, name: apps }
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: { name: other, namespace: flux-system }
        spec:
          path: ./x
          sourceRef: { kind: GitRepository, name: upstream }
      `,
      'deploy/apps/web/web.yaml': deployment
    })
    assert.equal(root(roots, 'flux-system/apps').kustomization.path, 'deploy/apps/web')
    assert.deepEqual(
      unresolved.map(p => [p.path, p.line, p.severity]),
      [['clusters/prod/artifacts.yaml', 19, 'error']]
    )
    assert.match(
      unresolved[0]?.message ?? '',
      /GitRepository flux-system\/upstream is not defined in this repository/
    )
  })
})
