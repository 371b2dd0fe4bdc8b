import { isSopsEncrypted } from '../shared/sops.js'
import { apiGroupOf, asMap, asString, getIn, kindOf, nameOf, namespaceOf } from './objects.js'
import type { KObject } from './objects.js'
import type { ConfigKind } from './workloads.js'

/**
 * How a ConfigMap or Secret reaches the cluster, which decides whether Git can track it:
 * - `git`: its data is in the repository (plain, SOPS ciphertext or SealedSecret ciphertext);
 * - `kustomize-suffix`: a generator renames it on every change, so kustomize restarts the pods;
 * - `untrackable`: made in the cluster (ExternalSecret, cert-manager...), rotated outside Git.
 */
export type Tracking = 'git' | 'kustomize-suffix' | 'untrackable'

export interface ConfigObject {
  kind: ConfigKind
  name: string
  namespace: string
  tracking: Tracking
  /** What the object is in words: 'ConfigMap', 'SOPS-encrypted Secret', 'ExternalSecret target'... */
  source: string
  /** Key -> the bytes a pod reads (for ciphertext, the ciphertext text); decoded on first use. */
  values: () => ReadonlyMap<string, Buffer>
  /** The object that defines it, to say where it comes from. */
  definedBy: KObject
}

/** The ConfigMaps and Secrets an object stands for in the cluster (none for most kinds). */
export function configObjectsOf(object: KObject, generatedWithSuffix: boolean): ConfigObject[] {
  const kind = kindOf(object)
  const group = apiGroupOf(object)
  if (kind === 'ConfigMap' && group === '') return [configMap(object, generatedWithSuffix)]
  if (kind === 'Secret' && group === '') return [secret(object, generatedWithSuffix)]
  if (kind === 'SealedSecret' && group === 'bitnami.com') return [sealedSecret(object)]
  const produced = producedSecretName(object, kind, group)
  return produced ? [untrackableSecret(object, produced, `${kind} target`)] : []
}

function configMap(object: KObject, generatedWithSuffix: boolean): ConfigObject {
  const values = decodedOnce([
    [object['data'], utf8],
    [object['binaryData'], base64]
  ])
  const tracking = generatedWithSuffix ? 'kustomize-suffix' : 'git'
  return base(object, 'ConfigMap', tracking, 'ConfigMap', values)
}

function secret(object: KObject, generatedWithSuffix: boolean): ConfigObject {
  const encrypted = isSopsEncrypted(object)
  const values = decodedOnce([
    // SOPS keeps `data` values as ENC[...] ciphertext: hash the ciphertext text, never decrypt.
    [object['data'], encrypted ? utf8 : base64],
    // The API server merges stringData over data, so the same bytes hash the same either way.
    [object['stringData'], utf8]
  ])
  const tracking = generatedWithSuffix ? 'kustomize-suffix' : 'git'
  return base(object, 'Secret', tracking, encrypted ? 'SOPS-encrypted Secret' : 'Secret', values)
}

function sealedSecret(object: KObject): ConfigObject {
  const template = asMap(getIn(object, ['spec', 'template']))
  return {
    kind: 'Secret',
    name: asString(getIn(template, ['metadata', 'name'])) ?? nameOf(object),
    namespace: asString(getIn(template, ['metadata', 'namespace'])) ?? namespaceOf(object),
    tracking: 'git',
    source: 'SealedSecret',
    values: decodedOnce([
      [template['data'], utf8],
      [getIn(object, ['spec', 'encryptedData']), utf8]
    ]),
    definedBy: object
  }
}

type Decode = (value: unknown) => Buffer

/** The keys of each map decoded to bytes, later maps winning, computed the first time asked. */
function decodedOnce(maps: [unknown, Decode][]): () => ReadonlyMap<string, Buffer> {
  let values: Map<string, Buffer> | undefined
  return () => {
    if (values) return values
    values = new Map()
    for (const [map, decode] of maps) {
      for (const [key, value] of Object.entries(asMap(map))) values.set(key, decode(value))
    }
    return values
  }
}

/** Kinds that create a Secret in the cluster from data Git never sees. */
function producedSecretName(object: KObject, kind: string, group: string): string | undefined {
  if (kind === 'ExternalSecret' && group === 'external-secrets.io') {
    return asString(getIn(object, ['spec', 'target', 'name'])) ?? nameOf(object)
  }
  if (kind === 'Certificate' && group === 'cert-manager.io') {
    return asString(getIn(object, ['spec', 'secretName']))
  }
  if (kind === 'OnePasswordItem' && group === 'onepassword.com') return nameOf(object)
  return undefined
}

function untrackableSecret(object: KObject, name: string, source: string): ConfigObject {
  return {
    kind: 'Secret',
    name,
    namespace: namespaceOf(object),
    tracking: 'untrackable',
    source,
    values: () => new Map(),
    definedBy: object
  }
}

function base(
  object: KObject,
  kind: ConfigKind,
  tracking: Tracking,
  source: string,
  values: () => ReadonlyMap<string, Buffer>
): ConfigObject {
  return {
    kind,
    name: nameOf(object),
    namespace: namespaceOf(object),
    tracking,
    source,
    values,
    definedBy: object
  }
}

function utf8(value: unknown): Buffer {
  return Buffer.from(scalarText(value), 'utf8')
}

function base64(value: unknown): Buffer {
  return Buffer.from(scalarText(value), 'base64')
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
