import assert from 'node:assert/strict'
import { test } from 'node:test'
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../../src/output/index.js'

test('escapeTerminal writes control characters as visible escapes', () => {
  assert.equal(escapeTerminal('a\nb\rc\td'), 'a\\nb\\rc\\td')
  assert.equal(escapeTerminal('\u001b[31mred\u001b[0m'), '\\x1b[31mred\\x1b[0m')
  assert.equal(escapeTerminal('\u0000\u0007\u007f\u0085\u009b'), '\\x00\\x07\\x7f\\x85\\x9b')
  assert.equal(escapeTerminal('x\u2028y\u2029z'), 'x\\u2028y\\u2029z')
})

test('escapeTerminal writes every bidi embedding, override and isolate as an escape', () => {
  const bidi = [
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069'
  ]
  assert.equal(
    escapeTerminal(bidi.join('')),
    '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069'
  )
})

test('escapeTerminal keeps printable text, including non-ASCII and backslashes, as it is', () => {
  const printable = 'apps/base/web-deployment.yaml: Größe ✓ 名前 C:\\path ~ <b> "q"'
  assert.equal(escapeTerminal(printable), printable)
})

test('user content escaped for the terminal cannot start a workflow command line', () => {
  const forged = escapeTerminal('web\n::error::forged\r\n::set-output name=x::y')
  assert.equal(forged.split(/\r?\n|\r/).length, 1)
  assert.equal(forged, 'web\\n::error::forged\\r\\n::set-output name=x::y')
})

test('escapeHtml escapes the five HTML-significant characters and nothing else', () => {
  assert.equal(
    escapeHtml(`<script>alert("x" & 'y')</script>`),
    '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
  )
  assert.equal(escapeHtml('&lt;'), '&amp;lt;')
  assert.equal(escapeHtml('shop-staging/web *a*'), 'shop-staging/web *a*')
})

test('escapeMarkdown gives one inert line for a page rendered as Markdown and HTML', () => {
  assert.equal(escapeMarkdown('<img src=x>'), '&lt;img src=x&gt;')
  assert.equal(
    escapeMarkdown('*bold* _em_ `code` ~~s~~ [link](u) ![i](u) a|b \\'),
    '&#42;bold&#42; &#95;em&#95; &#96;code&#96; &#126;&#126;s&#126;&#126; &#91;link&#93;(u) &#33;&#91;i&#93;(u) a&#124;b &#92;'
  )
  assert.equal(escapeMarkdown('a\n\n# heading'), 'a&#92;n&#92;n# heading')
  assert.equal(escapeMarkdown('shop-staging/web'), 'shop-staging/web')
})
