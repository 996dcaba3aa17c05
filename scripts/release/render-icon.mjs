#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (512×512), the icon electron-builder turns
// into each platform's format. Uses Debian's Chromium through playwright-core, like the tests.
// Run again after changing the SVG: node scripts/release/render-icon.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../../resources/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:512px;height:512px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL('../../resources/icon.png', import.meta.url).pathname,
    omitBackground: true,
  });
} finally {
  await browser.close();
}
