import { expect, test } from './fixtures'

test('the production page loads its data from the static API and lists the venues', async ({ page }) => {
  const apiRequests: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/v1/')) apiRequests.push(url.pathname)
  })
  await page.goto('/')
  const venues = page.getByRole('region', { name: 'Venues' })
  await expect(venues.getByRole('heading', { level: 3, name: /Beijing Copyright Bureau/ })).toBeVisible()
  await expect(venues.getByRole('heading', { level: 3, name: /Chaoyang/ })).toBeVisible()
  await expect(venues.getByRole('heading', { level: 3, name: /Ministry of Education/ })).toBeVisible()
  await expect(venues.getByRole('heading', { level: 3, name: /Ministry of Commerce|MOFCOM/ })).toBeVisible()
  await expect(page.getByRole('region', { name: /The review series/ })).toContainText('07BEIJING2566')
  expect(apiRequests).toContain('/api/v1/venues.json')
})

test('a deep link to an unknown page shows a way back instead of a crash', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the dashboard' }).click()
  await expect(page.getByRole('region', { name: 'Venues' })).toBeVisible()
})

test('no request leaves the app origin', async ({ page, baseURL }) => {
  const offOrigin: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url)
  })
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Venues' }).getByRole('listitem').first()).toBeVisible()
  expect(offOrigin).toEqual([])
})
