/**
 * Screenshots of the production build at projector, laptop and tablet sizes, for a
 * person to look at (npm run build first). Writes PNGs to screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium'
import { createStaticServer } from './static-server'

const sizes = [
  { name: 'laptop-1280x720', width: 1280, height: 720 },
  { name: 'projector-1920x1080', width: 1920, height: 1080 },
  { name: 'tablet-820x1180', width: 820, height: 1180 },
]
const paths = (process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/venues/chaoyang', '/reader/07BEIJING2566#p11'])

const server = createStaticServer(fileURLToPath(new URL('../dist', import.meta.url)))
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] })
mkdirSync('screenshots', { recursive: true })
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } })
  for (const path of paths) {
    await page.goto(base + path)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const file = `screenshots/${size.name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' })
    console.log(file)
  }
  await page.close()
}
await browser.close()
server.close()
