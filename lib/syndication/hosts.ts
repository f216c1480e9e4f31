const KNOWN_HOSTS: { label: string; domains: string[] }[] = [
  { label: 'Dev.to', domains: ['dev.to'] },
  { label: 'Medium', domains: ['medium.com'] },
  { label: 'Hashnode', domains: ['hashnode.com', 'hashnode.dev'] },
  { label: 'LinkedIn', domains: ['linkedin.com'] },
]

function isOnDomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`)
}

/** How a copy's site is named in "Also published on": the platform's name, else its hostname. */
export function syndicationLabel(url: string): string {
  const hostname = new URL(url).hostname.replace(/^www\./, '')
  const known = KNOWN_HOSTS.find((host) => host.domains.some((d) => isOnDomain(hostname, d)))
  return known?.label ?? hostname
}
