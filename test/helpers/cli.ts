import { runCli } from '../../src/cli/index.js'

/** Runs the CLI in process as `gitops-reloader <argv>` and collects what it prints. */
export async function runCliCapturing(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text)
  })
  return { code, stdout, stderr }
}
