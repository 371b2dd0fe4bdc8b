// The parse-only baseline of `npm run bench`: one process that reads and parses, single-threaded
// with js-yaml, the YAML files `check` reads in a repository (it skips .git and node_modules,
// and the templates of Helm charts, which are not YAML), and does nothing else.
// Usage: node bench/parse-only.mjs <repository>
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import jsyaml from 'js-yaml'

const root = process.argv[2] ?? '.'
const files = []
const walk = relative => {
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) walk(path)
    else if (entry.isFile()) files.push(path)
  }
}
walk('')

const isYaml = file =>
  file.endsWith('.yaml') || file.endsWith('.yml') || file.split('/').pop() === 'Kustomization'
const charts = new Set(
  files.filter(file => file.split('/').pop() === 'Chart.yaml').map(file => dirname(file))
)
const isChartTemplate = file => {
  const parts = file.split('/')
  return parts.some(
    (part, index) => part === 'templates' && charts.has(parts.slice(0, index).join('/') || '.')
  )
}

let parsed = 0
let documents = 0
let errors = 0
for (const file of files) {
  if (!isYaml(file) || isChartTemplate(file)) continue
  parsed += 1
  try {
    jsyaml.loadAll(readFileSync(join(root, file), 'utf8'), () => (documents += 1))
  } catch {
    errors += 1
  }
}
process.stdout.write(`${JSON.stringify({ files: parsed, documents, errors })}\n`)

function dirname(file) {
  const slash = file.lastIndexOf('/')
  return slash < 0 ? '.' : file.slice(0, slash)
}
