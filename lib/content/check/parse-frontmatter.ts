import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml'

export type FrontmatterPath = readonly PropertyKey[]

export type ParsedFrontmatter = {
  /** The fields, or undefined when the YAML is broken or isn't a mapping. */
  data: Record<string, unknown> | undefined
  problems: { line: number; message: string; severity: 'error' | 'warning' }[]
  /** File line of the value at `path`: a field's key line, a list entry's own line. */
  lineOf: (path: FrontmatterPath) => number
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'a list' : `${typeof value} ${JSON.stringify(value)}`
}

/**
 * YAML 1.2 (the `yaml` default) keeps `date: 2026-03-29` a string; YAML 1.1 loaders such as
 * js-yaml would turn it into a Date and lose the exact text the schema checks.
 */
export function parseFrontmatter(yaml: string, firstLine: number): ParsedFrontmatter {
  const lineCounter = new LineCounter()
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const lineOf = (path: FrontmatterPath) => locate(document, path, toLine) ?? firstLine - 1
  const problems: ParsedFrontmatter['problems'] = [
    ...document.errors.map((error) => ({
      line: toLine(errorOffset(document, error)),
      message: `invalid YAML: ${error.message}`,
      severity: 'error' as const,
    })),
    ...document.warnings.map((warning) => ({
      line: toLine(warning.pos[0]),
      message: warning.message,
      severity: 'warning' as const,
    })),
  ]
  if (document.errors.length > 0) return { data: undefined, problems, lineOf }
  const value: unknown = document.toJS() ?? {}
  if (!isRecord(value)) {
    const message = `frontmatter must be \`field: value\` lines, got ${kindOf(value)}`
    problems.push({ line: firstLine, message, severity: 'error' })
    return { data: undefined, problems, lineOf }
  }
  return { data: value, problems, lineOf }
}

function locate(
  document: Document.Parsed,
  path: FrontmatterPath,
  toLine: (offset: number) => number,
): number | undefined {
  const [field, ...rest] = path
  if (!isMap(document.contents)) return undefined
  const pair = document.contents.items.find(
    (item) => isScalar(item.key) && item.key.value === field,
  )
  if (pair === undefined) return undefined
  const node = rest.length === 0 ? pair.key : document.getIn(path, true)
  const target = isNode(node) && node.range ? node : pair.key
  return isNode(target) && target.range ? toLine(target.range[0]) : undefined
}

/**
 * `yaml` places a missing closing quote where the file ends; the editor needs the line where the
 * quote was opened, which is where the unterminated scalar starts.
 */
function errorOffset(document: Document.Parsed, error: YAMLError): number {
  const offset = error.pos[0]
  if (error.code !== 'MISSING_CHAR') return offset
  let start = offset
  visit(document, {
    Scalar(_, node) {
      const range = node.range
      if (range && range[0] < offset && offset <= range[2]) start = Math.min(start, range[0])
    },
  })
  return start
}
