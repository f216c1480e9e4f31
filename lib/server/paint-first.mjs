// @ts-check

// React writes each of Next's startup chunks as exactly this tag (its bootstrap scripts), in the
// <head> for the framework and at the end of the <body> for the runtime. Nothing else is matched:
// inline scripts, JSON-LD, `noModule` polyfills and any script of another form stay as they are.
const STARTUP_SCRIPT = /<script src="(\/_next\/static\/[\w./~-]+\.js)" async=""><\/script>/g

/**
 * Lets a page paint before its JavaScript runs. The HTML is complete (server-rendered; links and
 * forms work without scripts), but an `async` script runs the moment it arrives, and on a fast
 * network Next's startup chunks arrive while the parser is still busy: the browser evaluates
 * ~130 KB of framework code and starts hydrating before it shows the first frame.
 *
 * The startup chunks' tags are replaced by one small inline script, where the first of them was,
 * that adds the same scripts (same order, still async) once the whole document is parsed and the
 * frame after that is painted: at DOMContentLoaded, in a requestAnimationFrame callback's next
 * task. Not at the first frame: the browser may paint a first slice of a long page (the header)
 * before it has parsed the rest, and scripts that started then could run before the frame that
 * shows the article's text. A page that is hidden while it loads (a background tab, a prerender)
 * paints no frame, so there the scripts also start at the window's load event.
 * Runs before the inline scripts are hashed for the Content-Security-Policy, which then allows
 * this loader like any other inline script of the page.
 * @param {string} html a whole page as Next rendered it
 * @returns {string} the page with its startup chunks loaded after the first paint
 */
export function loadScriptsAfterFirstPaint(html) {
  /** @type {string[]} */
  const sources = []
  let first = -1
  const rest = html.replace(STARTUP_SCRIPT, (_tag, source, offset) => {
    if (first < 0) first = offset
    sources.push(source)
    return ''
  })
  if (sources.length === 0) return html
  return rest.slice(0, first) + `<script>${loader(sources)}</script>` + rest.slice(first)
}

/**
 * @param {string[]} sources same-origin paths, matched by STARTUP_SCRIPT (no quotes or `<`)
 * @returns {string}
 */
function loader(sources) {
  return (
    `(function(s,d){var t=0;function go(){if(t)return;t=1;s.forEach(function(u){` +
    `var e=d.createElement("script");e.src=u;e.async=true;d.head.appendChild(e)})}` +
    `d.addEventListener("DOMContentLoaded",function(){` +
    `requestAnimationFrame(function(){setTimeout(go,0)})});` +
    `if(d.visibilityState!=="visible")addEventListener("load",go)})` +
    `(${JSON.stringify(sources)},document)`
  )
}
