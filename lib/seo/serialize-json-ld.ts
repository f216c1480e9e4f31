import type { StructuredData } from './schema-org'

// Inside <script>, HTML ends the element at the first `</script>` whatever JSON thinks, and
// `<!--` changes how the rest is parsed; U+2028/2029 end lines in older JS parsers. Escaping
// these as \uXXXX keeps the JSON identical to a parser and inert to the HTML tokenizer.
const UNSAFE = /[<>&\u2028\u2029]/g

/** JSON for a `<script type="application/ld+json">` that article text cannot break out of. */
export function serializeJsonLd(data: StructuredData): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
