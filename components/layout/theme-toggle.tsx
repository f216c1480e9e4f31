'use client'

import { useEffect, useSyncExternalStore } from 'react'

import { THEME_STORAGE_KEY, type Theme } from '@/lib/theme/script'

const root = () => document.documentElement
const currentTheme = () => (root().dataset.theme === 'dark' ? 'dark' : 'light')

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(root(), { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

function storedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY)
  } catch {
    return null
  }
}

function choose(theme: Theme) {
  root().dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage is off: the choice lasts for this page only.
  }
}

/** Until the reader picks a theme, the page follows the system as it changes. */
function useSystemTheme() {
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)')
    const follow = () => {
      if (!storedTheme()) root().dataset.theme = query.matches ? 'dark' : 'light'
    }
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
}

/** Light or dark, remembered across visits. Shown only once the head script set a theme. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => undefined)
  useSystemTheme()
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      className="theme-toggle text-muted hover:text-ink border-line items-center gap-1.5 rounded-md border px-2 py-1 text-sm"
      aria-pressed={theme === undefined ? undefined : dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        {dark ? (
          <path d="M17.3 12.9A7.5 7.5 0 0 1 7.1 2.7a7.5 7.5 0 1 0 10.2 10.2Z" />
        ) : (
          <path d="M10 5a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm0-4a1 1 0 0 1 1 1v1a1 1 0 1 1-2 0V2a1 1 0 0 1 1-1Zm0 15a1 1 0 0 1 1 1v1a1 1 0 1 1-2 0v-1a1 1 0 0 1 1-1ZM1 10a1 1 0 0 1 1-1h1a1 1 0 1 1 0 2H2a1 1 0 0 1-1-1Zm15 0a1 1 0 0 1 1-1h1a1 1 0 1 1 0 2h-1a1 1 0 0 1-1-1Z" />
        )}
      </svg>
      Dark theme
    </button>
  )
}
