import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect, test, type Page } from '@playwright/test';
import { expectNoViolationsInBothSchemes } from './axe';
import { CACHES, SAVED_AT_HEADER } from '@/lib/offline/policy';
import { savedCopyNotice, savedDate } from '@/lib/offline/saved-page';
import { normalize, runs, runTerms } from '@/lib/search/tokenize';
import { shardOfTerm } from '@/lib/search/engine/index-files';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { locateChromium } from '@/lib/dev/chromium';
import { createSiteServer } from '@/lib/server/static-server';
import { islandsStarted, resultTitles } from './page-ready';
import { sameInEveryWindow } from './projects';
import { builtCatalog, samplePages } from '@/lib/eval/sample-pages';

const site = builtCatalog();
const sample = samplePages(site);
const question = questionPath(sample.full.slug);

const notice = (page: Page) => page.getByRole('note').filter({ hasText: '离线浏览：' });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** What a reader of this page today should read on its saved copy. */
const todaysNotice = () => savedCopyNotice(new Date());

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
}

/** Waits until the worker holds a saved copy of `pathname`. */
async function saved(page: Page, pathname: string) {
  await expect
    .poll(() => page.evaluate(([p, name]) => caches.match(new URL(p, location.origin).href, { cacheName: name }).then(Boolean), [pathname, CACHES.pages] as const), {
      timeout: 15_000,
    })
    .toBe(true);
}

async function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return all;
  });
}

async function openOnce(page: Page, pathname: string) {
  await page.goto(pathname);
  await controlled(page);
  await saved(page, pathname);
}

test.describe('reading offline', () => {
  test('a question page opened once reads offline: saved-copy notice, styles, 长辈模式', async ({ page, context }) => {
    await openOnce(page, question);
    await expect(notice(page)).toHaveCount(0);

    await context.setOffline(true);
    await page.reload();
    await expect(h1(page)).toHaveText(sample.full.question);
    await expect(notice(page)).toHaveText(todaysNotice());
    // Styled: the stylesheet came from the worker too.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    // The islands run: 长辈模式 switches on and the text grows.
    await islandsStarted(page);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('button', { name: '长辈模式' }).click();
    await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(before);

    // Back online: the network's copy again, without the notice, and saved anew.
    const savedAt = () =>
      page.evaluate(([p, name, header]) => caches.match(new URL(p, location.origin).href, { cacheName: name }).then((r) => r?.headers.get(header)), [question, CACHES.pages, SAVED_AT_HEADER] as const);
    const offlineStamp = await savedAt();
    await context.setOffline(false);
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect(h1(page)).toHaveText(sample.full.question);
    await expect(notice(page)).toHaveCount(0);
    await expect.poll(savedAt).not.toBe(offlineStamp);
  });

  test('a page never opened shows the offline page, listing what is saved with its date', async ({ page, context }) => {
    await openOnce(page, question);
    await context.setOffline(true);
    await page.goto(regionPath(sample.region.slug));
    await expect(h1(page)).toHaveText('离线阅读');
    const savedList = page.getByRole('region', { name: '这台设备上保存的内容' });
    const link = savedList.getByRole('link', { name: sample.full.question });
    await expect(link).toBeVisible();
    await expect(savedList.getByRole('listitem').filter({ hasText: sample.full.question })).toContainText(`${savedDate(new Date())}保存`);
    await expect(page.getByRole('region', { name: '按主题查找' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('link', { name: '12393' })).toHaveAttribute('href', 'tel:12393');
    // The list leads back to the saved page.
    await link.click();
    await expect(h1(page)).toHaveText(sample.full.question);
    await expect(notice(page)).toBeVisible();
  });

  test('「保存以便离线阅读」 saves the page and the excerpts it lists', async ({ page, context }) => {
    const withExcerpts = site.articles().find((a) => a.kind === 'full' && site.related(a).some((r) => r.kind === 'excerpt'));
    test.skip(!withExcerpts, 'the built site has no full answer listing an excerpt');
    const excerpt = site.related(withExcerpts!).find((r) => r.kind === 'excerpt')!;
    await page.goto(questionPath(withExcerpts!.slug));
    await controlled(page);
    const button = page.getByRole('button', { name: '保存以便离线阅读' });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText('没有网络时也能阅读');
    await context.setOffline(true);
    await page.goto(questionPath(excerpt.slug));
    await expect(h1(page)).toHaveText(excerpt.question);
    await expect(notice(page)).toHaveText(todaysNotice());
  });

  test.describe(() => {
    sameInEveryWindow();
    test('search offline: terms whose index parts were loaded still find answers, others say so', async ({ page, context }) => {
      const meta = JSON.parse(readFileSync(path.join('out', 'search', 'meta.json'), 'utf8')) as { shardCount: number; trad: Record<string, string>; sounds: Record<string, string> };
      const shardOf = shardOfTerm(meta.sounds, meta.shardCount);
      const shardsOf = (query: string) => new Set(runs(normalize(query, meta.trad)).flatMap((run) => runTerms(run).map(shardOf)));
      const loaded = '异地就医';
      // A term of the site whose index parts share nothing with the first search.
      const other = site
        .topics()
        .map((t) => t.name)
        .find((name) => ![...shardsOf(name)].some((s) => shardsOf(loaded).has(s)));
      test.skip(!other, 'every topic name shares an index part with the first term');

      await page.goto(`/search/?q=${encodeURIComponent(loaded)}`);
      await controlled(page);
      // Searched once under the worker, so the index parts pass through it.
      await page.reload();
      const found = await resultTitles(page);
      expect(found.length).toBeGreaterThan(0);

      await context.setOffline(true);
      await page.reload();
      expect(await resultTitles(page)).toEqual(found);
      const box = page.getByRole('main').getByRole('searchbox', { name: '搜索问题' });
      await box.fill(other!);
      await box.press('Enter');
      await expect(page.getByText('离线时只能搜索已加载的内容').first()).toBeVisible();
    });
  });

  test.describe(() => {
    sameInEveryWindow();
    test('pages saved more than 30 days ago are not served or listed', async ({ page, context }) => {
      await openOnce(page, question);
      const old = topicPath(sample.topic.slug);
      // A copy saved 31 days ago, as the worker would have stamped it.
      await page.evaluate(
        async ([p, name, header]) => {
          const at = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
          const cache = await caches.open(name);
          await cache.put(
            new URL(p, location.origin).href,
            new Response('<!DOCTYPE html><html><head><title>旧的副本 · 医保问答</title></head><body><main><h1>旧的副本</h1></main></body></html>', {
              headers: { 'content-type': 'text/html; charset=utf-8', date: at.toUTCString(), [header]: at.toISOString(), 'X-Saved-Title': encodeURIComponent('旧的副本') },
            }),
          );
        },
        [old, CACHES.pages, SAVED_AT_HEADER] as const,
      );
      await context.setOffline(true);
      await page.goto(old);
      await expect(h1(page)).toHaveText('离线阅读');
      await expect(page.getByRole('link', { name: '旧的副本' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: sample.full.question })).toBeVisible();
    });
  });

  test.describe(() => {
    sameInEveryWindow();
    test('「清除离线内容」 in the footer empties the offline caches', async ({ page }) => {
      await openOnce(page, question);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('button', { name: '清除离线内容' }).click();
      await expect(footer.getByRole('status')).toHaveText(/已清除这台设备上保存的 \d+ 个页面/);
      const left = await cacheContents(page);
      expect(Object.entries(left).filter(([name, urls]) => name !== CACHES.settings && urls.length > 0)).toEqual([]);
    });
  });
});

test.describe('polite and installable', () => {
  // The worker's install, the manifest and the moment of registering: the same in every window.
  sameInEveryWindow();
  test('the install precaches only the shell, within 100 KB gzip', async ({ page }) => {
    await openOnce(page, question);
    const precache = (await cacheContents(page))[CACHES.precache] ?? [];
    expect(precache.sort()).toEqual(expect.arrayContaining(['/index.html', '/offline/index.html']));
    expect(precache.every((p) => p.endsWith('.html') || p.endsWith('.css') || p.startsWith('/islands/main-'))).toBe(true);
    const bytes = precache.reduce((sum, p) => sum + gzipSync(readFileSync(path.join('out', p.slice(1)))).length, 0);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  test('on a link to results, the worker and the manifest wait until the results are painted', async ({ page }) => {
    // Counts the results on the page at the moment the island registers the worker.
    await page.addInitScript(() => {
      const container = ServiceWorkerContainer.prototype;
      const register = container.register;
      container.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
        const seen = document.querySelectorAll('[data-search-results] > li').length;
        const manifest = document.querySelector('link[rel="manifest"]') !== null;
        Object.assign(window, { atRegister: { seen, manifest } });
        return register.apply(this, args);
      };
    });
    await page.goto(`/search/?q=${encodeURIComponent('生育津贴')}`);
    await controlled(page);
    const results = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    const shown = await results.count();
    expect(shown).toBeGreaterThan(3);
    // Every result was on the page, and the manifest not yet linked: that waits for the worker to be active.
    expect(await page.evaluate(() => (window as unknown as { atRegister?: unknown }).atRegister)).toEqual({ seen: shown, manifest: false });
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  });

  test('a connection that sends Save-Data gets nothing precached, and the page it opened still saved', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'Save-Data': 'on' } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(question);
    expect(await page.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
    await controlled(page);
    await saved(page, question);
    const caches = await cacheContents(page);
    expect(caches[CACHES.precache] ?? []).toEqual([]);
    expect(requested.filter((p) => p === '/index.html' || p.startsWith('/offline/'))).toEqual([]);
    await context.close();
  });

  test('the manifest is installable: Chinese names, 192 and 512 px icons with a maskable one, standalone', async ({ page, request, baseURL }) => {
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('医保问答');
    expect(manifest.short_name).toMatch(/\p{Script=Han}/u);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'));
      expect(icon, `${size} px icon`).toBeTruthy();
      expect(pngSize(await (await request.get(icon!.src)).body())).toEqual([size, size]);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    // Raster icons only: the browser's installability check, while the page loads, picks an SVG icon of size "any"
    // first and builds it as a document of its own on the page's thread (three frames, 12–58 ms, in Lighthouse's trace).
    expect(manifest.icons.filter((i) => i.type !== 'image/png')).toEqual([]);
    // Linked once the page is quiet, with the offline worker (lib/islands/service-worker.ts), not in the HTML: there a
    // browser checking whether the site installs fetches it and an icon while the page loads.
    expect(await (await request.get('/')).text()).not.toContain('rel="manifest"');
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    // The theme colours the page declares for light and dark, and the manifest's, agree.
    const themes = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(themes).toContain(manifest.theme_color);
    // The tab's icon is a PNG of the size it declares: an SVG favicon would be a document of its own for the page's thread.
    const favicon = page.locator('link[rel="icon"]');
    await expect(favicon).toHaveAttribute('type', 'image/png');
    const declared = (await favicon.getAttribute('sizes'))?.split('x').map(Number);
    expect(pngSize(await (await request.get((await favicon.getAttribute('href'))!)).body())).toEqual(declared);

    // Chromium's own verdict, in a profile of its own: test contexts are incognito, where nothing installs.
    const profile = mkdtempSync(path.join(tmpdir(), 'install-'));
    const installable = await chromium.launchPersistentContext(profile, { executablePath: locateChromium(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = installable.pages()[0] ?? (await installable.newPage());
      await tab.goto(new URL('/', baseURL).href);
      await controlled(tab);
      // The manifest is linked once the worker is ready, a step after it controls the page.
      await expect(tab.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
      const cdp = await installable.newCDPSession(tab);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await installable.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test('the saved copy and the offline page pass axe, light and dark', async ({ page, context }) => {
  // Two pages loaded offline and each scanned twice by axe: it gets three times the usual time.
  test.slow();
  await openOnce(page, question);
  await context.setOffline(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(question);
  await expect(notice(page)).toBeVisible();
  await expectNoViolationsInBothSchemes(page, 'saved copy');
  // The offline page is loaded in the dark scheme the first scan left, and scanned in full there.
  await page.goto(regionPath(sample.region.slug));
  await expect(page.getByRole('link', { name: sample.full.question })).toBeVisible();
  await expectNoViolationsInBothSchemes(page, 'offline page');
});

test.describe('the worker and the page policy', () => {
  sameInEveryWindow();
  test('the worker is same-origin and allowed by the page policy, with no violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await openOnce(page, question);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(policy).toMatch(/worker-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(new URL('/sw.js', page.url()).href);
    expect(violations).toEqual([]);
  });
});

type WorkerVersion = { id: string; status: string; running: string; controls: number };

/**
 * Watches the registration's workers through Chromium's ServiceWorker domain (DevTools' own record of them, so no
 * message goes to a worker to ask) and keeps a trail, in seconds since the start, of each request the server got
 * and answered, each change of a worker's state, and what the workers and the page logged.
 */
async function watchWorkers(page: Page, server: Server) {
  const trail: string[] = [];
  const history: WorkerVersion[] = [];
  const latest = new Map<string, WorkerVersion>();
  const started = performance.now();
  const mark = (line: string) => trail.push(`${((performance.now() - started) / 1000).toFixed(2)} s  ${line}`);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    mark(`server ← ${request.method} ${request.url} (${request.headers['service-worker-navigation-preload'] ? 'preload' : request.headers['sec-fetch-dest']})`);
    response.on('close', () => mark(`server → ${response.statusCode} ${request.url}${response.writableFinished ? '' : ' (closed unfinished)'}`));
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      const version = { id: v.versionId, status: v.status, running: v.runningStatus, controls: v.controlledClients?.length ?? 0 };
      const before = latest.get(version.id);
      if (before && JSON.stringify(before) === JSON.stringify(version)) continue;
      latest.set(version.id, version);
      history.push(version);
      mark(`worker ${version.id}: ${version.status}/${version.running}, controls ${version.controls}`);
    }
  });
  await cdp.send('ServiceWorker.enable');
  page.context().on('serviceworker', (worker) => worker.on('console', (message) => mark(`worker says: ${message.text()}`)));
  page.on('console', (message) => mark(`page says: ${message.text()}`));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && mark(`page at ${new URL(frame.url()).pathname}`));
  return {
    trail,
    /** The worker that is active now. */
    active: () => [...latest.values()].find((v) => v.status === 'activated'),
    /** A worker other than `oldId` is active and controls the page. */
    replaced: (oldId: string) => [...latest.values()].some((v) => v.id !== oldId && v.status === 'activated' && v.controls > 0),
    /**
     * Chromium's stall (ServiceWorkerRegistration::ActivateWaitingVersionWhenReady): a new worker that called
     * skipWaiting() activates once the active one has no work, so Chromium asks the active one to stop as soon as
     * it is idle. If an event starts it again in that moment, the ask is gone and nothing asks again: it stops by its
     * ordinary idle timeout (30 s), which never fires while DevTools, as under Playwright, is attached. The record
     * shows it: after a new worker installed, the old one stopped and started again.
     */
    stalled: (oldId: string) => {
      const installed = history.findIndex((v) => v.id !== oldId && v.status === 'installed');
      if (installed < 0) return false;
      const old = history.slice(installed + 1).filter((v) => v.id === oldId).map((v) => v.running);
      const stopped = old.indexOf('stopped');
      return stopped >= 0 && old.indexOf('starting', stopped) >= 0;
    },
    /** Does what the idle timeout does for a reader's browser: stops a worker. */
    stop: (id: string) => cdp.send('ServiceWorker.stopWorker', { versionId: id }),
  };
}

test.describe('a new deployment', () => {
  // Workers replacing workers: the same in every window.
  sameInEveryWindow();
  test('takes over from the old worker while the reader stays on the page', async ({ page }) => {
    test.setTimeout(90_000);
    // Our own copy of the site behind our own server, so a "deployment" replaces its files as npm run build does.
    const base = mkdtempSync(path.join(tmpdir(), 'sw-deploy-'));
    const live = path.join(base, 'out');
    cpSync('out', live, { recursive: true });
    const server = createSiteServer({ root: live });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const workers = await watchWorkers(page, server);
    // Asks the page's controller which build it is: only once the registration has settled, since a message to
    // the outgoing worker while the new one takes over starts it again, which is what stalls a take-over.
    const version = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => resolve(e.data as string);
            navigator.serviceWorker.controller?.postMessage({ type: 'VERSION' }, [channel.port2]);
          }),
      );
    try {
      await page.goto(`${origin}${question}`);
      await controlled(page);
      const first = await version();
      expect(first).toMatch(/^[0-9a-f]+$/);
      // What DevTools reports of the worker may arrive after the page is controlled.
      await expect.poll(() => workers.active()?.id ?? '').not.toBe('');
      const oldId = workers.active()?.id ?? '';

      const next = path.join(base, 'out.next');
      cpSync(live, next, { recursive: true });
      /** Changes one file of the new build; its precompressed siblings go, so the server sends the change. */
      const change = (file: string, edit: (text: string) => string) => {
        const full = path.join(next, file);
        writeFileSync(full, edit(readFileSync(full, 'utf8')));
        for (const sibling of ['.gz', '.br']) rmSync(full + sibling, { force: true });
      };
      change('sw.js', (text) => text.replaceAll(JSON.stringify(first), JSON.stringify(`${first}-next`)));
      change(path.join(question.slice(1), 'index.html'), (text) => text.replace(`>${sample.full.question}</h1>`, `>${sample.full.question}（新版）</h1>`));
      renameSync(live, path.join(base, 'out.previous'));
      renameSync(next, live);

      // The very next page is the new deployment's (pages are network first) …
      await page.goto(`${origin}${question}`);
      await expect(h1(page)).toHaveText(`${sample.full.question}（新版）`);
      // … and its worker takes over that page, with no tab closed and no further page (skipWaiting, clients.claim).
      const replaced = () => expect.poll(() => workers.replaced(oldId), { timeout: 15_000 }).toBe(true).then(() => true, () => false);
      if (!(await replaced())) {
        // Only Chromium's stall may delay it (see `stalled`), and it ends when the old worker is stopped, as the
        // idle timeout does outside DevTools; anything else fails here, with the trail.
        expect(workers.stalled(oldId), 'the new worker did not take over, and not by the stall Chromium is known for').toBe(true);
        await workers.stop(oldId);
        expect(await replaced(), 'the new worker did not take over once the old one stopped').toBe(true);
      }
      expect(await version()).toBe(`${first}-next`);
      await page.goto(`${origin}/topics/`);
      expect(await version()).toBe(`${first}-next`);
      if (process.env.TRAIL) console.log(`a new deployment, trail:\n${workers.trail.join('\n')}`);
    } catch (error) {
      // What the server was asked, what each worker did and said, in order: the cause, should this fail again.
      console.log(`a new deployment, trail:\n${workers.trail.join('\n')}`);
      throw error;
    } finally {
      server.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
