import { themeScript } from '@/lib/theme/script'

/** The no-flash theme script; its text is fixed, so a CSP hash of it never changes. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />
}
