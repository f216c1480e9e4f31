import { z } from 'zod'

// Messages name the field and quote the value, because editors read them as-is in the
// content check's output and in contentlayer's errors: "what is wrong" must not need the docs.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for `YYYY-MM-DD` strings naming a day that exists (no 2026-02-30, no month 13). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** How a YAML value reads back to an editor: strings quoted, lists and mappings named. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return JSON.stringify(value) ?? String(value)
}

/** The message for a value of the wrong kind: missing, left empty, or something else. */
function mustBe(label: string, what: string) {
  return (input: unknown) => {
    if (input === undefined) return `${label} is required`
    if (input === null) return `${label} is empty; it must be ${what}`
    return `${label} must be ${what}, got ${describeValue(input)}`
  }
}

function requiredText(field: string) {
  const message = mustBe(`\`${field}\``, 'text')
  return z
    .string({ error: (issue) => message(issue.input) })
    .refine((value) => value.trim() !== '', { error: `\`${field}\` must not be empty` })
}

function calendarDate(field: string) {
  const message = mustBe(`\`${field}\``, 'a real calendar date in YYYY-MM-DD form')
  return z
    .string({ error: (issue) => message(issue.input) })
    .refine(isCalendarDate, { error: (issue) => message(issue.input) })
}

const tagMessage = mustBe('each tag', 'non-empty text')
const tagSchema = z
  .string({ error: (issue) => tagMessage(issue.input) })
  .refine((value) => value.trim() !== '', { error: 'each tag must be non-empty text' })

const tagsMessage = mustBe('`tags`', 'a list such as [nextjs, testing]')
const draftMessage = mustBe('`draft`', 'true or false')
const canonicalUrlMessage = mustBe('`canonicalUrl`', 'an absolute http(s) URL')
const readingTimeMessage = mustBe('`readingTime`', 'a whole number of minutes above 0')
const syndicationMessage = mustBe('`syndication`', 'a list of absolute http(s) URLs')
const syndicationUrlMessage = mustBe('each `syndication` entry', 'an absolute http(s) URL')
const seriesMessage = mustBe(
  '`series`',
  'a mapping such as { name: "From MVP to scale", order: 1 }',
)
const seriesOrderMessage = mustBe('`series.order`', 'a whole number above 0')

const seriesSchema = z
  .object(
    {
      name: requiredText('series.name'),
      order: z
        .number({ error: (issue) => seriesOrderMessage(issue.input) })
        .int({ error: (issue) => seriesOrderMessage(issue.input) })
        .positive({ error: (issue) => seriesOrderMessage(issue.input) }),
    },
    { error: (issue) => seriesMessage(issue.input) },
  )
  // Not a strict object: the content check would place its unknown keys among the top-level
  // fields, at the wrong line. Failing each one here reports it at its own line instead.
  .catchall(
    z.unknown().refine(() => false, {
      error: (issue) =>
        `unknown field \`series.${String(issue.path?.at(-1))}\`; \`series\` takes only \`name\` and \`order\``,
    }),
  )

export const articleFieldSchemas = {
  title: requiredText('title'),
  description: requiredText('description'),
  date: calendarDate('date'),
  updated: calendarDate('updated').optional(),
  category: requiredText('category'),
  tags: z.array(tagSchema, { error: (issue) => tagsMessage(issue.input) }).optional(),
  draft: z.boolean({ error: (issue) => draftMessage(issue.input) }).default(false),
  canonicalUrl: z
    .url({ protocol: /^https?$/, error: (issue) => canonicalUrlMessage(issue.input) })
    .optional(),
  readingTime: z
    .number({ error: (issue) => readingTimeMessage(issue.input) })
    .int({ error: (issue) => readingTimeMessage(issue.input) })
    .positive({ error: (issue) => readingTimeMessage(issue.input) })
    .optional(),
  syndication: z
    .array(z.url({ protocol: /^https?$/, error: (issue) => syndicationUrlMessage(issue.input) }), {
      error: (issue) => syndicationMessage(issue.input),
    })
    .optional(),
  series: seriesSchema.optional(),
}

export const categoryFieldSchemas = {
  title: requiredText('title'),
  description: requiredText('description'),
}

const unknownFieldsMessage = (keys: readonly string[]) =>
  `unknown field${keys.length === 1 ? '' : 's'} ${keys.map((key) => `\`${key}\``).join(', ')}`

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined
}

const bothDatesValid = (value: unknown) =>
  [fieldOf(value, 'date'), fieldOf(value, 'updated')].every(
    (date) => typeof date === 'string' && isCalendarDate(date),
  )

export const articleFrontmatterSchema = z
  .strictObject(articleFieldSchemas, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined,
  })
  .refine((article) => article.updated === undefined || article.updated >= article.date, {
    path: ['updated'],
    error: '`updated` must not be before `date`',
    // Zod skips object refinements once a field failed; this one only needs the two dates.
    when: (payload) => bothDatesValid(payload.value),
  })

export const categoryFrontmatterSchema = z.strictObject(categoryFieldSchemas, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined,
})

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>
export type ArticleFrontmatterInput = z.input<typeof articleFrontmatterSchema>
export type CategoryFrontmatter = z.infer<typeof categoryFrontmatterSchema>
