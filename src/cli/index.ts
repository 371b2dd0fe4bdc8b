export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

export async function runCli(_argv: string[], out: Output): Promise<number> {
  out.stdout('gitops-reloader\n')
  return 0
}
