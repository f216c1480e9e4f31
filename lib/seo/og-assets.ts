import 'server-only'

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

// Satori (behind next/og) reads TTF, OTF and WOFF but not WOFF2, and the build has no network:
// the card's fonts are WOFF files shipped in the repository, read once per build worker.
const fontDir = join(process.cwd(), 'lib/seo/fonts')

export type OgFont = { name: 'Inter'; data: Buffer; weight: 500 | 700; style: 'normal' }

let assets: Promise<{ fonts: OgFont[]; logo: string }> | undefined

async function readAssets() {
  const [medium, bold, logo] = await Promise.all([
    readFile(join(fontDir, 'inter-latin-500-normal.woff')),
    readFile(join(fontDir, 'inter-latin-700-normal.woff')),
    readFile(join(process.cwd(), 'public/logo.png')),
  ])
  return {
    fonts: [
      { name: 'Inter', data: medium, weight: 500, style: 'normal' },
      { name: 'Inter', data: bold, weight: 700, style: 'normal' },
    ] satisfies OgFont[],
    logo: `data:image/png;base64,${logo.toString('base64')}`,
  }
}

/** The card's fonts and logo (as a data URL, since the card is drawn without a server). */
export function loadOgAssets() {
  assets ??= readAssets()
  return assets
}
