import { RULES } from '../engine/index.js'
import type { Problem, RuleId, Severity } from '../engine/index.js'

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`), written by hand:
 * one run, every rule with its help and a link to its section of docs/rules.md, one result per
 * finding at its file:line (URIs relative to the repository root, percent-encoded).
 */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/gitops-reloader/gitops-reloader'
const RULES_DOC = `${INFORMATION_URI}/blob/main/docs/rules.md`

interface RuleText {
  /** One line: what the rule finds. */
  short: string
  /** Why it matters and how to fix it. */
  help: string
}

/** Every rule in words; docs/rules.md says more (a test holds the two together). */
export const RULE_TEXT: Partial<Record<RuleId, RuleText>> = {
  'config-hash-missing': {
    short: 'A workload reads config from Git but has no config-hash annotation.',
    help: 'A change to that config would be applied without restarting the pods. Run \'gitops-reloader fix\' to write the annotation, or opt the workload out with gitops-reloader/ignore: "true".'
  },
  'config-hash-stale': {
    short: 'A config-hash annotation does not match what the workload reads now.',
    help: "The config changed without the annotation, so no restart would happen. Run 'gitops-reloader fix' and commit the result."
  },
  'config-hash-conflict': {
    short: 'A shared base gets different config in roots that cannot hold a patch.',
    help: "Add a kustomization.yaml to that root's path (fix then writes config-hash.patch.yaml there), or give each Flux Kustomization its own overlay directory."
  },
  'reference-missing': {
    short: 'A pod reads a ConfigMap or Secret that no root defines.',
    help: 'Add the object to the repository, fix the name, or mark the reference optional.'
  },
  'reference-untrackable': {
    short: 'A pod reads a Secret made in the cluster (ExternalSecret, cert-manager...).',
    help: "Git cannot see it change: keep a Reloader annotation for it, with Reloader's reloadStrategy: annotations."
  },
  'job-not-annotated': {
    short: 'A Job reads config from Git; its pod template is immutable, so it is not annotated.',
    help: 'Nothing to do: the next run of the Job reads the new config.'
  },
  'yaml-parse-error': {
    short: 'A YAML document cannot be parsed; it is skipped.',
    help: 'Fix the syntax at the reported line and column.'
  },
  'write-refused': {
    short: 'fix could not write a file without changing more than it meant to.',
    help: 'For an alias, write the annotation by hand at the reported line; for a changed file, run fix again; for permissions, make the file writable.'
  },
  'build-problem': {
    short: 'Part of a root could not be built.',
    help: 'The message names the file and what kustomize-lite or Flux could not read; the rest of the root is still checked.'
  },
  'kustomization-cycle': {
    short: 'Kustomizations include each other in a cycle.',
    help: 'Remove one of the references so that the includes form a tree.'
  },
  'config-not-in-git': {
    short: 'A workload reads config made from files Git does not track.',
    help: 'Commit the config (encrypted with SOPS for a secret) and run fix again, or keep a Reloader annotation for it.'
  },
  'outside-repository': {
    short: 'A symbolic link resolves outside the repository; it is skipped.',
    help: 'Copy the file into the repository, or point the link inside it.'
  },
  'file-unreadable': {
    short: 'A file or folder cannot be read; it is skipped.',
    help: 'Fix the permissions, or re-encode the file as UTF-8.'
  },
  'flux-unresolved': {
    short: 'A Flux Kustomization is not built as a root.',
    help: 'The message says why (its source is not this repository, or its path is missing); map a source built from a folder with --source.'
  },
  'flux-source-inferred': {
    short: 'A Flux source is taken to be built from a folder of this repository.',
    help: 'If the folder is wrong, map the source with --source kind/namespace/name=folder.'
  },
  'reloader-reload-strategy': {
    short: 'Stakater Reloader runs without the annotations reload strategy.',
    help: "With the default (env-vars) Reloader restarts pods by patching an env var into the live pod template, which Flux does not keep. Set reloader.reloadStrategy: annotations in the HelmRelease values ('gitops-reloader fix' writes it), or add --reload-strategy=annotations to the Reloader container's args."
  },
  'helm-values-not-watched': {
    short: 'A HelmRelease valuesFrom ConfigMap or Secret lacks reconcile.fluxcd.io/watch: Enabled.',
    help: "A change to it upgrades the release only at the HelmRelease's next interval. Add the label reconcile.fluxcd.io/watch: Enabled to the object (Flux 2.7 or later)."
  },
  'flux-v1-object': {
    short: 'A Flux API without server-side apply (Flux v1, or a v1beta1 Kustomization).',
    help: 'Client-side apply reverts the annotation Stakater Reloader writes. Pre-declare reloader.stakater.com/last-reloaded-from: "" with a kustomize patch for the workloads Reloader restarts, or move to Flux v2.'
  },
  'hash-restarts-nothing': {
    short: 'A workload gets a config hash, but a pod-template change does not restart it.',
    help: 'Its update strategy is OnDelete, or the Deployment is paused: use RollingUpdate or resume it, or restart the pods by hand after a config change.'
  },
  'hash-scaled-to-zero': {
    short: 'A workload gets a config hash but has replicas: 0.',
    help: 'No pod runs, so nothing restarts; pods started later read the current config. Nothing to do unless the workload should run.'
  },
  'reloader-annotation-typo': {
    short: 'A misspelt Stakater Reloader annotation key.',
    help: 'Reloader ignores the key as written: rename it to the annotation the message suggests.'
  }
}

const GENERIC: RuleText = { short: 'A gitops-reloader finding.', help: 'See docs/rules.md.' }

/** The anchor of a rule's section in docs/rules.md, whose heading is `## <rule> (<severity>)`. */
export function ruleAnchor(rule: RuleId): string {
  return `${rule}-${RULES[rule]}`
}

export interface SarifOptions {
  /** gitops-reloader's version. */
  version: string
  /** The checked folder's path from the repository root, with a final '/' ('' at the root). */
  uriPrefix?: string
}

export function renderSarif(problems: readonly Problem[], options: SarifOptions): string {
  const ids = Object.keys(RULES) as RuleId[]
  const index = new Map(ids.map((id, position) => [id, position]))
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gitops-reloader',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules: ids.map(id => ruleDescriptor(id))
          }
        },
        columnKind: 'unicodeCodePoints',
        results: problems.map(found => ({
          ruleId: found.rule,
          ruleIndex: index.get(found.rule),
          level: level(found.severity),
          message: { text: found.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  uri: fileUri(`${options.uriPrefix ?? ''}${found.file}`),
                  uriBaseId: '%SRCROOT%'
                },
                region: {
                  startLine: Math.max(1, found.line),
                  ...(found.column ? { startColumn: Math.max(1, found.column) } : {})
                }
              }
            }
          ]
        }))
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function ruleDescriptor(id: RuleId) {
  const text = RULE_TEXT[id] ?? GENERIC
  return {
    id,
    name: id,
    shortDescription: { text: text.short },
    fullDescription: { text: `${text.short} ${text.help}` },
    help: {
      text: text.help,
      markdown: `${text.help}\n\n[docs/rules.md: ${id}](${RULES_DOC}#${ruleAnchor(id)})`
    },
    helpUri: `${RULES_DOC}#${ruleAnchor(id)}`,
    defaultConfiguration: { level: level(RULES[id]) },
    properties: { tags: ['gitops', 'flux', 'kubernetes'] }
  }
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity
}

/** A repository-relative path as a relative URI: each segment percent-encoded. */
export function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
