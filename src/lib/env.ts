/**
 * The build's environment. Its values are fixed when the app is built, so they are checked then: the
 * build and the dev server refuse to start with a wrong one (checkedEnv in scripts/vite-plugins.ts),
 * with a message naming the variable, instead of shipping a page whose requests fail in puzzling ways.
 * The page checks only what it alone knows: that the API is on its own origin.
 */

export interface AppEnv {
  /** Where the API lives, without a trailing slash: VITE_API_BASE_URL, else the app's own origin and base path. */
  apiBaseUrl: string
  /** The path the app is served under (Vite's BASE_URL): "/" or "/dashboard/". */
  baseUrl: string
  /** The Vite dev server: the API may be mocked by MSW, and may live on another origin. */
  dev: boolean
  /** VITE_API_BASE_URL was set: a real API, never the mock. */
  apiConfigured: boolean
}

const BASE_PATH = 'must be a path that starts and ends with "/", such as "/" or "/dashboard/"'
const HTTP_URL = 'must be an absolute http(s) URL, such as "https://example.org/dashboard"'
const BOOLEAN = 'must be true or false'

/**
 * Written out in full (`https://host/path`) and as it will be used: the app joins paths to the text as
 * it is, so `https:example.org`, spaces, a query, a fragment or credentials (which parse as a URL) would
 * send its requests somewhere else, or nowhere.
 */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/i.test(value)) return false
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * What is wrong with each variable, by name. Plain checks, no schema library: this runs before the
 * first render, and zod (about 9 kB gzip) would load before it for three checks.
 */
function envProblems(input: Readonly<Record<string, unknown>>): [name: string, problem: string][] {
  const { BASE_URL: base, VITE_API_BASE_URL: api, DEV: dev } = input
  const problems: [string, string][] = []
  if (typeof base !== 'string' || !/^\/(?:.*\/)?$/.test(base)) problems.push(['BASE_URL', BASE_PATH])
  if (api !== undefined && (typeof api !== 'string' || !isHttpUrl(api))) problems.push(['VITE_API_BASE_URL', HTTP_URL])
  if (dev !== undefined && typeof dev !== 'boolean') problems.push(['DEV', BOOLEAN])
  return problems
}

export class EnvError extends Error {
  override readonly name = 'EnvError'
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value))

/**
 * Checks the environment (`import.meta.env`) against what the app needs, for a page served at
 * `pageOrigin`. Pure, so it is tested with plain values. An empty VITE_API_BASE_URL counts as unset.
 * With no page origin (the build's prerender, which has no window) the API's base is the app's path alone.
 */
export function parseEnv(raw: Readonly<Record<string, unknown>>, pageOrigin: string | null): AppEnv {
  const input: Readonly<Record<string, unknown>> = { ...raw, VITE_API_BASE_URL: apiSetting(raw.VITE_API_BASE_URL) }
  const problems = envProblems(input)
  if (problems.length) {
    const named = problems.map(([name, problem]) => `${name} ${problem} (it is ${shown(input[name])})`)
    throw new EnvError(`The app's build settings are wrong: ${named.join('; ')}.`)
  }
  // envProblems found none, so the variables have these types.
  const checked = input as CheckedEnv
  checkApiOrigin(checked.VITE_API_BASE_URL, checked.DEV ?? false, pageOrigin)
  return resolveEnv(checked, pageOrigin)
}

/** The variables' types once envProblems finds none, as the build has checked them. */
type CheckedEnv = { BASE_URL: string; VITE_API_BASE_URL?: string; DEV?: boolean }

/** An empty VITE_API_BASE_URL counts as unset. */
const apiSetting = (value: unknown) => (value === '' ? undefined : value)

/**
 * All that is left to check of checked variables: the API's origin against the page's. The app makes no
 * request off its own origin (a closed network; the server's CSP says connect-src 'self'). Only the dev
 * server, which sends no such policy, may talk to an API elsewhere.
 */
function checkApiOrigin(configured: string | undefined, dev: boolean, pageOrigin: string | null) {
  if (configured && !dev && pageOrigin !== null && new URL(configured).origin !== pageOrigin) {
    throw new EnvError(
      `The app's build settings are wrong: VITE_API_BASE_URL (${shown(configured)}) is on another origin than the app (${pageOrigin}); the app makes no request off its own origin, so serve the API from ${pageOrigin} or leave VITE_API_BASE_URL unset.`,
    )
  }
}

/** The app's environment from checked variables whose API origin is checked too. */
function resolveEnv({ BASE_URL: baseUrl, VITE_API_BASE_URL: configured, DEV: dev = false }: CheckedEnv, pageOrigin: string | null): AppEnv {
  const apiBaseUrl = (configured ?? (pageOrigin === null ? baseUrl : new URL(baseUrl, pageOrigin).href)).replace(/\/+$/, '')
  return { apiBaseUrl, baseUrl, dev, apiConfigured: configured !== undefined }
}

let current: AppEnv | undefined

/**
 * This page's environment, read on first use (boot.tsx asks first, so an API on another origin stops the
 * app at start-up). Its variables were checked when the app was built: checking them again here would put
 * about 0.3 kB gzip of checks and messages in every first load.
 */
export function appEnv(): AppEnv {
  if (current) return current
  const pageOrigin = typeof window === 'undefined' ? null : window.location.origin
  // Each variable read on its own, so the build writes its value in place (import.meta.env whole is an object of them all).
  const configured = apiSetting(import.meta.env.VITE_API_BASE_URL) as string | undefined
  // A build given no API address has no check (and no message) to ship: the condition is written out false.
  if (import.meta.env.VITE_API_BASE_URL) checkApiOrigin(configured, import.meta.env.DEV, pageOrigin)
  current = resolveEnv({ BASE_URL: import.meta.env.BASE_URL, VITE_API_BASE_URL: configured, DEV: import.meta.env.DEV }, pageOrigin)
  return current
}
