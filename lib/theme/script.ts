/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme'

export type Theme = 'light' | 'dark'

/**
 * Runs in <head> before anything paints: the stored choice, else the system's preference, as
 * `data-theme` on <html>. Blocking and tiny on purpose, so no page ever flashes the wrong theme.
 * Storage can throw (disabled cookies); the system preference then decides.
 */
export const themeScript = `(function(){var d=document.documentElement,t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.dataset.theme=t})()`
