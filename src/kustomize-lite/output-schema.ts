import * as jsyaml from 'js-yaml'

/**
 * A float as kubectl kustomize prints it: Go's `strconv.FormatFloat(f, 'g', -1, 64)` (the
 * shortest digits; an exponent of at least two digits below 1e-4 and from 1e6 on), so `2e-7`
 * is `2e-07` and `1234567.5` is `1.2345675e+06`. Integral numbers stay integers.
 */
export function goFloatText(value: number): string {
  if (Number.isNaN(value)) return '.nan'
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf'
  if (Object.is(value, -0)) return '-0'
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e')
  const exponent = Number(exponentText)
  if (exponent >= -4 && exponent < 6) return String(value)
  const sign = exponent < 0 ? '-' : '+'
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`
}

// js-yaml exports its types at run time; its type definitions do not list them.
const coreFloat = (jsyaml as unknown as { types: { float: jsyaml.Type } }).types.float

const goFloat = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => coreFloat.resolve(data),
  construct: (data: unknown) => coreFloat.construct(data) as unknown,
  predicate: (data: unknown) => typeof data === 'number' && (data % 1 !== 0 || Object.is(data, -0)),
  represent: (data: object) => goFloatText(data as unknown as number),
  defaultStyle: 'lowercase'
})

/** js-yaml's default schema, dumping floats as kubectl kustomize prints them. */
export const kustomizeOutputSchema = jsyaml.DEFAULT_SCHEMA.extend({ implicit: [goFloat] })
