import assert from 'node:assert/strict'
import { test } from 'node:test'
import { load } from 'js-yaml'
import { readHelmRelease } from '../../src/helm/index.js'
import type { HelmReleaseView, ValuesSource } from '../../src/helm/index.js'
import { source } from '../helpers/source.js'

/** A HelmRelease of app-template at `version` with these values (YAML, indented for `values:`). */
function release(
  version: string,
  values: string,
  extra: Record<string, unknown> = {}
): HelmReleaseView {
  const object = load(source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: app
      namespace: media
    spec:
      chart:
        spec:
          chart: app-template
          version: ${version}
          sourceRef: {kind: HelmRepository, name: bjw-s, namespace: flux-system}
  `) as Record<string, unknown>
  const spec = object.spec as Record<string, unknown>
  spec.values = load(values)
  Object.assign(spec, extra)
  return readHelmRelease(object, { findSource: () => undefined, findValues: () => undefined })
}

/** Each workload as `kind name: reference, reference` for compact assertions. */
function summary(view: HelmReleaseView): string[] {
  return view.workloads.map(
    workload =>
      `${workload.kind} ${workload.name}: ${workload.references
        .map(
          r =>
            `${r.kind}/${r.name}${r.keys === 'all' ? '' : `[${r.keys.join(',')}]`} ${r.via}${r.chartChecksum ? ' checksum' : ''}`
        )
        .join(', ')}`
  )
}

test('5.x: every env and envFrom form, named by the release, with Release.Name templated', () => {
  const view = release(
    '5.1.0',
    source`
      controllers:
        main:
          containers:
            app:
              env:
                PLAIN: x
                NUMBER: 3
                FROM_SECRET:
                  valueFrom:
                    secretKeyRef: {name: "{{ .Release.Name }}-secret", key: password}
                SHORT:
                  configMapKeyRef: {name: settings, key: level}
              envFrom:
                - secretRef: {name: "{{ .Release.Name }}"}
                - configMapRef: {name: shared}
                - secret: literal-secret
          initContainers:
            init:
              env:
                - name: TOKEN
                  valueFrom:
                    secretKeyRef: {name: tokens, key: init}
    `
  )
  assert.deepEqual(summary(view), [
    'Deployment app: Secret/tokens[init] env, Secret/app-secret[password] env, ConfigMap/settings[level] env, Secret/app envFrom, ConfigMap/shared envFrom, Secret/literal-secret envFrom'
  ])
  assert.deepEqual(view.workloads[0]?.podAnnotationsPath, [
    'controllers',
    'main',
    'pod',
    'annotations'
  ])
})

test('5.x: persistence by name, identifier and items; mounted in the controllers it names', () => {
  const view = release(
    '5.0.1',
    source`
      controllers:
        web:
          containers: {app: {}}
        worker:
          type: cronjob
          containers: {app: {}}
      configMaps:
        config:
          data: {a: b}
        extra:
          includeInChecksum: false
          data: {c: d}
      persistence:
        everywhere:
          type: configMap
          name: global-config
          globalMounts: [{path: /config}]
        only-web:
          type: secret
          name: web-secret
          items: [{key: tls.crt, path: tls.crt}]
          advancedMounts:
            web:
              app: [{path: /tls}]
        implicit:
          type: configMap
          identifier: config
        unchecksummed:
          type: configMap
          identifier: extra
          advancedMounts: {worker: {app: [{path: /extra}]}}
        disabled:
          enabled: false
          type: secret
          name: never
        claim:
          existingClaim: data
    `
  )
  assert.deepEqual(summary(view), [
    'Deployment app-web: ConfigMap/global-config volume, Secret/web-secret[tls.crt] volume, ConfigMap/app-config volume checksum',
    'CronJob app-worker: ConfigMap/global-config volume, ConfigMap/app-config volume checksum, ConfigMap/app-extra volume'
  ])
})

test('4.x: forceRename, the identifier appended when asked, the name lowercased', () => {
  const view = release(
    '4.4.0',
    source`
      global:
        alwaysAppendIdentifierToResourceName: true
      controllers:
        Main:
          containers: {app: {envFrom: [{secretRef: {name: s}}]}}
        other:
          forceRename: exact-name
          type: statefulset
          containers: {app: {envFrom: [{secretRef: {name: s}}]}}
        off:
          enabled: false
    `
  )
  assert.deepEqual(
    view.workloads.map(w => `${w.kind} ${w.name}`),
    ['Deployment app-main', 'StatefulSet exact-name']
  )
})

test('3.x: one controller takes the release name, several add their id; defaultContainerOptions apply', () => {
  const one = release('3.7.3', 'controllers: {main: {containers: {app: {}}}}')
  assert.deepEqual(
    one.workloads.map(w => w.name),
    ['app']
  )
  const two = release(
    '3.7.3',
    source`
      controllers:
        main:
          defaultContainerOptions:
            envFrom: [{configMapRef: {name: defaults}}]
          containers:
            app: {}
            sidecar:
              envFrom: [{configMapRef: {name: own}}]
        second:
          containers: {app: {}}
    `
  )
  assert.deepEqual(summary(two), [
    'Deployment app-main: ConfigMap/defaults envFrom, ConfigMap/own envFrom',
    'Deployment app-second: '
  ])
})

test('2.x: the chart default controller main, named after the release; other ids appended', () => {
  const defaults = release('2.6.0', 'image: {repository: x}')
  assert.deepEqual(
    defaults.workloads.map(w => w.name),
    ['app']
  )
  const named = release(
    '2.6.0',
    'controllers: {main: {containers: {main: {}}}, cron: {type: cronjob, containers: {main: {}}}}'
  )
  assert.deepEqual(
    named.workloads.map(w => `${w.kind} ${w.name}`),
    ['Deployment app', 'CronJob app-cron']
  )
})

test('1.x: one controller, env at the top level, podAnnotations for the pod', () => {
  const view = release(
    '1.5.1',
    source`
      controller: {type: statefulset}
      env:
        KEY:
          valueFrom: {secretKeyRef: {name: creds, key: key}}
      envFrom:
        - configMapRef: {name: settings}
      persistence:
        config: {enabled: true, type: configMap, name: files}
    `
  )
  assert.deepEqual(summary(view), [
    'StatefulSet app: Secret/creds[key] env, ConfigMap/settings envFrom, ConfigMap/files volume'
  ])
  assert.deepEqual(view.workloads[0]?.podAnnotationsPath, ['podAnnotations'])
})

test('4.3 and later copy defaultPodOptions.annotations, which a new pod.annotations would drop', () => {
  const values = source`
    defaultPodOptions:
      annotations: {k8s.v1.cni.cncf.io/networks: multus}
    controllers:
      main: {containers: {app: {}}}
      merged: {pod: {annotations: {}}, containers: {app: {}}}
  `
  assert.deepEqual(
    release('5.1.0', values).workloads.map(w => w.companions),
    [{ 'k8s.v1.cni.cncf.io/networks': 'multus' }, {}]
  )
  assert.deepEqual(release('4.2.0', values).workloads[0]?.companions, {})
  assert.deepEqual(
    release('5.1.0', `defaultPodOptionsStrategy: merge\n${values}`).workloads[0]?.companions,
    {}
  )
})

test('the release name and namespace as helm-controller derives them', () => {
  const values = 'controllers: {main: {containers: {app: {}}}}'
  assert.deepEqual(
    [release('5.1.0', values).releaseName, release('5.1.0', values).namespace],
    ['app', 'media']
  )
  const targeted = release('5.1.0', values, { targetNamespace: 'apps' })
  assert.deepEqual([targeted.releaseName, targeted.namespace], ['apps-app', 'apps'])
  assert.equal(release('5.1.0', values, { releaseName: 'custom' }).workloads[0]?.name, 'custom')
})

test('valuesFrom merges in order, inline values last, targetPath on top, optional ignored', () => {
  const sources: Record<string, ValuesSource> = {
    base: source_('base', 'values.yaml', 'a: {x: 1, y: 1}\nlist: [1, 2]\n'),
    over: source_('over', 'custom.yaml', 'a: {y: 2}\nlist: [3]\n'),
    target: source_('target', 'value', 'from-target')
  }
  const object = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: 'app', namespace: 'media' },
    spec: {
      chart: { spec: { chart: 'podinfo' } },
      valuesFrom: [
        { kind: 'ConfigMap', name: 'base' },
        { kind: 'ConfigMap', name: 'over', valuesKey: 'custom.yaml' },
        { kind: 'Secret', name: 'target', valuesKey: 'value', targetPath: 'a.z' },
        { kind: 'ConfigMap', name: 'absent', optional: true },
        { kind: 'ConfigMap', name: 'missing' }
      ],
      values: { a: { x: 'inline', z: 'inline' } }
    }
  }
  const view = readHelmRelease(object, {
    findSource: () => undefined,
    findValues: (_kind, namespace, name) => (namespace === 'media' ? sources[name] : undefined)
  })
  assert.deepEqual(view.values.values, { a: { x: 'inline', y: 2, z: 'from-target' }, list: [3] })
  assert.deepEqual(view.values.problems, [
    'valuesFrom ConfigMap missing is not defined in this repository'
  ])
})

function source_(name: string, key: string, text: string): ValuesSource {
  return { kind: 'ConfigMap', name, data: new Map([[key, text]]), labels: {} }
}
