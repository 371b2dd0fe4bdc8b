import type { PatchCase, Resource } from './oracle.js'

const deployment = (spec: Resource, metadata: Resource = {}): Resource => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'apps', ...metadata },
  spec
})

const podTemplate = (podSpec: Resource, metadata?: Resource): Resource => ({
  template: metadata ? { metadata, spec: podSpec } : { spec: podSpec }
})

const webDeployment = deployment({
  replicas: 1,
  selector: { matchLabels: { app: 'web' } },
  ...podTemplate(
    {
      serviceAccountName: 'web',
      containers: [
        {
          name: 'web',
          image: 'ghcr.io/example/web:1.0.0',
          args: ['--port=8080', '--verbose'],
          env: [
            { name: 'LOG_LEVEL', value: 'info' },
            { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }
          ],
          envFrom: [{ configMapRef: { name: 'web-config' } }],
          ports: [
            { name: 'http', containerPort: 8080 },
            { name: 'dns', containerPort: 53, protocol: 'UDP' }
          ],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          volumeMounts: [
            { name: 'config', mountPath: '/etc/web' },
            { name: 'cache', mountPath: '/var/cache' }
          ]
        },
        { name: 'sidecar', image: 'ghcr.io/example/sidecar:2.1' }
      ],
      initContainers: [{ name: 'migrate', image: 'ghcr.io/example/web:1.0.0', args: ['migrate'] }],
      volumes: [
        { name: 'config', configMap: { name: 'web-config' } },
        { name: 'cache', emptyDir: {} }
      ],
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
      imagePullSecrets: [{ name: 'ghcr' }],
      nodeSelector: { 'kubernetes.io/os': 'linux' }
    },
    { labels: { app: 'web' }, annotations: { 'prometheus.io/scrape': 'true' } }
  )
})

const deploymentPatch = (podSpec: Resource, extra: Resource = {}): Resource => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'apps' },
  spec: { template: { spec: podSpec }, ...extra }
})

const cronJob = (apiVersion: string): Resource => ({
  apiVersion,
  kind: 'CronJob',
  metadata: { name: 'backup', namespace: 'ops' },
  spec: {
    schedule: '0 3 * * *',
    jobTemplate: {
      spec: {
        template: {
          spec: {
            restartPolicy: 'OnFailure',
            containers: [
              {
                name: 'backup',
                image: 'restic/restic:0.16',
                env: [{ name: 'RESTIC_REPOSITORY', value: 's3:old' }]
              }
            ]
          }
        }
      }
    }
  }
})

const helmRelease: Resource = {
  apiVersion: 'helm.toolkit.fluxcd.io/v2',
  kind: 'HelmRelease',
  metadata: { name: 'podinfo', namespace: 'podinfo' },
  spec: {
    interval: '30m',
    chart: {
      spec: {
        chart: 'app-template',
        version: '3.5.1',
        sourceRef: { kind: 'HelmRepository', name: 'bjw-s', namespace: 'flux-system' }
      }
    },
    valuesFrom: [{ kind: 'ConfigMap', name: 'podinfo-values' }],
    values: {
      controllers: {
        podinfo: {
          annotations: { 'reloader.stakater.com/auto': 'true' },
          containers: {
            app: {
              image: { repository: 'ghcr.io/stefanprodan/podinfo', tag: '6.5.0' },
              env: [
                { name: 'TZ', value: 'UTC' },
                { name: 'PORT', value: '9898' }
              ]
            }
          }
        }
      },
      persistence: { config: { type: 'configMap', name: 'podinfo' } },
      ingress: { app: { hosts: [{ host: 'podinfo.example.com' }] } }
    }
  }
}

const service: Resource = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'apps' },
  spec: {
    selector: { app: 'web' },
    ports: [
      { name: 'http', port: 80, targetPort: 8080 },
      { name: 'dns', port: 53, protocol: 'UDP' }
    ]
  }
}

const strategicMergeCases: PatchCase[] = [
  {
    // kyaml walks the lists the patch does not mention too: their duplicate keys merge.
    name: 'a patch elsewhere still merges duplicate keys of an untouched list',
    resource: deployment({
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      ...podTemplate({
        containers: [
          {
            name: 'web',
            image: 'ghcr.io/example/web:1.0.0',
            env: [
              { name: 'LOG_LEVEL', value: 'info' },
              { name: 'LOG_LEVEL', value: 'debug' }
            ]
          }
        ]
      })
    }),
    patch: { ...deploymentPatch({}), spec: { replicas: 2 } }
  },
  {
    name: 'image and replicas of a Deployment',
    resource: webDeployment,
    patch: deploymentPatch(
      { containers: [{ name: 'web', image: 'ghcr.io/example/web:1.1.0' }] },
      {
        replicas: 3
      }
    )
  },
  {
    name: 'env merged by name: one changed, one added',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [
        {
          name: 'web',
          env: [
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'FEATURE_X', value: 'on' }
          ]
        }
      ]
    })
  },
  {
    name: 'env entry deleted with $patch: delete',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ name: 'web', env: [{ name: 'LOG_LEVEL', $patch: 'delete' }] }]
    })
  },
  {
    name: 'envFrom has no merge key and is replaced',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ name: 'web', envFrom: [{ secretRef: { name: 'web-secrets' } }] }]
    })
  },
  {
    name: 'new container is placed before the existing ones',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ name: 'exporter', image: 'prom/exporter:1', ports: [{ containerPort: 9100 }] }]
    })
  },
  {
    name: 'container deleted',
    resource: webDeployment,
    patch: deploymentPatch({ containers: [{ name: 'sidecar', $patch: 'delete' }] })
  },
  {
    name: 'containers replaced with a list directive',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ $patch: 'replace' }, { name: 'only', image: 'busybox:1.36' }]
    })
  },
  {
    name: 'initContainers merged by name',
    resource: webDeployment,
    patch: deploymentPatch({
      initContainers: [
        { name: 'migrate', args: ['migrate', '--dry-run'] },
        { name: 'wait-db', image: 'busybox' }
      ]
    })
  },
  {
    name: 'volumes merged by name, one deleted, one added',
    resource: webDeployment,
    patch: deploymentPatch({
      volumes: [
        { name: 'cache', $patch: 'delete' },
        { name: 'config', configMap: { name: 'web-config-v2', defaultMode: 420 } },
        { name: 'secrets', secret: { secretName: 'web' } }
      ]
    })
  },
  {
    name: 'volumeMounts merged by mountPath',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [
        {
          name: 'web',
          volumeMounts: [
            { name: 'secrets', mountPath: '/etc/web', readOnly: true },
            { name: 'tmp', mountPath: '/tmp' }
          ]
        }
      ]
    })
  },
  {
    name: 'ports merged by containerPort and protocol',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [
        {
          name: 'web',
          ports: [
            { containerPort: 8080, name: 'web' },
            { containerPort: 53, protocol: 'TCP', name: 'dns-tcp' }
          ]
        }
      ]
    })
  },
  {
    name: 'imagePullSecrets merged by name',
    resource: webDeployment,
    patch: deploymentPatch({ imagePullSecrets: [{ name: 'dockerhub' }] })
  },
  {
    name: 'tolerations have no merge key and are replaced',
    resource: webDeployment,
    patch: deploymentPatch({ tolerations: [{ key: 'gpu', operator: 'Exists' }] })
  },
  {
    name: 'resources replaced with $patch: replace on a map',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ name: 'web', resources: { $patch: 'replace', limits: { cpu: '2' } } }]
    })
  },
  {
    name: 'null deletes keys',
    resource: webDeployment,
    patch: deploymentPatch(
      {
        nodeSelector: null,
        containers: [{ name: 'web', resources: { limits: null }, args: null }]
      },
      { replicas: null }
    )
  },
  {
    name: 'pod template annotation added (the config-hash use case)',
    resource: webDeployment,
    patch: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'apps' },
      spec: {
        template: { metadata: { annotations: { 'gitops-reloader/config-hash': 'sha256:0123' } } }
      }
    }
  },
  {
    name: 'metadata labels and annotations merged, name and namespace kept',
    resource: webDeployment,
    patch: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'apps',
        labels: { tier: 'frontend' },
        annotations: { owner: 'team-a' }
      }
    }
  },
  {
    name: '$setElementOrder, $retainKeys and $deleteFromPrimitiveList pass through as kustomize does',
    resource: webDeployment,
    patch: deploymentPatch({
      '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }],
      containers: [
        {
          name: 'web',
          '$deleteFromPrimitiveList/args': ['--verbose'],
          $retainKeys: ['name', 'image']
        }
      ]
    })
  },
  {
    name: 'whole resource deleted',
    resource: webDeployment,
    patch: { ...deploymentPatch({}), $patch: 'delete' }
  },
  {
    name: 'root $patch: replace is ignored by kustomize',
    resource: webDeployment,
    patch: { ...deploymentPatch({ containers: [{ name: 'x', image: 'x' }] }), $patch: 'replace' }
  },
  {
    name: 'topologySpreadConstraints merged by topologyKey and whenUnsatisfiable',
    resource: deployment(
      podTemplate({
        containers: [{ name: 'app', image: 'app' }],
        topologySpreadConstraints: [
          { topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', maxSkew: 1 },
          { topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', maxSkew: 1 }
        ]
      })
    ),
    patch: deploymentPatch({
      topologySpreadConstraints: [
        { topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', maxSkew: 2 },
        { topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 3 }
      ]
    })
  },
  {
    name: 'hostAliases merged by ip',
    resource: deployment(
      podTemplate({
        containers: [{ name: 'app', image: 'app' }],
        hostAliases: [{ ip: '10.0.0.1', hostnames: ['db'] }]
      })
    ),
    patch: deploymentPatch({
      hostAliases: [
        { ip: '10.0.0.2', hostnames: ['cache'] },
        { ip: '10.0.0.1', hostnames: ['db', 'db.local'] }
      ]
    })
  },
  {
    name: 'schedulingGates are newer than the embedded schema and replaced',
    resource: deployment(
      podTemplate({ containers: [{ name: 'app', image: 'app' }], schedulingGates: [{ name: 'a' }] })
    ),
    patch: deploymentPatch({ schedulingGates: [{ name: 'b' }] })
  },
  {
    name: 'Service ports merged by port and protocol',
    resource: service,
    patch: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'apps' },
      spec: {
        type: 'LoadBalancer',
        ports: [
          { port: 80, targetPort: 9090 },
          { port: 53, protocol: 'TCP', name: 'dns-tcp' },
          { port: 443, name: 'https', targetPort: 8443 }
        ]
      }
    }
  },
  {
    name: 'finalizers merged as a set',
    resource: { ...webDeployment, metadata: { name: 'web', finalizers: ['a', 'b'] } },
    patch: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', finalizers: ['c', 'a'] }
    }
  },
  {
    name: 'CronJob batch/v1 nested pod template merged',
    resource: cronJob('batch/v1'),
    patch: {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'backup', namespace: 'ops' },
      spec: {
        schedule: '0 4 * * *',
        jobTemplate: {
          spec: {
            template: {
              metadata: { annotations: { 'gitops-reloader/config-hash': 'sha256:abcd' } },
              spec: {
                containers: [
                  {
                    name: 'backup',
                    env: [
                      { name: 'RESTIC_REPOSITORY', value: 's3:new' },
                      { name: 'X', value: '1' }
                    ]
                  }
                ]
              }
            }
          }
        }
      }
    }
  },
  {
    name: 'CronJob batch/v1beta1 containers merged by name',
    resource: cronJob('batch/v1beta1'),
    patch: {
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      metadata: { name: 'backup', namespace: 'ops' },
      spec: {
        jobTemplate: {
          spec: { template: { spec: { containers: [{ name: 'notify', image: 'curl' }] } } }
        }
      }
    }
  },
  {
    name: 'HelmRelease values: maps merged, lists replaced',
    resource: helmRelease,
    patch: {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'podinfo', namespace: 'podinfo' },
      spec: {
        valuesFrom: [{ kind: 'Secret', name: 'podinfo-secret-values' }],
        values: {
          controllers: {
            podinfo: {
              containers: {
                app: {
                  image: { tag: '6.6.0' },
                  env: [{ name: 'TZ', value: 'Europe/Paris' }]
                }
              },
              pod: { annotations: { 'gitops-reloader/config-hash': 'sha256:ffff' } }
            }
          },
          ingress: { app: { hosts: [{ host: 'podinfo.prod.example.com' }] } }
        }
      }
    }
  },
  {
    name: 'HelmRelease values key deleted with null',
    resource: helmRelease,
    patch: {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'podinfo', namespace: 'podinfo' },
      spec: { values: { persistence: null, controllers: { podinfo: { annotations: null } } } }
    }
  },
  {
    name: 'HelmRelease values map replaced with $patch: replace',
    resource: helmRelease,
    patch: {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'podinfo', namespace: 'podinfo' },
      spec: { values: { $patch: 'replace', replicaCount: 2 } }
    }
  },
  {
    name: 'StatefulSet volumeClaimTemplates are replaced',
    resource: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        serviceName: 'db',
        template: { spec: { containers: [{ name: 'db', image: 'postgres:16' }] } },
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }
        ]
      }
    },
    patch: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        template: { spec: { containers: [{ name: 'db', image: 'postgres:17' }] } },
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { resources: { requests: { storage: '10Gi' } } } }
        ]
      }
    }
  },
  {
    name: 'DaemonSet adds a volume and mount where none existed',
    resource: {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'monitoring' },
      spec: { template: { spec: { containers: [{ name: 'agent', image: 'agent:1' }] } } }
    },
    patch: {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'monitoring' },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'agent',
                volumeMounts: [{ name: 'host', mountPath: '/host', readOnly: true }]
              }
            ],
            volumes: [{ name: 'host', hostPath: { path: '/' } }]
          }
        }
      }
    }
  },
  {
    name: 'Flux Kustomization spec merged, patches list replaced',
    resource: {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'apps', namespace: 'flux-system' },
      spec: {
        interval: '10m',
        path: './apps/base',
        prune: true,
        sourceRef: { kind: 'GitRepository', name: 'flux-system' },
        patches: [{ patch: 'a', target: { kind: 'Deployment' } }],
        postBuild: { substitute: { cluster: 'dev' } }
      }
    },
    patch: {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'apps', namespace: 'flux-system' },
      spec: {
        path: './apps/production',
        patches: [{ patch: 'b', target: { kind: 'HelmRelease' } }],
        postBuild: { substitute: { cluster: 'prod', region: 'eu' } }
      }
    }
  },
  {
    name: 'ConfigMap data merged',
    resource: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'apps' },
      data: { LOG_LEVEL: 'info', 'app.yaml': 'a: 1\n' }
    },
    patch: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'apps' },
      data: { LOG_LEVEL: 'debug', NEW: 'x', 'app.yaml': null }
    }
  },
  {
    name: 'a port without protocol meets the same port with TCP',
    resource: webDeployment,
    patch: deploymentPatch({
      containers: [{ name: 'web', ports: [{ containerPort: 8080, protocol: 'TCP', hostPort: 80 }] }]
    })
  },
  {
    name: 'duplicate env names in the target collapse when the list is merged',
    resource: deployment(
      podTemplate({
        containers: [
          {
            name: 'app',
            image: 'app',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
              { name: 'A', value: '3' }
            ]
          }
        ]
      })
    ),
    patch: deploymentPatch({ containers: [{ name: 'app', env: [{ name: 'C', value: '4' }] }] })
  },
  {
    name: 'patch adds a list with a merge key where the target has none, with directives inside',
    resource: deployment(podTemplate({ containers: [{ name: 'app', image: 'app' }] })),
    patch: deploymentPatch({
      volumes: [
        { name: 'gone', $patch: 'delete' },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } }
      ]
    })
  },
  {
    name: 'empty patch changes nothing',
    resource: webDeployment,
    patch: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'apps' }
    }
  }
]

const json6902Cases: PatchCase[] = [
  {
    name: 'json6902 replace image',
    resource: webDeployment,
    patch: [
      { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'web:2' },
      { op: 'replace', path: '/spec/replicas', value: 5 }
    ]
  },
  {
    name: 'json6902 add env with - append',
    resource: webDeployment,
    patch: [
      {
        op: 'add',
        path: '/spec/template/spec/containers/0/env/-',
        value: { name: 'NEW', value: 'yes' }
      }
    ]
  },
  {
    name: 'json6902 add at an index inserts',
    resource: webDeployment,
    patch: [{ op: 'add', path: '/spec/template/spec/containers/0/args/0', value: '--first' }]
  },
  {
    name: 'json6902 add annotation with an escaped slash',
    resource: webDeployment,
    patch: [
      {
        op: 'add',
        path: '/spec/template/metadata/annotations/gitops-reloader~1config-hash',
        value: 'sha256:1'
      },
      { op: 'add', path: '/metadata/labels', value: { 'a~b': 'c' } },
      { op: 'replace', path: '/metadata/labels/a~0b', value: 'd' }
    ]
  },
  {
    name: 'json6902 remove a container and a map key',
    resource: webDeployment,
    patch: [
      { op: 'remove', path: '/spec/template/spec/containers/1' },
      { op: 'remove', path: '/spec/template/spec/nodeSelector' }
    ]
  },
  {
    name: 'json6902 move and copy',
    resource: webDeployment,
    patch: [
      {
        op: 'copy',
        from: '/spec/template/spec/containers/0/image',
        path: '/spec/template/spec/initContainers/0/image'
      },
      {
        op: 'move',
        from: '/spec/template/spec/tolerations',
        path: '/spec/template/spec/savedTolerations'
      }
    ]
  },
  {
    name: 'json6902 test passes then replace',
    resource: webDeployment,
    patch: [
      { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'web' },
      { op: 'replace', path: '/spec/template/spec/containers/0/name', value: 'frontend' }
    ]
  },
  {
    name: 'json6902 test fails',
    resource: webDeployment,
    patch: [{ op: 'test', path: '/spec/replicas', value: 7 }]
  },
  {
    name: 'json6902 replace of a missing key adds it (evanphx v5 leniency)',
    resource: webDeployment,
    patch: [{ op: 'replace', path: '/spec/paused', value: true }]
  },
  {
    name: 'json6902 replace under a missing parent fails',
    resource: webDeployment,
    patch: [{ op: 'replace', path: '/spec/strategy/type', value: 'Recreate' }]
  },
  {
    name: 'json6902 replace past the end of a list fails',
    resource: webDeployment,
    patch: [{ op: 'replace', path: '/spec/template/spec/containers/2', value: { name: 'x' } }]
  },
  {
    name: 'json6902 copy from a missing key copies null',
    resource: webDeployment,
    patch: [{ op: 'copy', from: '/spec/paused', path: '/spec/copied' }]
  },
  {
    name: 'json6902 negative insert positions and a missing value',
    resource: webDeployment,
    patch: [
      { op: 'add', path: '/spec/template/spec/containers/0/args/-1', value: '--end' },
      { op: 'add', path: '/spec/template/spec/containers/0/args/-4', value: '--start' },
      { op: 'add', path: '/spec/template/spec/containers/0/args/01', value: '--second' },
      { op: 'add', path: '/spec/minReadySeconds' },
      { op: 'test', path: '/spec/missing', value: null }
    ]
  },
  {
    name: 'json6902 remove of a missing path fails',
    resource: webDeployment,
    patch: [{ op: 'remove', path: '/spec/template/spec/containers/0/command' }]
  },
  {
    name: 'json6902 add into a missing parent fails',
    resource: webDeployment,
    patch: [{ op: 'add', path: '/spec/strategy/rollingUpdate/maxSurge', value: 1 }]
  },
  {
    name: 'json6902 HelmRelease values edit',
    resource: helmRelease,
    patch: [
      {
        op: 'replace',
        path: '/spec/values/controllers/podinfo/containers/app/image/tag',
        value: '7'
      },
      { op: 'add', path: '/spec/valuesFrom/-', value: { kind: 'Secret', name: 'extra' } },
      { op: 'remove', path: '/spec/values/ingress' }
    ]
  },
  {
    name: 'json6902 negative index',
    resource: webDeployment,
    patch: [{ op: 'remove', path: '/spec/template/spec/containers/0/args/-1' }]
  },
  {
    name: 'json6902 add to index equal to length appends',
    resource: webDeployment,
    patch: [{ op: 'add', path: '/spec/template/spec/containers/0/args/2', value: '--last' }]
  },
  {
    name: 'json6902 add replaces an existing key',
    resource: webDeployment,
    patch: [{ op: 'add', path: '/spec/replicas', value: 4 }]
  },
  {
    name: 'json6902 test of an object value',
    resource: webDeployment,
    patch: [
      { op: 'test', path: '/spec/selector', value: { matchLabels: { app: 'web' } } },
      { op: 'add', path: '/spec/paused', value: true }
    ]
  }
]

export const ORACLE_CASES: PatchCase[] = [...strategicMergeCases, ...json6902Cases]
