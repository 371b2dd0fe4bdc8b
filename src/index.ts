// The one entry of the bundle: a subcommand runs the CLI; no arguments inside GitHub Actions
// run the Action.
const argv = process.argv.slice(2)

if (argv.length === 0 && process.env['GITHUB_ACTIONS'] === 'true') {
  const { runAction } = await import('./action/index.js')
  await runAction(process.env['GITHUB_WORKSPACE'] ?? process.cwd())
} else {
  const { runCli } = await import('./cli/index.js')
  process.exitCode = await runCli(argv, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text)
  })
}
