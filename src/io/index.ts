export { readWorkTree, writeChanges } from './work-tree.js'
export type { WorkTree, WriteOutcome } from './work-tree.js'
export { confinedFileSystem, repositoryRootOf } from './confined-file-system.js'
