import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
  site.write('public/images/diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>')
  site.write('public/images/team photo.png', 'png')
})
afterEach(() => site.dispose())

const imageProblems = (body: string) => {
  site.write('content/articles/x.mdx', article({}, body))
  return site.check().map((problem) => `${problem.line}: ${problem.message}`)
}

describe('image rule', () => {
  it('passes images that exist under public/ and have alt text', () => {
    const body = [
      '![A three-tier diagram](/images/diagram.svg "Tiers")',
      '![The team](</images/team photo.png>) ![Encoded](/images/team%20photo.png?v=2)',
      '<Image src="/images/diagram.svg" alt="A diagram" width={640} height={480} />',
      '<img src="https://example.com/remote.png" alt="Remote images are not looked up" />',
      '<Image src={imported} alt={caption} />',
    ].join('\n\n')
    expect(imageProblems(body)).toEqual([])
  })

  it('reports site-rooted images missing from public/', () => {
    expect(
      imageProblems('![Old diagram](/images/old.svg)\n\n<img src="/img/x.png" alt="X" />\n'),
    ).toEqual([
      '8: image /images/old.svg not found: expected public/images/old.svg',
      '10: image /img/x.png not found: expected public/img/x.png',
    ])
  })

  it('reports images without alt text, markdown and JSX', () => {
    const body = [
      '![](/images/diagram.svg)',
      '',
      '<Image',
      '  src="/images/diagram.svg"',
      '  alt=""',
      '/>',
      '',
      '<img src="/images/diagram.svg" />',
    ].join('\n')
    expect(imageProblems(body)).toEqual([
      '8: image /images/diagram.svg has no alt text: describe what it shows',
      '11: image /images/diagram.svg has no alt text: describe what it shows',
      '15: image /images/diagram.svg has no alt text: describe what it shows',
    ])
  })

  it('does not let an image path climb out of public/', () => {
    site.write('secret.png', 'x')
    expect(imageProblems('![Secret](/../secret.png)\n')).toEqual([
      '8: image /../secret.png not found: expected public/../secret.png',
    ])
  })
})
