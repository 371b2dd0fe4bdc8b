import assert from 'node:assert/strict'
import { test } from 'node:test'
import { load } from 'js-yaml'
import { findReferences, podSpecOf, workloadShape } from '../../src/engine/workloads.js'
import type { KObject } from '../../src/engine/objects.js'
import { source } from '../helpers/source.js'

const deployment = load(source`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        imagePullSecrets: [{name: registry}]
        initContainers:
          - name: migrate
            envFrom:
              - configMapRef: {name: migrate-env}
              - secretRef: {name: migrate-secret, optional: true}
        containers:
          - name: app
            env:
              - name: LEVEL
                valueFrom: {configMapKeyRef: {name: app, key: level}}
              - name: PASSWORD
                valueFrom: {secretKeyRef: {name: db, key: password, optional: true}}
              - name: PLAIN
                value: x
        ephemeralContainers:
          - name: debug
            envFrom: [{configMapRef: {name: debug-env}}]
        volumes:
          - name: config
            configMap: {name: files, items: [{key: a.conf, path: a.conf}]}
          - name: certs
            secret: {secretName: tls}
          - name: both
            projected:
              sources:
                - configMap: {name: projected-cm, items: [{key: x, path: x}]}
                - secret: {name: projected-secret}
                - serviceAccountToken: {path: token}
`) as KObject

test('every way a pod template reads a ConfigMap or Secret is found', () => {
  const shape = workloadShape(deployment)
  assert.ok(shape)
  const found = findReferences(podSpecOf(deployment, shape)).map(r => [
    r.via,
    r.kind,
    r.name,
    r.keys,
    r.optional,
    r.reader
  ])
  assert.deepEqual(found, [
    ['envFrom', 'ConfigMap', 'migrate-env', 'all', false, 'migrate'],
    ['envFrom', 'Secret', 'migrate-secret', 'all', true, 'migrate'],
    ['env', 'ConfigMap', 'app', ['level'], false, 'app'],
    ['env', 'Secret', 'db', ['password'], true, 'app'],
    ['envFrom', 'ConfigMap', 'debug-env', 'all', false, 'debug'],
    ['volume', 'ConfigMap', 'files', ['a.conf'], false, 'config'],
    ['volume', 'Secret', 'tls', 'all', false, 'certs'],
    ['projected', 'ConfigMap', 'projected-cm', ['x'], false, 'both'],
    ['projected', 'Secret', 'projected-secret', 'all', false, 'both'],
    ['imagePullSecrets', 'Secret', 'registry', 'all', true, 'imagePullSecrets']
  ])
})

test('workload kinds and where their pod template is', () => {
  const template = { spec: { containers: [] } }
  const shapes = [
    { apiVersion: 'apps/v1', kind: 'StatefulSet', spec: { template } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', spec: { template } },
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', spec: { template } },
    { apiVersion: 'batch/v1', kind: 'CronJob', spec: { jobTemplate: { spec: { template } } } },
    { apiVersion: 'batch/v1', kind: 'Job', spec: { template } },
    { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', spec: { template } },
    { apiVersion: 'example.com/v1', kind: 'Rollout', spec: { template } },
    { apiVersion: 'v1', kind: 'ConfigMap', data: {} }
  ].map(object => {
    const shape = workloadShape(object)
    return shape && [shape.kind, shape.templatePath.join('.'), shape.annotatable]
  })
  assert.deepEqual(shapes, [
    ['StatefulSet', 'spec.template', true],
    ['DaemonSet', 'spec.template', true],
    ['ReplicaSet', 'spec.template', true],
    ['CronJob', 'spec.jobTemplate.spec.template', true],
    ['Job', 'spec.template', false],
    ['Rollout', 'spec.template', true],
    undefined,
    undefined
  ])
})
