import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A Flux-style monorepo of `overlays` clusters, each a kustomization of `perOverlay` manifests:
 * a third Deployments that read a ConfigMap key and a Secret, a third ConfigMaps, a third
 * Secrets. 100 x 100 gives the 10,000 manifests PRODUCT.md measures against.
 */
export function writeSyntheticRepository(root: string, overlays = 100, perOverlay = 100): string[] {
  const directories: string[] = []
  const apps = Math.floor(perOverlay / 3)
  for (let cluster = 0; cluster < overlays; cluster++) {
    const directory = join(root, 'clusters', `cluster-${cluster}`)
    mkdirSync(directory, { recursive: true })
    const files: string[] = []
    for (let app = 0; app < apps; app++) {
      writeFileSync(join(directory, `app-${app}.yaml`), appDocuments(cluster, app))
      files.push(`app-${app}.yaml`)
    }
    for (let extra = apps * 3; extra < perOverlay; extra++) {
      writeFileSync(join(directory, `extra-${extra}.yaml`), configMap(`extra-${extra}`, cluster))
      files.push(`extra-${extra}.yaml`)
    }
    writeFileSync(join(directory, 'kustomization.yaml'), kustomization(cluster, files))
    directories.push(directory)
  }
  return directories
}

function kustomization(cluster: number, files: string[]): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: cluster-${cluster}`,
    'resources:',
    ...files.map(file => `  - ${file}`),
    ''
  ].join('\n')
}

function appDocuments(cluster: number, app: number): string {
  return [
    deployment(app),
    '---',
    configMap(`app-${app}`, cluster),
    '---',
    secret(app, cluster)
  ].join('\n')
}

function deployment(app: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${app}
  labels:
    app: app-${app}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${app}
  template:
    metadata:
      labels:
        app: app-${app}
    spec:
      containers:
        - name: app
          image: ghcr.io/example/app-${app}:1.0.${app}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: app-${app}
                  key: LOG_LEVEL
          envFrom:
            - secretRef:
                name: app-${app}
          volumeMounts:
            - name: config
              mountPath: /etc/app
      volumes:
        - name: config
          configMap:
            name: app-${app}
            items:
              - key: app.conf
                path: app.conf`
}

function configMap(name: string, cluster: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  LOG_LEVEL: info
  CLUSTER: cluster-${cluster}
  app.conf: |
    listen = 8080
    cluster = cluster-${cluster}
`
}

function secret(app: number, cluster: number): string {
  return `apiVersion: v1
kind: Secret
metadata:
  name: app-${app}
type: Opaque
stringData:
  PASSWORD: secret-${cluster}-${app}
`
}
