export function DetailRow({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-muted font-medium">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </div>
  )
}
