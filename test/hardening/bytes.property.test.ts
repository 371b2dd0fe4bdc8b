import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import fc from 'fast-check'
import { runCli } from '../../src/cli/index.js'
import { tempDirectory } from '../helpers/temp.js'

const lines = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: app',
  'data:',
  '  LEVEL: info',
  '---',
  '# COMMENT',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: app',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          envFrom:',
  '            - configMapRef:',
  '                name: app'
]

// Mostly one ending style, some lines switched to the other, sometimes a lone CR (old Mac).
const fileBytes = fc
  .record({
    bom: fc.boolean(),
    style: fc.constantFrom('\n', '\r\n'),
    switched: fc.uniqueArray(fc.nat(lines.length - 1), { maxLength: 3 }),
    loneCarriageReturns: fc.uniqueArray(fc.nat(lines.length - 1), { maxLength: 1 }),
    comment: fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 6 }))
  })
  .map(({ bom, style, switched, loneCarriageReturns, comment }) => ({
    bom,
    comment,
    endings: lines.map((_, index) => {
      if (loneCarriageReturns.includes(index)) return '\r'
      if (switched.includes(index)) return style === '\n' ? '\r\n' : '\n'
      return style
    })
  }))

type FileShape = { bom: boolean; endings: string[]; comment: Uint8Array }

function render(shape: FileShape): Buffer {
  const parts = lines.map((line, index) => {
    const ending = Buffer.from(shape.endings[index] ?? '\n')
    if (line !== '# COMMENT') return Buffer.concat([Buffer.from(line), ending])
    // Arbitrary bytes in a comment: invalid UTF-8 and control characters, but no line break.
    const bytes = Buffer.from(shape.comment.filter(byte => byte !== 0x0a && byte !== 0x0d))
    return Buffer.concat([Buffer.from('# '), bytes, ending])
  })
  return Buffer.concat([Buffer.from(shape.bom ? '\uFEFF' : ''), ...parts])
}

/** Lines with their endings, as bytes in latin1 so every byte compares exactly. */
function splitLines(bytes: Buffer): string[] {
  return (
    bytes
      .toString('latin1')
      .match(/[^\r\n]*(\r\n|\n|\r)?/g)
      ?.filter(Boolean) ?? []
  )
}

const INSERTED =
  /^ *(metadata:|annotations:|gitops-reloader\/config-hash: sha256:[0-9a-f]{16})(\r\n|\n|\r)$/

test('fix leaves a file byte-identical or only inserts the annotation lines, whatever its bytes', async () => {
  let rewritten = 0
  await fc.assert(
    fc.asyncProperty(fileBytes, async shape => {
      using repository = tempDirectory()
      const before = render(shape)
      writeFileSync(join(repository.path, 'app.yaml'), before)
      await runCli(['fix', repository.path], { stdout: () => {}, stderr: () => {} })
      const after = readFileSync(join(repository.path, 'app.yaml'))
      if (after.equals(before)) return
      rewritten++
      const original = splitLines(before)
      const written = splitLines(after)
      let next = 0
      for (const line of written) {
        if (line === original[next]) next++
        else
          assert.match(
            line,
            INSERTED,
            `changed a line that fix never writes: ${JSON.stringify(line)}`
          )
      }
      assert.equal(next, original.length, 'a line of the original is missing')
    }),
    { numRuns: 80 }
  )
  // The property says little unless fix really writes in many of the runs.
  assert.ok(rewritten >= 20, `only ${rewritten} of 80 files were rewritten`)
})

test('a valid file with CRLF endings and a BOM is fixed, not refused', async () => {
  using repository = tempDirectory()
  const before = render({ bom: true, endings: lines.map(() => '\r\n'), comment: new Uint8Array() })
  writeFileSync(join(repository.path, 'app.yaml'), before)
  await runCli(['fix', repository.path], { stdout: () => {}, stderr: () => {} })
  const after = readFileSync(join(repository.path, 'app.yaml'))
  assert.match(
    after.toString('utf8'),
    /^\uFEFF[^]*\r\n {8}gitops-reloader\/config-hash: sha256:[0-9a-f]{16}\r\n/
  )
})
