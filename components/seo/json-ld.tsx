import type { StructuredData } from '@/lib/seo/schema-org'
import { serializeJsonLd } from '@/lib/seo/serialize-json-ld'

/** Structured data for search engines, escaped so page text can never close the script. */
export function JsonLd({ data }: { data: StructuredData }) {
  return (
    <script
      type="application/ld+json"
      // Safe: serializeJsonLd escapes <, >, & and the JS line separators.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
