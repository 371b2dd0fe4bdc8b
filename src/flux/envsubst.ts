/**
 * Flux's `envsubst` dialect (fluxcd/pkg/envsubst, a fork of drone/envsubst), as kustomize-controller
 * runs it for postBuild substitution. Behaviour reproduced from its parser and tests:
 * - only the braced form `${...}` is expanded; `$var` stays as written;
 * - `$$` is an escape for `$` everywhere outside an expression, so `$${var}` gives `${var}`;
 * - operators: `${#v}`, `${v^}`, `${v^^}`, `${v,}`, `${v,,}`, `${v:n}`, `${v:n:len}`, `${v#p}`,
 *   `${v##p}`, `${v%p}`, `${v%%p}`, `${v/p/r}`, `${v//p/r}`, `${v/#p/r}`, `${v/%p/r}`,
 *   `${v=d}`, `${v:=d}`, `${v:-d}` (and `:?`, `:+`, which Flux also treats as a default);
 * - every default form replaces an unset *or empty* value (Flux's `toDefault`);
 * - `${v-d}` and `${v+d}` are not parsed: Flux fails with "missing closing brace";
 * - an undefined variable expands to the empty string (non-strict mode, Flux's default).
 */

export class EnvsubstError extends Error {}

export type Lookup = (name: string) => VariableValue

/**
 * `unknown`: the variable exists where Flux runs but its value cannot be read from Git (a SOPS
 * Secret, a missing source); the expression is then kept as written.
 */
export type VariableValue = { kind: 'set'; value: string } | { kind: 'unset' } | { kind: 'unknown' }

interface TextNode {
  kind: 'text'
  value: string
}

interface ExpressionNode {
  kind: 'expression'
  name: string
  operator: string
  args: Node[][]
  source: string
}

type Node = TextNode | ExpressionNode

export function envsubst(text: string, lookup: Lookup): string {
  const parser = new Parser(text)
  return evaluateAll(parser.parseText(), lookup)
}

function evaluateAll(nodes: Node[], lookup: Lookup): string {
  return nodes.map(node => evaluate(node, lookup)).join('')
}

function evaluate(node: Node, lookup: Lookup): string {
  if (node.kind === 'text') return node.value
  const variable = lookup(node.name)
  if (variable.kind === 'unknown') return node.source
  const value = variable.kind === 'set' ? variable.value : ''
  const args = node.args.map(arg => evaluateAll(arg, lookup))
  return applyOperator(node.operator, value, args)
}

const DEFAULT_OPERATORS = new Set(['=', ':=', ':-', ':?', ':+'])

function applyOperator(operator: string, value: string, args: string[]): string {
  if (operator === '' || DEFAULT_OPERATORS.has(operator)) {
    return value === '' && args.length > 0 ? args.join('') : value
  }
  const [first = '', second] = args
  switch (operator) {
    case 'length':
      return String(Buffer.byteLength(value))
    case '^':
      return value.charAt(0).toUpperCase() + value.slice(1)
    case '^^':
      return value.toUpperCase()
    case ',':
      return value.charAt(0).toLowerCase() + value.slice(1)
    case ',,':
      return value.toLowerCase()
    case ':':
      return substring(value, first, second)
    case '#':
      return trimPrefix(value, first, 'shortest')
    case '##':
      return trimPrefix(value, first, 'longest')
    case '%':
      return reverse(trimPrefix(reverse(value), reverse(first), 'shortest'))
    case '%%':
      return reverse(trimPrefix(reverse(value), reverse(first), 'longest'))
    default:
      return replace(operator, value, first, second ?? '')
  }
}

function replace(operator: string, value: string, pattern: string, replacement: string): string {
  switch (operator) {
    case '/':
      return value.replace(pattern, () => replacement)
    case '//':
      return value.split(pattern).join(replacement)
    case '/#':
      return value.startsWith(pattern) ? replacement + value.slice(pattern.length) : value
    case '/%':
      return value.endsWith(pattern)
        ? value.slice(0, value.length - pattern.length) + replacement
        : value
    default:
      return value
  }
}

// Go's strconv.Atoi: an optional sign and digits, nothing else.
function atoi(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined
}

function substring(value: string, offsetText: string, lengthText: string | undefined): string {
  let offset = atoi(offsetText)
  if (offset === undefined) return value
  if (offset < 0) offset = Math.max(0, value.length + offset)
  if (lengthText === undefined) return offset < value.length ? value.slice(offset) : ''
  const length = atoi(lengthText)
  if (length === undefined) return value
  if (length < 0) {
    const end = value.length + length
    return end < offset ? '' : value.slice(offset, end)
  }
  return value.slice(offset, offset + length)
}

function trimPrefix(value: string, pattern: string, mode: 'shortest' | 'longest'): string {
  const matcher = globToRegExp(pattern)
  let match: string | undefined
  // Like Flux, the candidates are the non-empty prefixes, tried from the longest down.
  for (let end = value.length; end > 0; end--) {
    const candidate = value.slice(0, end)
    if (!matcher.test(candidate)) continue
    match = candidate
    if (mode === 'longest') break
  }
  return match === undefined ? value : value.slice(match.length)
}

// Flux forks path.Match so that `*` and `?` also match a slash (per its trim tests).
function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern.charAt(index)
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '\\' && index + 1 < pattern.length)
      source += escapeRegExp(pattern.charAt(++index))
    else if (char === '[') {
      const close = pattern.indexOf(']', index + 1)
      if (close < 0) return /(?!)/
      source += '[' + pattern.slice(index + 1, close) + ']'
      index = close
    } else source += escapeRegExp(char)
  }
  return new RegExp(`^${source}$`, 'su')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function reverse(text: string): string {
  return [...text].reverse().join('')
}

const IDENTIFIER = /[\p{L}\p{N}_]/u

class Parser {
  private position = 0

  constructor(private readonly text: string) {}

  /** Top level: text with `$$` escapes and `${...}` expressions. */
  parseText(): Node[] {
    const nodes: Node[] = []
    let literal = ''
    while (this.position < this.text.length) {
      if (this.startsWith('${')) {
        if (literal) nodes.push({ kind: 'text', value: literal })
        literal = ''
        nodes.push(this.parseExpression())
      } else if (this.startsWith('$$')) {
        literal += '$'
        this.position += 2
      } else {
        literal += this.next()
      }
    }
    if (literal) nodes.push({ kind: 'text', value: literal })
    return nodes
  }

  private parseExpression(): ExpressionNode {
    const start = this.position
    this.position += 2
    if (this.peek() === '#') return this.finish(start, this.parseLength())
    const name = this.parseName()
    const next = this.peek()
    let parsed: { name: string; operator: string; args: Node[][] }
    if (next === ':') parsed = this.parseColon(name)
    else if (next === '=') parsed = this.parseDefault(name, this.take(1))
    else if (next === ',' || next === '^') parsed = this.parseCasing(name)
    else if (next === '/') parsed = this.parseReplace(name)
    else if (next === '#' || next === '%') parsed = this.parseRemove(name, next)
    else {
      if (next !== '}') throw new EnvsubstError('missing closing brace')
      this.position++
      parsed = { name, operator: '', args: [] }
    }
    return this.finish(start, parsed)
  }

  private finish(start: number, parsed: Omit<ExpressionNode, 'kind' | 'source'>): ExpressionNode {
    return { kind: 'expression', ...parsed, source: this.text.slice(start, this.position) }
  }

  private parseLength(): { name: string; operator: string; args: Node[][] } {
    this.position++
    const name = this.parseName('bad substitution')
    this.closeBrace()
    return { name, operator: 'length', args: [] }
  }

  private parseName(error = 'unable to parse variable name'): string {
    let name = ''
    while (this.position < this.text.length && IDENTIFIER.test(this.peek())) name += this.next()
    if (!name) throw new EnvsubstError(error)
    return name
  }

  private parseColon(name: string): { name: string; operator: string; args: Node[][] } {
    const after = this.text.charAt(this.position + 1)
    if ('=-?+'.includes(after) && after !== '') return this.parseDefault(name, this.take(2))
    this.position++
    const offset = this.parseArgument(char => char !== ':' && char !== '}')
    if (this.peek() === '}') {
      this.position++
      return { name, operator: ':', args: [offset] }
    }
    if (this.peek() !== ':') throw new EnvsubstError('bad substitution')
    this.position++
    const length = this.parseArgument(char => char !== '}')
    this.closeBrace()
    return { name, operator: ':', args: [offset, length] }
  }

  private parseDefault(
    name: string,
    operator: string
  ): { name: string; operator: string; args: Node[][] } {
    const args: Node[][] = []
    while (this.peek() !== '}') {
      if (this.position >= this.text.length) throw new EnvsubstError('bad substitution')
      args.push(this.parseArgument(char => char !== '}'))
    }
    this.position++
    return { name, operator, args }
  }

  private parseCasing(name: string): { name: string; operator: string; args: Node[][] } {
    let operator = this.next()
    if (this.peek() === operator) operator += this.next()
    this.closeBrace()
    return { name, operator, args: [] }
  }

  private parseRemove(
    name: string,
    symbol: string
  ): { name: string; operator: string; args: Node[][] } {
    let operator = this.next()
    if (this.peek() === symbol) operator += this.next()
    const pattern = this.parseArgument(char => char !== '}')
    this.closeBrace()
    return { name, operator, args: [pattern] }
  }

  private parseReplace(name: string): { name: string; operator: string; args: Node[][] } {
    let operator = this.next()
    if ('/#%'.includes(this.peek()) && this.peek() !== '') operator += this.next()
    const pattern = this.peek() === '/' ? [] : this.parseArgument(char => char !== '/', true)
    if (this.peek() !== '/') throw new EnvsubstError('bad substitution')
    while (this.peek() === '/') this.position++
    if (this.peek() === '}') {
      this.position++
      return { name, operator, args: [pattern] }
    }
    const replacement = this.parseArgument(char => char !== '}', true)
    this.closeBrace()
    return { name, operator, args: [pattern, replacement] }
  }

  /** One argument: a nested expression, or text up to a stop character (or a nested `${`). */
  private parseArgument(accepts: (char: string) => boolean, escapes = false): Node[] {
    if (this.startsWith('${')) return [this.parseExpression()]
    let value = ''
    while (this.position < this.text.length && !this.startsWith('${')) {
      const char = this.peek()
      if (escapes && this.isEscape()) {
        this.position++
        value += this.next()
        continue
      }
      if (!accepts(char)) break
      value += this.next()
    }
    if (!value) throw new EnvsubstError('unable to parse substitution within function')
    return [{ kind: 'text', value }]
  }

  private isEscape(): boolean {
    const char = this.peek()
    const after = this.text.charAt(this.position + 1)
    return (char === '$' && after === '$') || (char === '\\' && (after === '/' || after === '\\'))
  }

  private closeBrace(): void {
    if (this.peek() !== '}') throw new EnvsubstError('bad substitution')
    this.position++
  }

  private take(count: number): string {
    const taken = this.text.slice(this.position, this.position + count)
    this.position += count
    return taken
  }

  private startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.position)
  }

  private peek(): string {
    return this.text.charAt(this.position)
  }

  private next(): string {
    return this.text.charAt(this.position++)
  }
}
