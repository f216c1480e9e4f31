export function SkipLink() {
  return (
    <a
      href="#main"
      className="bg-accent text-on-accent sr-only z-50 rounded px-4 py-2 font-medium focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      Skip to content
    </a>
  )
}
