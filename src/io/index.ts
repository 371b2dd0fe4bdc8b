export { readWorkTree } from './work-tree.js'
export { writeFileAtomic } from './atomic-write.js'
