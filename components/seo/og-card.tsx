import { ImageResponse } from 'next/og'

import { loadOgAssets } from '@/lib/seo/og-assets'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'
import { site } from '@/lib/site'

// The site's palette (app/globals.css); satori takes inline styles only, not Tailwind classes.
const ink = '#14161a'
const muted = '#4b5260'
const accent = '#0b6b62'

/** Long titles step down so that three lines at most fill the card without clipping. */
function titleSize(title: string): number {
  if (title.length <= 36) return 84
  if (title.length <= 64) return 70
  return 56
}

type Card = { kicker: string; title: string }

function OgCard({ kicker, title, logo }: Card & { logo: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px 60px',
        background: '#ffffff',
        color: ink,
        fontFamily: 'Inter',
        borderTop: `16px solid ${accent}`,
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 28,
          fontWeight: 700,
          color: accent,
          letterSpacing: 2,
          textTransform: 'uppercase',
        }}
      >
        {kicker}
      </div>
      <div
        style={{
          display: 'block',
          fontSize: titleSize(title),
          fontWeight: 700,
          lineHeight: 1.12,
          letterSpacing: -1.5,
          lineClamp: 3,
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 500 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
        <img src={logo} width={64} height={64} alt="" style={{ borderRadius: 14 }} />
        <span style={{ marginLeft: 24, fontWeight: 700 }}>{site.publisher}</span>
        <span style={{ marginLeft: 14, color: muted }}>· {site.libraryName}</span>
      </div>
    </div>
  )
}

/** A page's 1200×630 share card: what it is (kicker), its title, and whose library it is from. */
export async function renderOgCard(card: Card): Promise<ImageResponse> {
  const { fonts, logo } = await loadOgAssets()
  return new ImageResponse(<OgCard {...card} logo={logo} />, { ...OG_IMAGE_SIZE, fonts })
}
