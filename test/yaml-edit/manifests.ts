import fc from 'fast-check'

export type AnnotationsForm =
  'no-metadata' | 'no-annotations' | 'empty-flow' | 'null' | 'tilde' | 'block' | 'flow'
type LastValue = 'plain' | 'literal' | 'keep' | 'folded' | 'sequence'

export interface Shape {
  indent: 2 | 4
  indentlessSequences: boolean
  eol: '\n' | '\r\n'
  bom: boolean
  finalNewline: boolean
  annotations: AnnotationsForm
  staleValue: boolean
  lastValue: LastValue
  comments: boolean
  blankLines: boolean
  quotedKeys: boolean
  documentsBefore: number
  documentsAfter: number
  endMarkers: boolean
}

export const shapes: fc.Arbitrary<Shape> = fc.record({
  indent: fc.constantFrom(2 as const, 4 as const),
  indentlessSequences: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  annotations: fc.constantFrom<AnnotationsForm>(
    'no-metadata',
    'no-annotations',
    'empty-flow',
    'null',
    'tilde',
    'block',
    'flow'
  ),
  staleValue: fc.boolean(),
  lastValue: fc.constantFrom<LastValue>('plain', 'literal', 'keep', 'folded', 'sequence'),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  quotedKeys: fc.boolean(),
  documentsBefore: fc.integer({ min: 0, max: 2 }),
  documentsAfter: fc.integer({ min: 0, max: 2 }),
  endMarkers: fc.boolean()
})

const trickyStrings = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  '0755',
  '0o14',
  '0x1F',
  '1e3',
  '1_000',
  '.inf',
  'null',
  '~',
  'true',
  'sha256:abc',
  'a: b',
  'a #b',
  '#a',
  '- a',
  '? a',
  '*a',
  '&a',
  '!a',
  '%a',
  '@a',
  '`a',
  '"a',
  "'a",
  '{a: b}',
  '[a]',
  'a,b',
  '|',
  '>',
  '---',
  '...',
  '',
  ' a',
  'a ',
  'a\nb',
  'a\tb',
  '2024-01-01',
  '12:30'
]
export const values = fc.oneof(
  fc.constantFrom(...trickyStrings),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^sha256:[0-9a-f]{16}$/)
)
export const keys = fc.oneof(
  fc.constant('gitops-reloader/config-hash'),
  fc.constantFrom('yes', '0755', 'a: b', 'with space', 'x#y', '"q"', 'null', 'example.com/key')
)

/** A Deployment written the way `shape` says, where the annotation goes under `key`. */
export function manifest(shape: Shape, key: string): string {
  const step = ' '.repeat(shape.indent)
  const pad = (depth: number) => step.repeat(depth)
  const k = (name: string) => (shape.quotedKeys ? `"${name}"` : name)
  const comment = (text: string) => (shape.comments ? ` # ${text}` : '')
  const commentLine = (depth: number, text: string) =>
    shape.comments ? [`${pad(depth)}# ${text}`] : []
  const blank = shape.blankLines ? [''] : []
  const dash = (depth: number) => (shape.indentlessSequences ? pad(depth - 1) : pad(depth))
  const lastEntry = (depth: number): string[] => {
    const name = `${pad(depth)}${k('note')}:`
    const body = `${pad(depth + 1)}some text`
    switch (shape.lastValue) {
      case 'plain':
        return [`${name} plain${comment('last')}`]
      case 'literal':
        return [`${name} |`, body, '']
      case 'keep':
        return [`${name} |+`, body, '', '']
      case 'folded':
        return [`${name} >-`, body, `${pad(depth + 1)}more`]
      case 'sequence':
        return [name, `${dash(depth + 1)}- a${comment('item')}`, `${dash(depth + 1)}- b`]
    }
  }
  const annotations = (depth: number): string[] => {
    const name = `${pad(depth)}${k('annotations')}:`
    switch (shape.annotations) {
      case 'empty-flow':
        return [`${name} {}`]
      case 'null':
        return [`${name}${comment('empty')}`]
      case 'tilde':
        return [`${name} ~${comment('empty')}`]
      case 'flow':
        return [`${name} {team: a}`]
      case 'block':
        return [
          name,
          ...commentLine(depth + 1, 'before'),
          ...(shape.staleValue
            ? [`${pad(depth + 1)}${JSON.stringify(key)}: "sha256:old"${comment('stale')}`]
            : []),
          `${pad(depth + 1)}team: a${comment('owner')}`,
          ...lastEntry(depth + 1),
          ...commentLine(depth + 1, 'after')
        ]
      default:
        return []
    }
  }
  const podMetadata = (depth: number): string[] => {
    if (shape.annotations === 'no-metadata') return []
    const labels = [
      `${pad(depth)}${k('metadata')}:`,
      `${pad(depth + 1)}labels:`,
      `${pad(depth + 2)}app: x`
    ]
    if (shape.annotations === 'no-annotations') return [...labels, ...lastEntry(depth + 1)]
    return [...labels, ...blank, ...annotations(depth + 1)]
  }
  const podSpec = (depth: number) => [
    `${pad(depth)}${k('spec')}:`,
    `${pad(depth + 1)}containers:`,
    `${dash(depth + 2)}- name: app${comment('container')}`,
    `${dash(depth + 2)}  image: app:1`
  ]
  const templateLastEntry = shape.annotations === 'no-metadata' ? lastEntry(2) : []
  const deployment = [
    ...commentLine(0, 'a deployment'),
    'apiVersion: apps/v1',
    `kind: Deployment${comment('kind')}`,
    `${k('metadata')}:`,
    `${pad(1)}name: app`,
    ...blank,
    `${k('spec')}:`,
    `${pad(1)}${k('template')}:`,
    ...podMetadata(2),
    ...blank,
    ...podSpec(2),
    ...templateLastEntry
  ]
  const other = (n: number) => [
    `apiVersion: v1`,
    `kind: ConfigMap`,
    `metadata:`,
    `${pad(1)}name: c${n}`
  ]
  const separator = shape.endMarkers ? ['...', '---'] : ['---']
  const documents = [
    ...Array.from({ length: shape.documentsBefore }, (_, n) => other(n)),
    deployment,
    ...Array.from({ length: shape.documentsAfter }, (_, n) => other(n + 10))
  ]
  const lines = documents.flatMap((document, index) =>
    index === 0 ? document : [...separator, ...document]
  )
  const body = lines.join(shape.eol)
  return `${shape.bom ? '\uFEFF' : ''}${body}${shape.finalNewline ? shape.eol : ''}`
}
