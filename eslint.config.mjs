import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-clock/**',
      '.contentlayer/**',
      '.data/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      'bench/.work/**',
      'next-env.d.ts',
    ],
  },
]

export default config
