export { planChanges } from './diff.js'
export type { PlanCore } from './diff.js'
export type * from './types.js'
