/**
 * A template tag for YAML in tests: strips the common indentation and the first newline, so
 * fixtures read as they would in a file.
 */
export function source(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '')
  const indents = text
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => line.length - line.trimStart().length)
  const common = Math.min(...indents)
  return text
    .split('\n')
    .map(line => line.slice(common))
    .join('\n')
    .replace(/[ \t]+$/, '')
}
