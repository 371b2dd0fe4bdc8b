import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { check, fix, lint } from '../engine/index.js'
import type { Report, Selection } from '../engine/index.js'
import { parseSourceMapping } from '../flux/index.js'
import type { SourceMapping } from '../flux/index.js'
import {
  confinedFileSystem,
  describeLanding,
  readRevision,
  readWorkTree,
  repositoryRootOf,
  RevisionError,
  changeWriter
} from '../io/index.js'
import { build } from '../kustomize-lite/index.js'
import { escapeTerminal, maskSecretObject, maskSecretValues } from '../output/index.js'
import { planChanges, renderPlanMarkdown, renderPlanText, rollbackPlan } from '../plan/index.js'
import type { Plan } from '../plan/index.js'
import {
  renderBuild,
  renderDiffText,
  renderRoots,
  renderFixText,
  renderJson,
  renderReportText,
  renderLintText,
  exitCodeOf
} from './render.js'
import { renderSarif } from './sarif.js'
import { unifiedDiff } from './unified-diff.js'
import { reportAfterFix } from './after-fix.js'

export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: gitops-reloader <command> [path] [options]

Restarts that come from Git: writes a config-hash annotation into every workload's pod
template so that a ConfigMap or Secret change in Git rolls the pods that read it.

Commands:
  check [path]   report missing or stale config-hash annotations (exit 1 when any), and
                 the lint findings
  lint [path]    the lint rules alone: Reloader's reload strategy and misspelt annotations,
                 unwatched valuesFrom, Flux APIs without server-side apply, workloads a
                 new hash does not restart (exit 1 only for findings of severity error)
  fix [path]     write the missing and stale annotations (minimal diff, atomic writes)
  plan [path] --base <rev> [--head <rev>]
                 what the change from base to head restarts (per cluster and Flux
                 Kustomization, with why), upgrades, adds and removes, read from Git
                 without a checkout, with the bot's fix on top of head; and the rollback
                 plan (exit 1 when anything restarts, upgrades, is added or removed)
  roots [path]   list the roots (Flux Kustomizations, or kustomization directories) and
                 where each is declared
  build <dir>    print what kustomize-lite builds from a kustomization directory, to hold
                 against 'kubectl kustomize <dir>' (Secret values masked, keys kept)

Options:
  --format <f>   text (default) or json; check and lint also sarif (SARIF 2.1.0 for GitHub
                 code scanning); plan also markdown (the pull-request comment)
  --base <rev>   plan: the revision the change starts from (a branch, tag or SHA)
  --head <rev>   plan: the revision it ends at (default HEAD)
  --diff         check: also print the diff that fix would write
  --exit-zero    check, lint, plan: exit 0 even when there are findings (errors in use
                 still exit 2)
  --source <kind>/<namespace>/<name>=<folder>
                 a Flux source built from a folder of this repository (repeatable), e.g.
                 OCIRepository/flux-system/apps=./apps for 'flux push artifact --path=./apps':
                 the Kustomizations that read it become roots
  --selection <s>
                 all (default): hash every workload that reads config from Git;
                 reloader: only what Stakater Reloader's annotations watch
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 a bug in gitops-reloader.
`

/** Usage errors: a bad command, flag or path. They exit with 2. */
class UsageError extends Error {}

/** Exit codes: 2 for a usage or environment error, 3 for a bug in gitops-reloader itself. */
const EXIT_USAGE = 2
const EXIT_BUG = 3

export async function runCli(argv: string[], out: Output): Promise<number> {
  try {
    return runCommand(argv, out)
  } catch (error) {
    if (error instanceof RevisionError) {
      out.stderr(`gitops-reloader: ${escapeTerminal(error.message)}\n`)
      return EXIT_USAGE
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      out.stderr(
        `gitops-reloader: ${escapeTerminal((error as Error).message)}\nRun 'gitops-reloader --help' for usage.\n`
      )
      return EXIT_USAGE
    }
    const system = systemErrorMessage(error)
    if (system) {
      out.stderr(`gitops-reloader: ${escapeTerminal(system)}\n`)
      return EXIT_USAGE
    }
    out.stderr(
      `gitops-reloader: internal error, a bug in gitops-reloader; please report it with the command you ran and this output:\n${
        error instanceof Error ? error.stack : String(error)
      }\n`
    )
    return EXIT_BUG
  }
}

/** A failure of the machine or the environment (permissions, a vanished path), in one line. */
function systemErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || !('syscall' in error)) return undefined
  const { code, path } = error as NodeJS.ErrnoException
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EMFILE: 'too many open files'
  }
  const reason = reasons[String(code)] ?? String(code)
  return path ? `${path}: ${reason}` : reason
}

function runCommand(argv: string[], out: Output): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      diff: { type: 'boolean', default: false },
      'exit-zero': { type: 'boolean', default: false },
      source: { type: 'string', multiple: true },
      selection: { type: 'string', default: 'all' },
      base: { type: 'string' },
      head: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' }
    }
  })
  if (values.help) return print(out, USAGE)
  if (values.version) return print(out, `${packageVersion()}\n`)
  const [command, path = '.', ...extra] = positionals
  if (!command) return print(out, USAGE)
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const format = parseFormat(values.format, command)
  const root = existingDirectory(path)
  const sources = parseSources(values.source ?? [], root)
  const selection = parseSelection(values.selection)
  if (command !== 'plan' && (values.base !== undefined || values.head !== undefined))
    throw new UsageError(`--base and --head are options of plan, not of ${command}`)
  const exitCode = runNamedCommand(
    command,
    root,
    {
      format,
      diff: values.diff ?? false,
      sources,
      selection,
      base: values.base,
      head: values.head
    },
    out
  )
  return values['exit-zero'] ? 0 : exitCode
}

interface CommandOptions {
  format: Format
  diff: boolean
  sources: SourceMapping[]
  selection: Selection
  base?: string | undefined
  head?: string | undefined
}

const SELECTIONS = ['all', 'reloader'] as const

function parseSelection(selection: string | undefined): Selection {
  if (SELECTIONS.includes(selection as Selection)) return selection as Selection
  throw new UsageError(`--selection must be one of ${SELECTIONS.join(', ')}, not '${selection}'`)
}

/** Each `--source kind/namespace/name=folder`; the folder must be a directory of the repository. */
function parseSources(texts: readonly string[], root: string): SourceMapping[] {
  return texts.map(text => {
    const parsed = parseSourceMapping(text)
    if ('error' in parsed) throw new UsageError(`--source ${parsed.error}`)
    if (!statSync(resolve(root, parsed.path), { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--source '${text}': ${parsed.path} is not a folder of ${root}`)
    return parsed
  })
}

function runNamedCommand(
  command: string,
  root: string,
  options: CommandOptions,
  out: Output
): number {
  switch (command) {
    case 'check':
      return runCheck(root, options, out)
    case 'fix':
      return runFix(root, options, out)
    case 'lint':
      return runLint(root, options, out)
    case 'build':
      return runBuild(root, options.format, out)
    case 'roots':
      return runRoots(root, options, out)
    case 'plan':
      return runPlan(root, options, out)
    default:
      throw new UsageError(`unknown command '${command}'`)
  }
}

function runCheck(root: string, options: CommandOptions, out: Output): number {
  const repository = readWorkTree(root)
  if (!options.diff) {
    const report = check(repository, { sources: options.sources, selection: options.selection })
    out.stdout(
      options.format === 'sarif'
        ? renderSarif(report.problems, sarifOptions(root))
        : options.format === 'json'
          ? renderJson(report)
          : renderReportText(report)
    )
    return exitCodeOf(report.problems)
  }
  const { report, changes, problems } = fix(repository, {
    sources: options.sources,
    selection: options.selection
  })
  // Secret values never reach a diff, even as context lines around an annotation.
  const diffs = changes.map(change =>
    unifiedDiff(change.file, maskSecretValues(change.before ?? ''), maskSecretValues(change.after))
  )
  const all = [...report.problems, ...problems]
  if (options.format === 'sarif') out.stdout(renderSarif(all, sarifOptions(root)))
  else if (options.format === 'json')
    out.stdout(renderJson({ ...report, problems: all, diff: diffs.join('') }))
  else
    out.stdout(
      `${renderReportText({ ...report, problems: all })}${diffs.length ? `\nWhat fix would write:\n\n${renderDiffText(diffs.join(''))}` : ''}`
    )
  return exitCodeOf(all)
}

/** The lint rules alone; exit 1 only for a finding of severity error. */
function runLint(root: string, options: CommandOptions, out: Output): number {
  const { format, ...checkOptions } = options
  const report = lint(readWorkTree(root), checkOptions)
  out.stdout(
    format === 'sarif'
      ? renderSarif(report.problems, sarifOptions(root))
      : format === 'json'
        ? renderJson(report)
        : renderLintText(report)
  )
  return exitCodeOf(report.problems)
}

/** SARIF URIs are relative to the repository root, which may be above the checked folder. */
function sarifOptions(root: string) {
  const top = repositoryRootOf(root)
  const folder = relative(top, realpathSync(root)).split(sep).join('/')
  return { version: packageVersion(), uriPrefix: folder ? `${folder}/` : '' }
}

/**
 * What the change from --base to --head does once applied, read from Git's objects (no
 * checkout): exit 1 when anything restarts, upgrades, is added or removed. A bad revision or a
 * folder outside Git is a RevisionError (exit 2); a file that does not parse is a problem in
 * the plan, and the rest is planned.
 */
function runPlan(root: string, options: CommandOptions, out: Output): number {
  if (options.base === undefined)
    throw new UsageError('plan needs --base <rev>, the revision the change starts from')
  const base = readRevision(root, options.base)
  const head = readRevision(root, options.head ?? 'HEAD')
  const core = planChanges(base.repository, head.repository, {
    sources: options.sources,
    selection: options.selection
  })
  const landing = describeLanding(root, base.sha, head.sha)
  const plan: Plan = {
    base: base.sha,
    head: head.sha,
    restarts: core.restarts,
    upgrades: core.upgrades,
    added: core.added,
    removed: core.removed,
    rollback: rollbackPlan(landing, core.restarts, core.upgrades, core.roots, core),
    problems: core.problems
  }
  out.stdout(
    options.format === 'json'
      ? renderJson(plan)
      : options.format === 'markdown'
        ? renderPlanMarkdown(plan)
        : renderPlanText(plan)
  )
  const pending = [plan.restarts, plan.upgrades, plan.added, plan.removed].some(
    list => list.length > 0
  )
  return pending ? 1 : 0
}

/** The roots, the Flux Kustomizations left unresolved with why, and the sources inferred. */
function runRoots(root: string, options: CommandOptions, out: Output): number {
  const report = check(readWorkTree(root), {
    sources: options.sources,
    selection: options.selection
  })
  const listing = {
    discovery: report.discovery,
    roots: report.roots,
    unresolved: report.problems.filter(p => p.rule === 'flux-unresolved'),
    inferred: report.problems.filter(p => p.rule === 'flux-source-inferred')
  }
  out.stdout(options.format === 'json' ? renderJson(listing) : renderRoots(listing))
  return 0
}

function runBuild(directory: string, format: Format, out: Output): number {
  const fileSystem = confinedFileSystem(repositoryRootOf(directory))
  const result = build(directory, fileSystem)
  // As kubectl kustomize prints it, but no Secret value: only its keys.
  const objects = result.resources.map(resource => maskSecretObject(resource.object))
  out.stdout(format === 'json' ? renderJson(objects) : renderBuild(objects))
  for (const path of fileSystem.refused)
    out.stderr(
      `error: ${escapeTerminal(path)}: outside the repository ${escapeTerminal(fileSystem.root)}; not read\n`
    )
  for (const problem of result.problems) {
    out.stderr(
      escapeTerminal(
        `${problem.severity}: ${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`
      ) + '\n'
    )
  }
  const failed = fileSystem.refused.size > 0 || result.problems.some(p => p.severity === 'error')
  return failed ? 1 : 0
}

function runFix(root: string, options: CommandOptions, out: Output): number {
  const { format, sources, selection } = options
  const tree = readWorkTree(root)
  // Each change is written while fix edits the next file.
  const writer = changeWriter(tree)
  const result = fix(tree, { sources, selection }, writer)
  const refused = writer.finish()
  // What remains after the writes is what fix could not repair: derived from what fix planned
  // when every edit and write succeeded (the corpus test proves a check after fix is clean);
  // checked again when one was refused or a line cannot be placed exactly.
  const written = result.changes.filter(change => !refused.some(p => p.file === change.file))
  const derived =
    refused.length === 0 && result.problems.length === 0
      ? reportAfterFix(result, written)
      : undefined
  const after: Report =
    written.length === 0
      ? result.report
      : (derived ?? check(readWorkTree(root), { sources, selection }))
  const remaining = [...result.problems, ...refused, ...after.problems]
  if (format === 'json')
    out.stdout(renderJson({ changed: written.map(c => c.file), ...after, problems: remaining }))
  else out.stdout(renderFixText(written, { ...after, problems: remaining }))
  return exitCodeOf(remaining)
}

/** Commands whose findings SARIF can carry. */
const SARIF_COMMANDS = ['check', 'lint']

function parseFormat(format: string | undefined, command: string): Format {
  const allowed = FORMATS.filter(
    candidate =>
      (candidate !== 'sarif' || SARIF_COMMANDS.includes(command)) &&
      (candidate !== 'markdown' || command === 'plan')
  )
  if (allowed.includes(format as Format)) return format as Format
  const only =
    format === 'sarif'
      ? ' (sarif is for check and lint)'
      : format === 'markdown'
        ? ' (markdown is for plan)'
        : ''
  throw new UsageError(
    `--format must be one of ${allowed.join(', ')}${only ? ` for ${command}${only}` : ''}, not '${format}'`
  )
}

function existingDirectory(path: string): string {
  const root = resolve(path)
  if (!existsSync(root)) throw new UsageError(`path '${path}' does not exist`)
  if (!statSync(root).isDirectory()) throw new UsageError(`path '${path}' is not a directory`)
  return root
}

function print(out: Output, text: string): number {
  out.stdout(text)
  return 0
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}

declare const PACKAGE_VERSION: string | undefined

function packageVersion(): string {
  // The bundle has the version built in; from sources it is read from package.json.
  if (typeof PACKAGE_VERSION === 'string') return PACKAGE_VERSION
  const packageJson = new URL('../../package.json', import.meta.url)
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version
}
