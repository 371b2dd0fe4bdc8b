import * as crypto from 'node:crypto'

// Node 20.12 added the one-shot crypto.hash; a Hash object costs several microseconds more per
// call, which adds up over thousands of workloads and generated objects.
const oneShot: typeof crypto.hash | undefined = crypto.hash

/** SHA-256 of the UTF-8 text, in hex. */
export function sha256Hex(text: string): string {
  if (oneShot) return oneShot('sha256', text, 'hex')
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex')
}
