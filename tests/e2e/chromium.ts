// Launching Debian's Chromium for the browser tests: headless, offline-minded (no background requests of its own, so
// the tests' network guards see only what the page asks for). CI must not skip browser tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
}
if (!hasChromium) console.warn(`\n*** SKIPPING browser tests: ${CHROMIUM} is missing (apt-get install -y chromium) ***\n`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Requests to any host but `serverUrl`'s (data: and blob: URLs stay in the page). */
export function foreignRequests(requested: readonly string[], serverUrl: string): string[] {
  const origin = new URL(serverUrl).host;
  return requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== origin);
}
