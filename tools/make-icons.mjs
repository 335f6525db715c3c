// Draws DanVan's Teams icons (manifest/color.png 192x192, manifest/outline.png 32x32) from SVG with headless
// Chromium, so they are crisp and anti-aliased without an image editor. Run once after changing the drawing:
//   node tools/make-icons.mjs     (needs tools/node_modules and /usr/bin/chromium)
// The PNGs are committed; tools/checks/manifest.test.mjs checks their size and colours.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { repoRoot } from './checks/paths.mjs';
import { launchOptions } from './e2e/browser.mjs';

// A speech bubble (dân vận: talking with the people) holding a rice sprout (agriculture), on the department's green.
const sprout = (stroke) => `
  <path d="M96 128 V84" stroke="${stroke}" stroke-width="7" stroke-linecap="round" fill="none"/>
  <path d="M96 96 C96 74 80 64 62 64 C62 84 76 96 96 96 Z" fill="${stroke}"/>
  <path d="M96 86 C96 62 112 50 132 50 C132 72 116 86 96 86 Z" fill="${stroke}"/>`;
const bubble = 'M52 40 H140 A22 22 0 0 1 162 62 V122 A22 22 0 0 1 140 144 H92 L64 166 V144 H52 A22 22 0 0 1 30 122 V62 A22 22 0 0 1 52 40 Z';

const color = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" rx="0" fill="#1B5E20"/>
  <path d="${bubble}" fill="#FFFFFF"/>
  ${sprout('#2E7D32')}
  <circle cx="148" cy="40" r="16" fill="#FBC02D"/>
</svg>`;

// Teams draws the outline icon in white on its own coloured bar: white strokes, everything else transparent.
const outline = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 192 192">
  <path d="${bubble}" fill="none" stroke="#FFFFFF" stroke-width="14" stroke-linejoin="round"/>
  ${sprout('#FFFFFF')}
</svg>`;

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  return PNG.sync.read(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
}

const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const colorPng = await render(page, color, 192);
  const outlinePng = await render(page, outline, 32);
  // Chromium blends anti-aliased edges towards black; the outline must be pure white at every opacity.
  for (let i = 0; i < outlinePng.data.length; i += 4) outlinePng.data.fill(255, i, i + 3);
  fs.writeFileSync(path.join(repoRoot, 'manifest', 'color.png'), PNG.sync.write(colorPng));
  fs.writeFileSync(path.join(repoRoot, 'manifest', 'outline.png'), PNG.sync.write(outlinePng));
  console.log('wrote manifest/color.png (192x192) and manifest/outline.png (32x32)');
} finally {
  await browser.close();
}
