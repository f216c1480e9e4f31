// `npm run content:check [-- --root <dir>]`: every content problem at once, before contentlayer
// stops at the first. Exit 1 on any error; warnings alone pass.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { checkContentWithCounts, formatReport } from '@/lib/content/check'

const { values } = parseArgs({ options: { root: { type: 'string' } } })
const root = values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url))

const { problems, counts } = checkContentWithCounts({ root })
console.log(formatReport(problems, counts))
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0
