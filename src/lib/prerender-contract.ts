/**
 * What the prerendered pages and the code around them agree on. Free of imports: the build's
 * config (scripts/prerender.ts) and the server (scripts/static-server.ts) read it too.
 *
 * The prerendered HTML shows each page unfiltered, in the full view or (its public-safe copy) the
 * public-safe view. A link that asks for another view (`/?org=mofcom&safe=1`) or a path the HTML was not rendered for
 * must not show that HTML for even a frame: above all, a page whose URL asks for the public-safe
 * view must never paint the sensitive text the full view holds. This script runs in the <head>,
 * before the body is parsed, and marks such a page stale; the stylesheet hides a stale page's
 * #root (`visibility: hidden` keeps its layout: nothing shifts), and boot.tsx renders it afresh.
 *
 * Plain ES5 with no dependencies: it must run before any module. The server's
 * Content-Security-Policy allows exactly this text by its hash (scripts/static-server.ts).
 */

/**
 * The <meta name> carrying what a page was prerendered for: its path, and `?safe=1` for the
 * public-safe copy; `*` on the not-found page, which is served for any path.
 */
export const PRERENDERED_VIEW_META = 'ipr-prerendered-view'
/** Set on <html> once the app has taken the page over: the controls respond from then on. */
export const INTERACTIVE_ATTRIBUTE = 'data-interactive'
/** Set on <html> when the prerendered HTML does not show what the URL asks for. */
export const STALE_ATTRIBUTE = 'data-prerender-stale'

export const PRERENDER_GUARD = `(function(){var m=document.querySelector('meta[name="${PRERENDERED_VIEW_META}"]');if(!m)return;var q=location.search.slice(1).split('&').filter(function(s){return s!==''&&s.slice(0,4)!=='utm_'}).join('&');var here=(location.pathname.replace(/\\/+$/,'')||'/')+(q?'?'+q:'');if(m.content==='*'?q!=='':m.content!==here)document.documentElement.setAttribute('${STALE_ATTRIBUTE}','')})()`

/** Every page is prerendered twice: as it is, and in the public-safe view, which the server sends for `?safe=1` (scripts/static-server.ts). */
export const PUBLIC_SAFE_SEARCH = '?safe=1'
/** The public-safe copy's file name, beside the page's index.html. */
export const PUBLIC_SAFE_PAGE = 'public-safe.html'
/** The not-found page's file, and the view its meta names: it is served for any path. */
export const NOT_FOUND_PAGE = '404.html'
export const NOT_FOUND_VIEW = '*'

/** The view this page was prerendered for (its meta), or null for a page without prerendered HTML. Read once: it never changes. */
let renderedView: string | null | undefined
export function prerenderedView(): string | null {
  renderedView ??= document.querySelector<HTMLMetaElement>(`meta[name="${PRERENDERED_VIEW_META}"]`)?.content ?? null
  return renderedView
}

/** Whether this page shows its prerendered HTML: it has some, and the guard did not hide it for asking another view. */
export function prerenderOnScreen(): boolean {
  return document.getElementById('root')?.firstElementChild != null && !document.documentElement.hasAttribute(STALE_ATTRIBUTE)
}

/** The element of a prerendered page listing what the entry script preloads once the page has painted (src/main.tsx). */
export const DEFERRED_PRELOADS_ID = 'ipr-preloads'
export interface DeferredPreloads {
  /** The app's code: the start, the page's chunk and what they import. */
  modules: string[]
  /** The API files the page renders from. */
  fetches: string[]
  /** The validators' code (zod and the schemas): needed at start only where the browser cannot hash the data it receives (crypto.subtle). */
  validators: string[]
}

/**
 * The element of a prerendered page listing each API file the build checked against the contract:
 * by path (under the app's base), the resource it was checked as and the SHA-256 (hex) of its bytes.
 * Written by scripts/prerender.ts (src/contract/build-check.ts checks), read by src/lib/api-client.ts.
 */
export const CHECKED_API_ID = 'ipr-checked-api'
export type CheckedApiFiles = Record<string, { resource: string; sha256: string }>

/**
 * The list as last read, by its element: parsed once, not once per request. Not its text either: at
 * 10,000 issues the list is about 15 kB, and each read of textContent copied it anew, for each of the
 * 138 requests of a load. The build writes the element once; a new one (a test's) is read afresh.
 */
let checkedFiles: { element: Element; files: CheckedApiFiles | null } | undefined

/** The fingerprint the build gave the file at `path` when it checked it as `resource`, if this page lists one. */
export function checkedApiDigest(path: string, resource: string): string | undefined {
  const element = typeof document === 'undefined' ? null : document.getElementById(CHECKED_API_ID)
  if (!element) return undefined
  if (checkedFiles?.element !== element) {
    let files: CheckedApiFiles | null = null
    try {
      files = JSON.parse(element.textContent) as CheckedApiFiles
    } catch {
      // A damaged list (or an empty one) vouches for nothing: every file is checked.
    }
    checkedFiles = { element, files }
  }
  const listed = checkedFiles.files?.[path]
  return listed?.resource === resource && typeof listed.sha256 === 'string' ? listed.sha256 : undefined
}
