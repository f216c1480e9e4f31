import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as jsxRuntime from 'react/jsx-runtime'

import { mdxComponents } from './mdx-components'

type MdxModule = { default: React.ComponentType<{ components?: Record<string, unknown> }> }

const cache = new Map<string, MdxModule['default']>()

/**
 * Evaluates the MDX that contentlayer compiled at build time. It runs on the server while pages
 * are prerendered; the browser receives HTML only.
 */
function compile(code: string): MdxModule['default'] {
  let component = cache.get(code)
  if (!component) {
    const evaluate = new Function('React', 'ReactDOM', '_jsx_runtime', code) as (
      ...scope: unknown[]
    ) => MdxModule
    component = evaluate(React, ReactDOM, jsxRuntime).default
    cache.set(code, component)
  }
  return component
}

/** Renders compiled MDX. MDX content is a plain function of its props (no hooks), so it is called, not mounted. */
export function MdxContent({ code }: { code: string }) {
  const renderContent = compile(code) as (props: {
    components: typeof mdxComponents
  }) => React.ReactNode
  return renderContent({ components: mdxComponents })
}
