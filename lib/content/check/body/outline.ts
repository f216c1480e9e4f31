/** What the body rules need from an MDX body, each item with its line in the file. */
export type OutlineHeading = { level: number; text: string; line: number }

/** A link target: a markdown link or definition, or a JSX `href` given as a string. */
export type OutlineLink = { url: string; line: number }

/**
 * An image: markdown `![alt](src)` or JSX `<img>` / `<Image>`. `src` is undefined when it is a
 * JSX expression (checked by the compiler, not here); `alt` is undefined when the attribute is
 * missing, and `null` when it is an expression whose text can't be known.
 */
export type OutlineImage = { src: string | undefined; alt: string | null | undefined; line: number }

export type BodyOutline = {
  headings: OutlineHeading[]
  links: OutlineLink[]
  images: OutlineImage[]
}
