import type { Article } from '@/lib/content'
import { linkedinPost } from '@/lib/syndication/linkedin'
import { devtoFileName, devtoPath, markdownPath, MEDIUM_IMPORT_URL } from '@/lib/syndication/paths'

import { CopyField } from './copy-field'

const linkClass = 'text-accent underline underline-offset-4'
const headingClass = 'mt-6 font-semibold'

/** What each platform needs, in the words of its own editor. */
export function RepublishPlatforms({ article }: { article: Article }) {
  return (
    <>
      <h3 className={headingClass}>Dev.to</h3>
      <p className="mt-1">
        <a
          href={devtoPath(article.slug)}
          download={devtoFileName(article.slug)}
          className={linkClass}
        >
          Download the Dev.to file
        </a>{' '}
        and paste it into a new post. Its front matter keeps it a draft, sets the cover image and
        points <code>canonical_url</code> at the original.
      </p>

      <h3 className={headingClass}>Hashnode</h3>
      <p className="mt-1">
        Paste the body of the{' '}
        <a href={markdownPath(article.slug)} className={linkClass}>
          Markdown version
        </a>
        . Under &ldquo;Are you republishing?&rdquo;, give the original article URL.
      </p>
      <CopyField
        id="republish-hashnode"
        label="Original article URL for Hashnode"
        value={article.canonicalUrl}
      />

      <h3 className={headingClass}>Medium</h3>
      <p className="mt-1">
        Open{' '}
        <a href={MEDIUM_IMPORT_URL} className={linkClass}>
          Import a story
        </a>{' '}
        on Medium and give it the article&rsquo;s URL; Medium copies the story and sets its
        canonical link to the original.
      </p>
      <CopyField
        id="republish-medium"
        label="Article URL for Medium"
        value={article.canonicalUrl}
      />

      <h3 className={headingClass}>LinkedIn</h3>
      <CopyField
        id="republish-linkedin"
        label="LinkedIn post text"
        value={linkedinPost(article)}
        rows={8}
      />
    </>
  )
}
