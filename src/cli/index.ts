import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { check, fix } from '../engine/index.js'
import type { Report } from '../engine/index.js'
import { readWorkTree, writeFileAtomic } from '../io/index.js'
import { renderFixText, renderJson, renderReportText, exitCodeOf } from './render.js'

export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

const FORMATS = ['text', 'json'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: gitops-reloader <command> [path] [options]

Restarts that come from Git: writes a config-hash annotation into every workload's pod
template so that a ConfigMap or Secret change in Git rolls the pods that read it.

Commands:
  check [path]   report missing or stale config-hash annotations (exit 1 when any)
  fix [path]     write the missing and stale annotations (minimal diff, atomic writes)

Options:
  --format <f>   text (default) or json
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 clean, 1 findings, 2 usage or input error.
`

/** Usage errors: a bad command, flag or path. They exit with 2. */
class UsageError extends Error {}

export async function runCli(argv: string[], out: Output): Promise<number> {
  try {
    return runCommand(argv, out)
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error
    out.stderr(
      `gitops-reloader: ${(error as Error).message}\nRun 'gitops-reloader --help' for usage.\n`
    )
    return 2
  }
}

function runCommand(argv: string[], out: Output): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' }
    }
  })
  if (values.help) return print(out, USAGE)
  if (values.version) return print(out, `${packageVersion()}\n`)
  const [command, path = '.', ...extra] = positionals
  if (!command) return print(out, USAGE)
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const format = parseFormat(values.format)
  const root = existingDirectory(path)
  switch (command) {
    case 'check':
      return runCheck(root, format, out)
    case 'fix':
      return runFix(root, format, out)
    default:
      throw new UsageError(`unknown command '${command}'`)
  }
}

function runCheck(root: string, format: Format, out: Output): number {
  const report = check(readWorkTree(root))
  out.stdout(format === 'json' ? renderJson(report) : renderReportText(report))
  return exitCodeOf(report.problems)
}

function runFix(root: string, format: Format, out: Output): number {
  const result = fix(readWorkTree(root))
  for (const change of result.changes) writeFileAtomic(join(root, change.file), change.after)
  // What remains after the writes is what fix could not repair.
  const after: Report = check(readWorkTree(root))
  const remaining = [...result.problems, ...after.problems]
  if (format === 'json')
    out.stdout(
      renderJson({ changed: result.changes.map(c => c.file), ...after, problems: remaining })
    )
  else out.stdout(renderFixText(result.changes, { ...after, problems: remaining }))
  return exitCodeOf(remaining)
}

function parseFormat(format: string | undefined): Format {
  if (FORMATS.includes(format as Format)) return format as Format
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`)
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
