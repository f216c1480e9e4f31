import type { Metadata } from 'next'

// Private pages: kept out of search results even if a link to one leaks.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return children
}
