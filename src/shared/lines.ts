/**
 * Maps an offset to a 1-based line number by binary search over line starts. Not yaml's
 * LineCounter: that is about 10% slower here (parse's hot path) and would make kustomize-lite,
 * which reads with js-yaml, load the yaml library too.
 */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return offset => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
