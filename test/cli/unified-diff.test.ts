import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import fc from 'fast-check'
import { unifiedDiff } from '../../src/cli/unified-diff.js'
import { tempDirectory } from '../helpers/temp.js'

/** `git diff --no-index` of two texts, without the lines that name blobs and functions. */
function gitDiff(before: string, after: string): string {
  using directory = tempDirectory()
  writeFileSync(join(directory.path, 'a'), before)
  writeFileSync(join(directory.path, 'b'), after)
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', 'a', 'b'], {
    cwd: directory.path,
    encoding: 'utf8'
  })
  return result.stdout
    .replace(/^diff --git .*\nindex .*\n--- a\/a\n\+\+\+ b\/b\n/, '')
    .replace(/^(@@ [^@]+ @@).*$/gm, '$1')
}

// Distinct lines keep the alignment unambiguous, so git and we must agree hunk for hunk.
const edits = fc.record({
  lines: fc.integer({ min: 0, max: 40 }),
  insertions: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })), { maxLength: 6 }),
  replacements: fc.array(fc.nat(), { maxLength: 3 }),
  finalNewline: fc.boolean()
})

test('the diff check --diff prints is the diff git prints', () => {
  fc.assert(
    fc.property(edits, ({ lines, insertions, replacements, finalNewline }) => {
      const before = Array.from({ length: lines }, (_, i) => `line ${i}`)
      const after = before.map((line, i) => (replacements.includes(i) ? `changed ${i}` : line))
      for (const [at, count] of insertions) {
        after.splice(
          at % (after.length + 1),
          0,
          ...Array.from({ length: count }, (_, i) => `added ${at} ${i}`)
        )
      }
      const join = (rows: string[]) =>
        rows.join('\n') + (finalNewline && rows.length > 0 ? '\n' : '')
      const [oldText, newText] = [join(before), join(after)]
      fc.pre(oldText !== newText)
      assert.equal(
        unifiedDiff('a', oldText, newText).replace(/^--- a\/a\n\+\+\+ b\/a\n/, ''),
        gitDiff(oldText, newText)
      )
    }),
    { numRuns: 40 }
  )
})
