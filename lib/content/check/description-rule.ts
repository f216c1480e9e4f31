import { readArticleFacts } from './article-facts'
import type { ContentDocument } from './load-document'
import { PLACEHOLDER_DESCRIPTION } from './placeholder'
import { error, warning, type Problem } from './problem'

// Search engines cut meta descriptions near 160 characters; under 50 says too little to earn a click.
const MIN_LENGTH = 50
const MAX_LENGTH = 160

export function checkDescription(document: ContentDocument): Problem[] {
  if (document.collection !== 'articles') return []
  const { description, draft } = readArticleFacts(document)
  if (description === undefined) return []
  const at = { file: document.file, line: document.lineOf(['description']), field: 'description' }
  if (description.trim() === PLACEHOLDER_DESCRIPTION) {
    // A draft may keep the scaffold's text a while; a published page must not.
    const report = draft ? warning : error
    return [
      report({
        ...at,
        message: '`description` is still the placeholder from `new:article`: write the real one',
      }),
    ]
  }
  const length = [...description.trim()].length
  if (length < MIN_LENGTH) {
    return [
      warning({
        ...at,
        message: `\`description\` is ${length} characters; aim for ${MIN_LENGTH}–${MAX_LENGTH} (it is the meta description)`,
      }),
    ]
  }
  if (length > MAX_LENGTH) {
    return [
      warning({
        ...at,
        message: `\`description\` is ${length} characters; search results cut it after about ${MAX_LENGTH}`,
      }),
    ]
  }
  return []
}
