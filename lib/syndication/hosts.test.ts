import { describe, expect, it } from 'vitest'

import { syndicationLabel } from './hosts'

describe('syndicationLabel', () => {
  it('names the platforms the publisher note mentions, and any other site by its host', () => {
    expect(syndicationLabel('https://dev.to/moddercoder/a-post')).toBe('Dev.to')
    expect(syndicationLabel('https://medium.com/@moddercoder/a-post-1a2b')).toBe('Medium')
    expect(syndicationLabel('https://moddercoder.medium.com/a-post')).toBe('Medium')
    expect(syndicationLabel('https://moddercoder.hashnode.dev/a-post')).toBe('Hashnode')
    expect(syndicationLabel('https://www.linkedin.com/pulse/a-post')).toBe('LinkedIn')
    expect(syndicationLabel('https://www.example.org/notes/a-post')).toBe('example.org')
    expect(syndicationLabel('https://notdev.to/a-post')).toBe('notdev.to')
  })
})
