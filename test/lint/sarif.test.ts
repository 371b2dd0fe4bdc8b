import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { runCliCapturing } from '../helpers/cli.js'
import { RULE_TEXT } from '../../src/cli/sarif.js'
import { RULES } from '../../src/engine/index.js'
import type { RuleId } from '../../src/engine/index.js'
import { LINT_RULES } from '../../src/lint/index.js'
import { projectRoot } from '../helpers/corpus.js'
import { source } from '../helpers/source.js'
import { tempDirectory } from '../helpers/temp.js'

// The official schema (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json), draft-04.
const schema = JSON.parse(
  readFileSync(join(projectRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')
) as object
// Both are CommonJS modules whose `default` export is the class and the plugin.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false })
ajvFormats.default(ajv)
const validate = ajv.compile(schema)

interface SarifResult {
  ruleId: string
  level: string
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string }
      region: { startLine: number; startColumn?: number }
    }
  }[]
}

interface SarifLog {
  version: string
  runs: {
    tool: {
      driver: {
        name: string
        version: string
        rules: {
          id: string
          helpUri: string
          help: { text: string }
          defaultConfiguration: { level: string }
        }[]
      }
    }
    results: SarifResult[]
  }[]
}

const run = runCliCapturing

/** Parses SARIF output and validates it against the official schema. */
function sarif(stdout: string): SarifLog {
  const log = JSON.parse(stdout) as SarifLog
  assert.ok(validate(log), `not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors)}`)
  return log
}

/** `ruleId uri:line[:column]` for each result. */
function results(log: SarifLog): string[] {
  return log.runs[0]!.results.map(result => {
    const { artifactLocation, region } = result.locations[0]!.physicalLocation
    return `${result.ruleId} ${artifactLocation.uri}:${region.startLine}${region.startColumn ? `:${region.startColumn}` : ''}`
  })
}

test('check --format sarif on the example repository: valid SARIF 2.1.0 with every rule and the findings', async () => {
  const { code, stdout } = await run(
    'check',
    join(projectRoot, 'fixtures/example-flux-repo'),
    '--format',
    'sarif'
  )
  assert.equal(code, 1)
  const log = sarif(stdout)
  assert.equal(log.version, '2.1.0')
  const driver = log.runs[0]!.tool.driver
  assert.equal(driver.name, 'gitops-reloader')
  assert.deepEqual(
    driver.rules.map(rule => rule.id),
    Object.keys(RULES)
  )
  const strategy = driver.rules.find(rule => rule.id === 'reloader-reload-strategy')!
  assert.match(strategy.helpUri, /docs\/rules\.md#reloader-reload-strategy-warning$/)
  assert.equal(strategy.defaultConfiguration.level, 'warning')
  assert.match(strategy.help.text, /reloadStrategy: annotations/)

  // URIs are relative to the repository root (this project), above the checked folder.
  const found = results(log)
  assert.ok(
    found.includes(
      'reloader-reload-strategy fixtures/example-flux-repo/infrastructure/controllers/reloader/helmrelease.yaml:32:5'
    ),
    found.join('\n')
  )
  assert.ok(
    found.some(line => line.startsWith('config-hash-missing fixtures/example-flux-repo/apps/base/'))
  )
  const missing = log.runs[0]!.results.find(result => result.ruleId === 'config-hash-missing')!
  assert.equal(missing.level, 'error')
})

const repository = {
  'infra/reloader.yaml': source`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: reloader
    spec:
      chart:
        spec:
          chart: reloader
          sourceRef:
            kind: HelmRepository
            name: stakater
      values:
        fullnameOverride: reloader
  `,
  'legacy/flux v1.yaml': source`
    apiVersion: helm.fluxcd.io/v1
    kind: HelmRelease
    metadata:
      name: legacy
  `,
  'apps/db.yaml': source`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: db
    data:
      LEVEL: info
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: db
      annotations:
        confimap.reloader.stakater.com/reload: db
    spec:
      updateStrategy:
        type: OnDelete
      template:
        spec:
          containers:
            - name: db
              image: postgres
              envFrom:
                - configMapRef:
                    name: db
  `
}

test('lint and check --format sarif on a repository with findings of several rules', async () => {
  using temp = tempDirectory(repository)
  const linted = await run('lint', temp.path, '--format', 'sarif')
  assert.equal(linted.code, 0, 'lint findings here are warnings: exit 0')
  assert.deepEqual(results(sarif(linted.stdout)), [
    'reloader-annotation-typo apps/db.yaml:13:5',
    'hash-restarts-nothing apps/db.yaml:16:5',
    'reloader-reload-strategy infra/reloader.yaml:12:3',
    'flux-v1-object legacy/flux%20v1.yaml:1:1'
  ])
  const checked = await run('check', temp.path, '--format', 'sarif')
  assert.equal(checked.code, 1)
  const log = sarif(checked.stdout)
  assert.deepEqual(results(log).sort(), [
    'config-hash-missing apps/db.yaml:8',
    'flux-v1-object legacy/flux%20v1.yaml:1:1',
    'hash-restarts-nothing apps/db.yaml:16:5',
    'reloader-annotation-typo apps/db.yaml:13:5',
    'reloader-reload-strategy infra/reloader.yaml:12:3'
  ])
  const typo = log.runs[0]!.results.find(result => result.ruleId === 'reloader-annotation-typo')!
  assert.equal(typo.level, 'warning')
  assert.match(typo.message.text, /did you mean 'configmap\.reloader\.stakater\.com\/reload'/)
})

test('lint prints only the lint findings; sarif is refused where it does not apply', async () => {
  using temp = tempDirectory(repository)
  const text = await run('lint', temp.path)
  assert.equal(text.code, 0)
  assert.match(text.stdout, /reloader-reload-strategy/)
  assert.doesNotMatch(text.stdout, /config-hash-missing/)
  assert.match(text.stdout, /0 errors, 4 warnings, 0 notes\.\n$/)
  const json = JSON.parse((await run('lint', temp.path, '--format', 'json')).stdout) as {
    problems: { rule: string }[]
  }
  assert.ok(json.problems.every(p => (LINT_RULES as readonly string[]).includes(p.rule)))
  for (const command of ['fix', 'roots']) {
    const refused = await run(command, temp.path, '--format', 'sarif')
    assert.equal(refused.code, 2, command)
    assert.match(refused.stderr, /sarif is for check and lint/)
  }
})

test('every rule has SARIF help text, a section in docs/rules.md and a row in the README', () => {
  const docs = readFileSync(join(projectRoot, 'docs/rules.md'), 'utf8')
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  const anchors = new Set(
    [...docs.matchAll(/^## (.+)$/gm)].map(([, heading]) =>
      heading!
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-')
    )
  )
  for (const [rule, severity] of Object.entries(RULES)) {
    assert.ok(RULE_TEXT[rule as RuleId], `${rule}: SARIF help text`)
    assert.ok(
      anchors.has(`${rule}-${severity}`),
      `${rule}: '## ${rule} (${severity})' in docs/rules.md`
    )
    assert.ok(readme.includes(`| \`${rule}\` | ${severity} |`), `${rule}: README rule table`)
  }
})
