// How DanVan's tools start Chromium: Debian's /usr/bin/chromium (test.sh installs it when missing; Playwright's
// own browser downloads are never used), headless, quiet, in a fresh profile that Playwright creates and deletes.
import fs from 'node:fs';

export const CHROMIUM = process.env.DANVAN_CHROMIUM || '/usr/bin/chromium';

export function launchOptions() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); ./test.sh does so itself`);
  }
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--lang=vi-VN'],
  };
}
