import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('./', import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      { find: 'contentlayer/generated', replacement: `${root}.contentlayer/generated` },
      // `server-only` throws outside a React Server bundle; unit tests run lib/ directly on the server.
      { find: 'server-only', replacement: `${root}lib/testing/empty-module.ts` },
    ],
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
