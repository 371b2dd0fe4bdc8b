// The one entry of the bundle: a subcommand runs the CLI; no arguments inside GitHub Actions
// run the Action.
const argv = process.argv.slice(2)

declare const PACKAGE_VERSION: string | undefined

// `--version` alone is answered before the CLI's modules load: the bundle has it built in.
const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')

if (versionOnly && typeof PACKAGE_VERSION === 'string') {
  process.stdout.write(`${PACKAGE_VERSION}\n`)
} else if (argv.length === 0 && process.env['GITHUB_ACTIONS'] === 'true') {
  const { runAction } = await import('./action/index.js')
  await runAction(process.env['GITHUB_WORKSPACE'] ?? process.cwd())
} else {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output is not wanted.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit()
  })
  const { runCli } = await import('./cli/index.js')
  process.exitCode = await runCli(argv, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text)
  })
}
