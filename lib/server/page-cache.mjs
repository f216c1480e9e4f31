// @ts-check

/**
 * @typedef {object} CachedPage
 * @property {Buffer} body the body to send, as prepared from the one the handler wrote
 * @property {string} policy the Content-Security-Policy for this exact body
 * @property {Map<string, Promise<Buffer>>} encoded compressed copies, by encoding, made on demand
 */

/**
 * A least-recently-used map from a page body's digest to what the wrapper derives from it, so a
 * static page is prepared, hashed and compressed once, not on every request. Bounded by the bytes
 * of the bodies and compressed copies it holds (plus a small allowance per entry).
 * @param {{ maxBytes?: number }} [options]
 */
export function createPageCache({ maxBytes = 64 * 1024 * 1024 } = {}) {
  /** @type {Map<string, { page: CachedPage, bytes: number }>} */
  const entries = new Map()
  let total = 0

  /** @param {string} key */
  function get(key) {
    const entry = entries.get(key)
    if (!entry) return undefined
    entries.delete(key)
    entries.set(key, entry)
    return entry.page
  }

  /** @param {string} key @param {CachedPage} page */
  function set(key, page) {
    const bytes = 512 + page.policy.length + page.body.length
    entries.set(key, { page, bytes })
    total += bytes
    evict()
  }

  /** @param {string} key @param {number} bytes */
  function account(key, bytes) {
    const entry = entries.get(key)
    if (!entry) return
    entry.bytes += bytes
    total += bytes
    evict()
  }

  function evict() {
    for (const [key, entry] of entries) {
      if (total <= maxBytes || entries.size <= 1) break
      entries.delete(key)
      total -= entry.bytes
    }
  }

  return { get, set, account, size: () => entries.size, bytes: () => total }
}

/** @typedef {ReturnType<typeof createPageCache>} PageCache */
