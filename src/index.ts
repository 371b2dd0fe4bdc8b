// The one entry of the bundle: a subcommand runs the CLI, no arguments run the GitHub Action.
import { runCli } from './cli/index.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
})
