/** Lines with their line breaks, so a changed EOL counts as a changed line. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

export interface LineDiff {
  /** 0-based indexes of lines of `before` that are not in `after`. */
  removed: number[]
  /** 0-based indexes of lines of `after` that are not in `before`. */
  added: number[]
}

/** Myers' shortest edit script; fast when few lines differ, which is the case it is for. */
export function lineDiff(beforeText: string, afterText: string): LineDiff {
  const a = splitLines(beforeText)
  const b = splitLines(afterText)
  const offset = a.length + b.length + 1
  const frontier = new Int32Array(2 * offset + 1)
  const trace: Int32Array[] = []
  for (let d = 0; d <= a.length + b.length; d++) {
    trace.push(frontier.slice())
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!)
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1
      let y = x - k
      while (x < a.length && y < b.length && a[x] === b[y]) [x, y] = [x + 1, y + 1]
      frontier[offset + k] = x
      if (x >= a.length && y >= b.length) return backtrack(trace, offset, a.length, b.length)
    }
  }
  throw new Error('unreachable: a diff always exists')
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number): LineDiff {
  const diff: LineDiff = { removed: [], added: [] }
  let [x, y] = [n, m]
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d]!
    const k = x - y
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!)
    const previousK = down ? k + 1 : k - 1
    const previousX = frontier[offset + previousK]!
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) [x, y] = [x - 1, y - 1]
    if (down) diff.added.unshift(previousY)
    else diff.removed.unshift(previousX)
    ;[x, y] = [previousX, previousY]
  }
  return diff
}
