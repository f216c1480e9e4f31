/**
 * The description `new:article` writes. It passes the schema (so a fresh draft checks clean) and
 * the content check flags it until someone replaces it.
 */
export const PLACEHOLDER_DESCRIPTION =
  'REPLACE ME with one or two sentences on what the reader will learn (50 to 160 characters).'
