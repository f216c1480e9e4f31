// @ts-check
import { createHash } from 'node:crypto'

// An opening <script> tag (attributes may quote a '>'), its raw text, and the first </script that
// ends it: the HTML tokenizer's script data state ends at exactly that point.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\s/>]/gi
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
// Data blocks are never executed, so script-src does not govern them (JSON-LD on every page).
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json'])

/**
 * The CSP hash sources (`'sha256-…'`) of every inline script in `html`, once each, in page order.
 * Browsers hash the script's text as parsed, which is the bytes between the tags after the HTML
 * parser's newline normalisation (CRLF and CR become LF), encoded as UTF-8.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const sources = new Set()
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes) || isDataBlock(attributes)) continue
    sources.add(scriptHashSource(text))
  }
  return [...sources]
}

/**
 * @param {string} text the script's source as it appears in the document
 * @returns {string}
 */
export function scriptHashSource(text) {
  const normalised = text.replace(/\r\n?/g, '\n')
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`
}

/** @param {string} attributes */
function isDataBlock(attributes) {
  const match = TYPE_ATTRIBUTE.exec(attributes)
  if (!match) return false
  const type = (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase()
  return DATA_BLOCK_TYPES.has(type)
}
