import { formatUtc, isoOf } from '@/lib/admin/format'

export function UtcTime({ ms }: { ms: number }) {
  return <time dateTime={isoOf(ms)}>{formatUtc(ms)}</time>
}
