import { Launcher } from 'chrome-launcher'
import { describe, expect, it } from 'vitest'

import { chromeFlags } from './run-lighthouse.mjs'

describe('the Chromium Lighthouse measures with', () => {
  it('keeps chrome-launcher’s flags and adds the unrelated features to its one --disable-features', () => {
    const flags = chromeFlags()
    const disabled = flags.filter((flag) => flag.startsWith('--disable-features='))
    // Chromium reads only the last --disable-features switch: a second one would drop the first.
    expect(disabled).toHaveLength(1)
    const features = disabled[0]!.slice('--disable-features='.length).split(',')
    const launcherDefault = Launcher.defaultFlags().find((flag) =>
      flag.startsWith('--disable-features='),
    )!
    expect(features).toEqual(
      expect.arrayContaining([
        ...launcherDefault.slice('--disable-features='.length).split(','),
        'WebUIOmniboxPopup',
        'WebUIOmniboxAimPopup',
        'SpareRendererForSitePerProcess',
      ]),
    )
    for (const flag of Launcher.defaultFlags().filter(
      (f) => !f.startsWith('--disable-features='),
    )) {
      expect(flags).toContain(flag)
    }
    expect(flags).toEqual(
      expect.arrayContaining(['--headless=new', '--hide-scrollbars', '--no-sandbox']),
    )
  })
})
