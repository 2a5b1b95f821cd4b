/**
 * The shared browser for the web tests: Debian's chromium driven by playwright-core, headless, with a
 * fresh profile and no network services. Never downloads a browser. Outside CI a machine without
 * /usr/bin/chromium skips the browser tests with a printed reason; in CI (CI set) they run and fail.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The browser the tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-free headless chromium. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests are skipped here, or undefined when they run (always in CI). */
export const browserSkipReason: string | undefined =
  existsSync(CHROMIUM) || process.env.CI ? undefined : `${CHROMIUM} not found: browser tests skipped (install Debian's chromium; in CI they fail instead)`;

if (browserSkipReason) console.warn(`\n[tests/browser] ${browserSkipReason}\n`);

/** A running browser with one page, and everything it asked of the network. */
export interface TestBrowser {
  /** The browser context (fresh --user-data-dir). */
  context: BrowserContext;
  /** A page 1280×800 at device scale 1. */
  page: Page;
  /** URLs the page requested that were neither file:, data: nor blob: nor the given local server. */
  outside: string[];
  /** Messages of uncaught page errors and console errors. */
  errors: string[];
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * Launches chromium with a fresh profile. Requests to anything but file:, data:, blob: and
 * `allowedOrigin` are aborted and recorded in `outside`, so a test can assert the page needed no
 * network.
 */
export async function launchBrowser(allowedOrigin?: string): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'wujian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const local = /^(file|data|blob):/.test(url) || (allowedOrigin !== undefined && url.startsWith(allowedOrigin));
    if (local) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    context,
    page,
    outside,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` and waits until the app says its charts are drawn (body[data-ready=true]). How long
 * that takes is measured in bench/pages.ts, never here.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 45_000 });
}
