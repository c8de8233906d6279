import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env'

const ORIGIN = 'https://dashboard.example.org'
const production = { BASE_URL: '/', DEV: false, PROD: true, MODE: 'production' }

describe('parseEnv', () => {
  it('reads the API from the app’s own origin and base path when VITE_API_BASE_URL is unset or empty', () => {
    expect(parseEnv(production, ORIGIN)).toEqual({ apiBaseUrl: ORIGIN, baseUrl: '/', dev: false, apiConfigured: false })
    expect(parseEnv({ ...production, BASE_URL: '/ipr/', VITE_API_BASE_URL: '' }, ORIGIN)).toMatchObject({ apiBaseUrl: `${ORIGIN}/ipr`, apiConfigured: false })
  })

  it('without a page (the build’s prerender) reads the API at the app’s base path, naming no origin', () => {
    expect(parseEnv(production, null)).toMatchObject({ apiBaseUrl: '' })
    expect(parseEnv({ ...production, BASE_URL: '/ipr/' }, null)).toMatchObject({ apiBaseUrl: '/ipr' })
  })

  it('takes a VITE_API_BASE_URL on the app’s origin, without its trailing slash', () => {
    expect(parseEnv({ ...production, VITE_API_BASE_URL: `${ORIGIN}/mirror/` }, ORIGIN)).toMatchObject({ apiBaseUrl: `${ORIGIN}/mirror`, apiConfigured: true })
  })

  it.each(['/api', 'example.org/api', 'ftp://example.org/api', 'javascript:alert(1)', 'https//example.org', 'https:example.org', 'https:///api', ' https://example.org/api', 'https://example.org/api ', 'https://example.org/api?x=1', 'https://example.org/api#x', 'https://user:pass@example.org/api'])(
    'refuses VITE_API_BASE_URL=%s, naming the variable and the value',
    (value) => {
      const parse = () => parseEnv({ ...production, VITE_API_BASE_URL: value }, ORIGIN)
      expect(parse).toThrow(EnvError)
      expect(parse).toThrow(`VITE_API_BASE_URL must be an absolute http(s) URL, such as "https://example.org/dashboard" (it is "${value}")`)
    },
  )

  it('refuses an API on another origin in a build, since the app makes no request off its own origin', () => {
    expect(() => parseEnv({ ...production, VITE_API_BASE_URL: 'https://api.example.com' }, ORIGIN)).toThrow(
      /VITE_API_BASE_URL \("https:\/\/api\.example\.com"\) is on another origin than the app \(https:\/\/dashboard\.example\.org\)/,
    )
    // Another port is another origin too.
    expect(() => parseEnv({ ...production, VITE_API_BASE_URL: `${ORIGIN}:8443` }, ORIGIN)).toThrow(/another origin/)
  })

  it('lets the dev server talk to an API elsewhere', () => {
    expect(parseEnv({ ...production, DEV: true, VITE_API_BASE_URL: 'http://localhost:8080/' }, 'http://localhost:5173')).toMatchObject({
      apiBaseUrl: 'http://localhost:8080',
      dev: true,
    })
  })

  it.each([undefined, '', 'ipr/', '/ipr', './'])('refuses BASE_URL=%s, naming the variable', (value) => {
    expect(() => parseEnv({ ...production, BASE_URL: value }, ORIGIN)).toThrow(/BASE_URL must be a path that starts and ends with "\/"/)
  })

  it('names every wrong variable at once', () => {
    expect(() => parseEnv({ BASE_URL: 'x', VITE_API_BASE_URL: 'nope' }, ORIGIN)).toThrow(/BASE_URL .*; VITE_API_BASE_URL /)
  })
})
