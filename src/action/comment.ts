import type { GitHub } from './api.js'

/** The hidden marker of the bot's one comment per pull request. */
export const MARKER = '<!-- gitops-reloader:plan -->'

/** GitHub refuses comment bodies of 65,536 characters or more. */
export const COMMENT_LIMIT = 65_536

/**
 * Posts the plan as the bot's one sticky comment, or edits it in place. A comment is the bot's
 * only when it starts with the marker AND its author is a bot: a human quoting the marker is
 * never edited.
 */
export async function upsertStickyComment(
  github: GitHub,
  issue: number,
  markdown: string
): Promise<string> {
  const body = `${MARKER}\n${markdown}`.slice(0, COMMENT_LIMIT - 1)
  const mine = (await github.comments(issue)).filter(
    comment => comment.isBot && comment.body.startsWith(MARKER)
  )
  const [first] = mine
  return first ? github.updateComment(first.id, body) : github.createComment(issue, body)
}
