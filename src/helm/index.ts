export {
  isHelmRelease,
  readHelmRelease,
  POD_ANNOTATIONS_PATH_ANNOTATION,
  WATCH_ANNOTATION
} from './release.js'
export type { HelmReleaseView, ReleaseLookups } from './release.js'
export { effectivePodAnnotations } from './app-template.js'
export type { ChartReference, RenderedController } from './app-template.js'
export { chartOf } from './chart.js'
export type { ChartIdentity } from './chart.js'
export { mergeMaps } from './values.js'
export type { MergedValues, ValuesReference, ValuesSource } from './values.js'
