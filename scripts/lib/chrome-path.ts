import { existsSync } from 'node:fs'

/** The system Chromium where there is one (CI, this machine); otherwise chrome-launcher's own search. */
export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((path): path is string => Boolean(path && existsSync(path)))
}
