/** A Kubernetes label selector string (`a=b,c!=d,e in (f,g),!h,i`), as a predicate. */
export type LabelPredicate = (labels: Record<string, unknown>) => boolean

export function parseLabelSelector(selector: string): LabelPredicate | undefined {
  const requirements = splitRequirements(selector.trim())
  const predicates: LabelPredicate[] = []
  for (const requirement of requirements) {
    const predicate = parseRequirement(requirement.trim())
    if (!predicate) return undefined
    predicates.push(predicate)
  }
  return labels => predicates.every(predicate => predicate(labels))
}

// Commas inside `in (...)` sets do not separate requirements.
function splitRequirements(selector: string): string[] {
  if (selector === '') return []
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < selector.length; index++) {
    const character = selector[index]
    if (character === '(') depth++
    else if (character === ')') depth--
    else if (character === ',' && depth === 0) {
      parts.push(selector.slice(start, index))
      start = index + 1
    }
  }
  parts.push(selector.slice(start))
  return parts
}

function parseRequirement(text: string): LabelPredicate | undefined {
  const setMatch = /^([^\s!=()]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(text)
  if (setMatch) {
    const [, key = '', operator, list = ''] = setMatch
    const values = new Set(list.split(',').map(value => value.trim()))
    return operator === 'in'
      ? labels => typeof labels[key] === 'string' && values.has(labels[key] as string)
      : labels => !(typeof labels[key] === 'string' && values.has(labels[key] as string))
  }
  const comparison = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(text)
  if (comparison) {
    const [, key = '', operator, value = ''] = comparison
    return operator === '!=' ? labels => labels[key] !== value : labels => labels[key] === value
  }
  const absence = /^!\s*([^\s!=()]+)$/.exec(text)
  if (absence) return labels => !(absence[1]! in labels)
  const existence = /^([^\s!=()]+)$/.exec(text)
  if (existence) return labels => existence[1]! in labels
  return undefined
}
