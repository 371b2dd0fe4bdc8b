// Renders the README's table of Action inputs and outputs from action.yml, so they cannot drift:
// `node scripts/action-docs.mjs` rewrites the table, `--check` fails when it is not current.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..')
const START = '<!-- action-inputs:start (generated from action.yml by scripts/action-docs.mjs) -->'
const END = '<!-- action-inputs:end -->'

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
const cell = text => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
const table = [
  START,
  '| input | default | meaning |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default === '' ? '(none)' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`
  ),
  '',
  '| output | meaning |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  ),
  END
].join('\n')

const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
const [before, rest] = readme.split(START)
const after = rest?.split(END)[1]
if (before === undefined || after === undefined) {
  process.stderr.write(`README.md has no ${START} ... ${END} block\n`)
  process.exit(1)
}
const next = `${before}${table}${after}`
if (process.argv.includes('--check')) {
  if (next !== readme) {
    process.stderr.write(
      "README.md's Action inputs and outputs differ from action.yml: run 'node scripts/action-docs.mjs'"
    )
    process.exit(1)
  }
} else writeFileSync(readmePath, next)
