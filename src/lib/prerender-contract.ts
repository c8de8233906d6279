/**
 * What the prerendered pages and the code around them agree on. Free of imports: the build's
 * config (scripts/prerender.ts) and the server (scripts/static-server.ts) read it too.
 *
 * The prerendered HTML shows each page as it is with no view chosen: unfiltered, the full view.
 * A link that asks for a view (`/?org=mofcom&safe=1`) or a path the HTML was not rendered for
 * must not show that HTML for even a frame: above all, a page whose URL asks for the public-safe
 * view must never paint the sensitive text the full view holds. This script runs in the <head>,
 * before the body is parsed, and marks such a page stale; the stylesheet hides a stale page's
 * #root (`visibility: hidden` keeps its layout: nothing shifts), and main.tsx renders it afresh.
 *
 * Plain ES5 with no dependencies: it must run before any module. The server's
 * Content-Security-Policy allows exactly this text by its hash (scripts/static-server.ts).
 */

/** The <meta name> carrying the path a page was prerendered for; `*` on the not-found page, served for any path. */
export const PRERENDERED_PATH_META = 'ipr-prerendered-path'
/** Set on <html> when the prerendered HTML does not show what the URL asks for. */
export const STALE_ATTRIBUTE = 'data-prerender-stale'

export const PRERENDER_GUARD = `(function(){var m=document.querySelector('meta[name="${PRERENDERED_PATH_META}"]');var p=location.pathname.replace(/\\/+$/,'')||'/';var view=location.search.slice(1).split('&').some(function(s){return s!==''&&s.slice(0,4)!=='utm_'});if(view||(m&&m.content!=='*'&&m.content!==p))document.documentElement.setAttribute('${STALE_ATTRIBUTE}','')})()`

/** The origin the prerender renders pages at: their API requests are answered from the dataset in memory, never sent. */
export const PRERENDER_ORIGIN = 'http://prerender.localhost'
