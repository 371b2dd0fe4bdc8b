// A Flux monorepo shaped like the corpus (../shared/corpus), at any size, for `npm run bench`
// and its tests. Deterministic: the same size always writes the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface GenerateOptions {
  /** About how many YAML documents to write (every document of every YAML file counts). */
  manifests: number
}

/** What was written, and what `check` must find in it. */
export interface GeneratedRepository {
  directory: string
  /** YAML documents written. */
  manifests: number
  /** Files written (YAML and the generators' `.env`/`.conf` sources). */
  files: number
  clusters: string[]
  namespaces: number
  apps: number
  /** Flux Kustomizations, each a root `check` builds: flux-system, repos, one per namespace and cluster. */
  roots: number
  /** Workloads `check` reports, summed over the roots (a base in two clusters counts twice). */
  workloads: number
  /** Of those, the ones whose pod template can carry the hash (all: no Jobs are generated). */
  annotatable: number
  /** Workload references to a Secret an ExternalSecret makes that Reloader watches, over the roots. */
  reloaderWatchedReads: number
  /** Those that nothing watches (coverage `untrackable`), over the roots. */
  untrackableReads: number
  /**
   * The findings `check` reports on the repository as written (no hash anywhere yet). A finding
   * is reported once per file, line and message, and the message names the namespace, not the
   * cluster: a workload of a namespace deployed to two clusters is one finding when both give it
   * the same hash (its ConfigMap comes from a generator) and two when they differ (a ConfigMap
   * object with `${CLUSTER_NAME}` in it); an unwatched ExternalSecret read is one.
   */
  findings: { 'config-hash-missing': number; 'reference-untrackable': number }
  /** Documents by kind. */
  kinds: Record<string, number>
  /** Files the second commit of the bench changes (see `changeForPlan`). */
  planTargets: { configMaps: string[]; secrets: string[]; images: string[] }
}

type AppKind = 'app-template' | 'Deployment' | 'StatefulSet'

interface App {
  name: string
  namespace: string
  kind: AppKind
  /** app-template: chartRef to an OCIRepository (5.1.0) or a HelmRepository chart (3.5.1). */
  chart: 'oci' | 'helm-repository'
  /** The ConfigMap `<app>-config`: a plain object, or a generator with no name suffix. */
  config: 'object' | 'generator'
  externalSecret: boolean
  reloader: boolean
  /** A second controller (a worker) in the release. */
  worker: boolean
  /** HelmRelease valuesFrom a generated ConfigMap with a name suffix (nameReference configuration). */
  valuesFrom: boolean
}

const APPS_PER_NAMESPACE = 10

/**
 * Writes a Flux monorepo into `directory` (which should be empty):
 *
 * - `clusters/<cluster>/`: the bootstrap `flux-system` GitRepository and Kustomization (path
 *   `./clusters/<cluster>`, no kustomization.yaml there: Flux generates one), a `cluster-settings`
 *   ConfigMap for `substituteFrom`, a `repos` Kustomization, and per namespace one Flux
 *   Kustomization with `targetNamespace`, `postBuild.substitute`/`substituteFrom`, SOPS
 *   decryption and a `patches` entry for every HelmRelease.
 * - `infrastructure/repos/`: the bjw-s HelmRepository.
 * - `apps/base/<namespace>/<app>/`: mostly bjw-s app-template HelmReleases (85%, 4 in 5 with a
 *   chartRef to an OCIRepository at 5.1.0, the rest from the HelmRepository at 3.5.1; every 5th with
 *   a worker controller; every 7th with valuesFrom a generated ConfigMap that keeps its name
 *   suffix through a nameReference configuration), else raw Deployments and StatefulSets with a
 *   Service, a configMapGenerator from a file (name suffix) and one from an env file (no
 *   suffix). Each app reads a ConfigMap (a plain object or a generator without suffix) and a
 *   SOPS-encrypted Secret; every 3rd also a Secret an ExternalSecret makes, half of those
 *   watched by a Reloader annotation.
 * - `apps/overlays/<cluster>/<namespace>/`: a Namespace and the namespace's bases, with
 *   strategic-merge patches (a ConfigMap value or the workload) for 2 apps in 3.
 *
 * A namespace is deployed to one cluster; every 4th namespace to two, so its bases are shared by
 * overlays that give them different config.
 */
export function generateFluxMonorepo(
  directory: string,
  options: GenerateOptions
): GeneratedRepository {
  const writer = new Writer(directory)
  const clusterCount = Math.max(2, Math.round(options.manifests / 2000))
  const clusters = Array.from({ length: clusterCount }, (_, index) => `cluster-${pad(index, 2)}`)
  const result: GeneratedRepository = {
    directory,
    manifests: 0,
    files: 0,
    clusters,
    namespaces: 0,
    apps: 0,
    roots: 0,
    workloads: 0,
    annotatable: 0,
    reloaderWatchedReads: 0,
    untrackableReads: 0,
    findings: { 'config-hash-missing': 0, 'reference-untrackable': 0 },
    kinds: {},
    planTargets: { configMaps: [], secrets: [], images: [] }
  }

  writer.yaml('infrastructure/repos/kustomization.yaml', [
    kustomization(['./helmrepository-bjw-s.yaml'])
  ])
  writer.yaml('infrastructure/repos/helmrepository-bjw-s.yaml', [helmRepository()])
  for (const [index, cluster] of clusters.entries()) {
    writer.yaml(`clusters/${cluster}/flux-system/gotk-sync.yaml`, gotkSync(cluster))
    writer.yaml(`clusters/${cluster}/flux-system/kustomization.yaml`, [
      kustomization(['gotk-sync.yaml'])
    ])
    writer.yaml(`clusters/${cluster}/cluster-settings.yaml`, [clusterSettings(cluster, index)])
    writer.yaml(`clusters/${cluster}/repos.yaml`, [reposKustomization()])
    result.roots += 2
  }

  let appIndex = 0
  for (let namespaceIndex = 0; writer.documents < options.manifests; namespaceIndex++) {
    const namespace = `ns-${pad(namespaceIndex, 4)}`
    const deployedTo = [clusters[namespaceIndex % clusterCount] as string]
    if (namespaceIndex % 4 === 3)
      deployedTo.push(clusters[(namespaceIndex + 1) % clusterCount] as string)
    const apps: App[] = []
    for (let slot = 0; slot < APPS_PER_NAMESPACE; slot++) {
      if (slot > 0 && writer.documents >= options.manifests) break
      const app = appOf(appIndex++, namespace)
      writeBase(writer, app, result)
      apps.push(app)
      // The worker controller carries no Reloader annotation: only the main one is watched.
      const workloads = app.kind === 'app-template' && app.worker ? 2 : 1
      const clustersOf = deployedTo.length
      result.workloads += workloads * clustersOf
      result.annotatable += workloads * clustersOf
      result.findings['config-hash-missing'] +=
        workloads * (app.config === 'object' ? clustersOf : 1)
      if (app.externalSecret) {
        const watched = app.reloader ? 1 : 0
        result.reloaderWatchedReads += watched * clustersOf
        result.untrackableReads += (workloads - watched) * clustersOf
        result.findings['reference-untrackable'] += workloads - watched
      }
    }
    for (const cluster of deployedTo) {
      writeOverlay(writer, cluster, namespace, apps)
      writer.yaml(`clusters/${cluster}/apps/${namespace}.yaml`, [
        namespaceKustomization(cluster, namespace)
      ])
      result.roots += 1
    }
    result.namespaces += 1
    result.apps += apps.length
  }
  result.manifests = writer.documents
  result.files = writer.files
  result.kinds = Object.fromEntries([...writer.kinds].sort(([a], [b]) => a.localeCompare(b)))
  return result
}

/**
 * The second commit of the bench's `plan`: a value in the ConfigMap objects of the first three
 * releases, one in the last SOPS Secret and the first release's image tag. Returns the files it changed.
 */
export function changeForPlan(repository: GeneratedRepository): string[] {
  const { configMaps, secrets, images } = repository.planTargets
  const edits: Array<[string, RegExp, string]> = []
  for (const file of configMaps.slice(0, 3)) edits.push([file, /size = 256/, 'size = 512'])
  for (const file of secrets.slice(-1))
    edits.push([file, /ENC\[AES256_GCM,data:/, 'ENC[AES256_GCM,data:x'])
  for (const file of images.slice(0, 1)) edits.push([file, /tag: 1\.(\d+)\.0/, 'tag: 2.$1.0'])
  for (const [file, pattern, replacement] of edits) {
    const path = join(repository.directory, file)
    const before = readFileSync(path, 'utf8')
    const after = before.replace(pattern, replacement)
    if (after === before) throw new Error(`changeForPlan: ${file} has no ${pattern}`)
    writeFileSync(path, after)
  }
  return edits.map(([file]) => file)
}

class Writer {
  documents = 0
  files = 0
  readonly kinds = new Map<string, number>()
  private readonly directories = new Set<string>()

  constructor(private readonly root: string) {}

  yaml(path: string, documents: string[]): void {
    for (const document of documents) {
      const kind = /^kind: (\S+)$/m.exec(document)?.[1] ?? '(values)'
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1)
    }
    this.documents += documents.length
    this.text(path, documents.map(document => `---\n${document}`).join(''))
  }

  text(path: string, text: string): void {
    const full = join(this.root, path)
    const folder = dirname(full)
    if (!this.directories.has(folder)) {
      mkdirSync(folder, { recursive: true })
      this.directories.add(folder)
    }
    writeFileSync(full, text)
    this.files += 1
  }
}

function appOf(index: number, namespace: string): App {
  const cycle = index % 20
  const kind: AppKind = cycle < 2 ? 'Deployment' : cycle === 2 ? 'StatefulSet' : 'app-template'
  return {
    name: `app-${pad(index, 5)}`,
    namespace,
    kind,
    chart: index % 5 === 4 ? 'helm-repository' : 'oci',
    config: index % 2 === 0 ? 'object' : 'generator',
    externalSecret: index % 3 === 0,
    reloader: index % 6 === 0,
    worker: index % 5 === 3,
    valuesFrom: index % 7 === 5
  }
}

function writeBase(writer: Writer, app: App, result: GeneratedRepository): void {
  const folder = `apps/base/${app.namespace}/${app.name}`
  const resources: string[] = []
  const tail: string[] = []
  const add = (file: string, documents: string[]) => {
    writer.yaml(`${folder}/${file}`, documents)
    resources.push(`./${file}`)
  }
  if (app.kind === 'app-template') {
    add('helmrelease.yaml', [helmRelease(app)])
    result.planTargets.images.push(`${folder}/helmrelease.yaml`)
    if (app.chart === 'oci') add('ocirepository.yaml', [ociRepository(app.name)])
  } else {
    add(`${app.kind.toLowerCase()}.yaml`, [rawWorkload(app)])
    add('service.yaml', [service(app.name)])
    writer.text(`${folder}/app.conf`, `listen = 8080\nname = ${app.name}\nworkers = 4\n`)
    writer.text(`${folder}/app.env`, `MODE=production\nCACHE_SIZE=256\n`)
    tail.push(
      'configMapGenerator:',
      `  - name: ${app.name}-files`,
      '    files:',
      '      - app.conf',
      `  - name: ${app.name}-env`,
      '    envs:',
      '      - app.env',
      '    options:',
      '      disableNameSuffixHash: true'
    )
  }
  if (app.config === 'object') {
    add('configmap.yaml', [configMap(app)])
    // Releases read the whole ConfigMap; raw workloads only its LOG_LEVEL, which overlays patch.
    if (app.kind === 'app-template') result.planTargets.configMaps.push(`${folder}/configmap.yaml`)
  } else {
    if (!tail.includes('configMapGenerator:')) tail.push('configMapGenerator:')
    tail.push(
      `  - name: ${app.name}-config`,
      '    literals:',
      '      - LOG_LEVEL=info',
      `      - APP_NAME=${app.name}`,
      '      - APP_CONF=port=8080',
      '      - FEATURE_FLAGS=search,export',
      '    options:',
      '      disableNameSuffixHash: true'
    )
  }
  if (app.kind === 'app-template' && app.valuesFrom) {
    if (!tail.includes('configMapGenerator:')) tail.push('configMapGenerator:')
    tail.push(`  - name: ${app.name}-values`, '    files:', '      - values.yaml')
    tail.push('configurations:', '  - ./kustomizeconfig.yaml')
    writer.yaml(`${folder}/values.yaml`, [valuesFile(app)])
    writer.yaml(`${folder}/kustomizeconfig.yaml`, [nameReferenceConfiguration()])
  }
  add('secret.sops.yaml', [sopsSecret(app.name)])
  result.planTargets.secrets.push(`${folder}/secret.sops.yaml`)
  if (app.externalSecret) add('externalsecret.yaml', [externalSecret(app.name)])
  writer.yaml(`${folder}/kustomization.yaml`, [kustomization(resources, tail)])
}

function writeOverlay(writer: Writer, cluster: string, namespace: string, apps: App[]): void {
  const folder = `apps/overlays/${cluster}/${namespace}`
  writer.yaml(`${folder}/namespace.yaml`, [namespaceObject(namespace)])
  const resources = [
    './namespace.yaml',
    ...apps.map(app => `../../../base/${namespace}/${app.name}`)
  ]
  const patches: string[] = []
  for (const [slot, app] of apps.entries()) {
    if (slot % 3 === 2) continue
    const patch =
      slot % 3 === 0 && app.config === 'object' ? configMapPatch(app, cluster) : workloadPatch(app)
    writer.yaml(`${folder}/${app.name}.patch.yaml`, [patch])
    patches.push(`  - path: ./${app.name}.patch.yaml`)
  }
  writer.yaml(`${folder}/kustomization.yaml`, [
    kustomization(resources, patches.length > 0 ? ['patches:', ...patches] : [])
  ])
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

function kustomization(resources: string[], tail: string[] = []): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    ...resources.map(resource => `  - ${resource}`),
    ...tail,
    ''
  ].join('\n')
}

function gotkSync(cluster: string): string[] {
  return [
    `# This manifest was generated by flux. DO NOT EDIT.
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: main
  secretRef:
    name: flux-system
  url: ssh://git@github.com/example/fleet
`,
    `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 10m0s
  path: ./clusters/${cluster}
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
`
  ]
}

function clusterSettings(cluster: string, index: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: cluster-settings
  namespace: flux-system
data:
  CLUSTER_DOMAIN: ${cluster}.example.com
  TIMEZONE: Europe/Paris
  STORAGE_CLASS: ${index % 2 === 0 ? 'ceph-block' : 'openebs-hostpath'}
`
}

function reposKustomization(): string {
  return `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: repos
  namespace: flux-system
spec:
  interval: 1h
  path: ./infrastructure/repos
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
  targetNamespace: flux-system
`
}

function namespaceKustomization(cluster: string, namespace: string): string {
  return `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${namespace}
  namespace: flux-system
spec:
  interval: 30m
  retryInterval: 1m
  timeout: 5m
  path: ./apps/overlays/${cluster}/${namespace}
  prune: true
  wait: false
  sourceRef:
    kind: GitRepository
    name: flux-system
  targetNamespace: ${namespace}
  dependsOn:
    - name: repos
  decryption:
    provider: sops
    secretRef:
      name: sops-age
  postBuild:
    substitute:
      CLUSTER_NAME: ${cluster}
      NAMESPACE: ${namespace}
    substituteFrom:
      - kind: ConfigMap
        name: cluster-settings
  patches:
    - patch: |
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: all
        spec:
          install:
            remediation:
              retries: 3
          upgrade:
            cleanupOnFail: true
            remediation:
              retries: 3
      target:
        kind: HelmRelease
`
}

function helmRepository(): string {
  return `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: bjw-s
spec:
  interval: 2h
  url: https://bjw-s-labs.github.io/helm-charts
`
}

function ociRepository(name: string): string {
  return `apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: ${name}
spec:
  interval: 15m
  layerSelector:
    mediaType: application/vnd.cncf.helm.chart.content.v1.tar+gzip
    operation: copy
  ref:
    tag: 5.1.0
  url: oci://ghcr.io/bjw-s-labs/helm/app-template
`
}

function helmRelease(app: App): string {
  const chart =
    app.chart === 'oci'
      ? `  chartRef:
    kind: OCIRepository
    name: ${app.name}`
      : `  chart:
    spec:
      chart: app-template
      version: 3.5.1
      sourceRef:
        kind: HelmRepository
        name: bjw-s
        namespace: flux-system`
  const valuesFrom = app.valuesFrom
    ? `
  valuesFrom:
    - kind: ConfigMap
      name: ${app.name}-values`
    : ''
  const annotations = app.reloader
    ? `
        annotations:
          reloader.stakater.com/auto: "true"`
    : ''
  const externalEnvFrom = app.externalSecret
    ? `
              - secretRef:
                  name: ${app.name}-external`
    : ''
  const worker = app.worker
    ? `
      worker:
        containers:
          app:
            image:
              repository: ghcr.io/example/${app.name}-worker
              tag: 1.${appNumber(app)}.0
            args:
              - worker
            envFrom:
              - configMapRef:
                  name: ${app.name}-config${externalEnvFrom}
            resources:
              requests:
                cpu: 10m
              limits:
                memory: 256Mi`
    : ''
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${app.name}
spec:
${chart}
  interval: 1h
  install:
    remediation:
      retries: -1
  upgrade:
    cleanupOnFail: true
    remediation:
      retries: 3${valuesFrom}
  values:
    controllers:
      ${app.name}:${annotations}
        strategy: RollingUpdate
        containers:
          app:
            image:
              repository: ghcr.io/example/${app.name}
              tag: 1.${appNumber(app)}.0
            env:
              TZ: \${TIMEZONE}
              APP_URL: https://${app.name}.\${CLUSTER_DOMAIN}
              APP_PORT: &port 8080
              DATABASE_PASSWORD:
                valueFrom:
                  secretKeyRef:
                    name: ${app.name}-secret
                    key: DATABASE_PASSWORD
            envFrom:
              - configMapRef:
                  name: ${app.name}-config${externalEnvFrom}
            probes:
              liveness: &probes
                enabled: true
                custom: true
                spec:
                  httpGet:
                    path: /healthz
                    port: *port
                  initialDelaySeconds: 0
                  periodSeconds: 10
                  timeoutSeconds: 1
                  failureThreshold: 3
              readiness: *probes
            securityContext:
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities: { drop: ["ALL"] }
            resources:
              requests:
                cpu: 10m
              limits:
                memory: 512Mi${worker}
    defaultPodOptions:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        fsGroupChangePolicy: OnRootMismatch
    service:
      app:
        controller: ${app.name}
        ports:
          http:
            port: *port
    route:
      app:
        hostnames:
          - "{{ .Release.Name }}.\${CLUSTER_DOMAIN}"
        parentRefs:
          - name: envoy-internal
            namespace: network
    persistence:
      config:
        type: configMap
        name: ${app.name}-config
        globalMounts:
          - path: /config/app.conf
            subPath: APP_CONF
      data:
        existingClaim: ${app.name}
        globalMounts:
          - path: /data
      tmp:
        type: emptyDir
`
}

function appNumber(app: App): number {
  return Number(app.name.slice('app-'.length))
}

function valuesFile(app: App): string {
  return `controllers:
  ${app.name}:
    replicas: 2
`
}

function nameReferenceConfiguration(): string {
  return `nameReference:
  - kind: ConfigMap
    version: v1
    fieldSpecs:
      - path: spec/valuesFrom/name
        kind: HelmRelease
`
}

function rawWorkload(app: App): string {
  const statefulSet = app.kind === 'StatefulSet'
  const volumeClaims = statefulSet
    ? `
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: \${STORAGE_CLASS}
        resources:
          requests:
            storage: 1Gi`
    : ''
  const externalEnvFrom = app.externalSecret
    ? `
            - secretRef:
                name: ${app.name}-external`
    : ''
  const reloader = app.reloader
    ? `
  annotations:
    reloader.stakater.com/auto: "true"`
    : ''
  return `apiVersion: apps/v1
kind: ${app.kind}
metadata:
  name: ${app.name}
  labels:
    app.kubernetes.io/name: ${app.name}${reloader}
spec:
  replicas: 1${statefulSet ? `\n  serviceName: ${app.name}` : ''}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app.name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app.name}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: app
          image: ghcr.io/example/${app.name}:1.${appNumber(app)}.0
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: ${app.name}-config
                  key: LOG_LEVEL
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${app.name}-secret
                  key: DATABASE_PASSWORD
          envFrom:
            - configMapRef:
                name: ${app.name}-env${externalEnvFrom}
          volumeMounts:
            - name: files
              mountPath: /etc/app
${statefulSet ? '            - name: data\n              mountPath: /data\n' : ''}          resources:
            requests:
              cpu: 10m
              memory: 64Mi
            limits:
              memory: 256Mi
      volumes:
        - name: files
          configMap:
            name: ${app.name}-files${volumeClaims}
`
}

function service(name: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`
}

function configMap(app: App): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app.name}-config
data:
  LOG_LEVEL: info
  APP_NAME: ${app.name}
  CLUSTER: \${CLUSTER_NAME}
  APP_CONF: |
    [server]
    port = 8080
    base_url = https://${app.name}.\${CLUSTER_DOMAIN}
    [cache]
    size = 256
`
}

function namespaceObject(namespace: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
  labels:
    kustomize.toolkit.fluxcd.io/prune: disabled
`
}

function configMapPatch(app: App, cluster: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app.name}-config
data:
  LOG_LEVEL: ${cluster.endsWith('0') ? 'debug' : 'info'}
  REGION: ${cluster}
`
}

function workloadPatch(app: App): string {
  if (app.kind === 'app-template')
    return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${app.name}
spec:
  values:
    controllers:
      ${app.name}:
        replicas: 2
`
  return `apiVersion: apps/v1
kind: ${app.kind}
metadata:
  name: ${app.name}
spec:
  replicas: 2
`
}

function externalSecret(name: string): string {
  return `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: ${name}-external
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: onepassword-connect
  target:
    name: ${name}-external
    creationPolicy: Owner
    template:
      engineVersion: v2
      data:
        API_TOKEN: "{{ .api_token }}"
  dataFrom:
    - extract:
        key: ${name}
`
}

function sopsSecret(name: string): string {
  const random = seeded(name)
  return `apiVersion: v1
kind: Secret
metadata:
  name: ${name}-secret
type: Opaque
stringData:
  DATABASE_PASSWORD: ${encrypted(random, 24)}
  API_KEY: ${encrypted(random, 40)}
sops:
  age:
    - recipient: age1qxl4e0x0z7yqjq2tq8w0m5r8k9t3w5w9v3l6x7c0n2r4m6k8p0qs3zk6l
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        ${base64(random, 64)}
        ${base64(random, 64)}
        ${base64(random, 64)}
        ${base64(random, 40)}
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2025-01-${pad(1 + Math.floor(random() * 28), 2)}T10:00:00Z"
  mac: ${encrypted(random, 44)}
  encrypted_regex: ^(data|stringData)$
  version: 3.9.4
`
}

function encrypted(random: () => number, length: number): string {
  return `ENC[AES256_GCM,data:${base64(random, length)},iv:${base64(random, 43)}=,tag:${base64(random, 22)}==,type:str]`
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64(random: () => number, length: number): string {
  let text = ''
  for (let index = 0; index < length; index++) text += ALPHABET[Math.floor(random() * 64)]
  return text
}

/** mulberry32, seeded from a name: the same name always gives the same ciphertext. */
function seeded(name: string): () => number {
  let state = 0
  for (const character of name) state = (Math.imul(state, 31) + character.charCodeAt(0)) | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
