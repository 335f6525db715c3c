// One browser test's session: its own stack (tools/stack.mjs, the launcher run.sh uses, on free ports and in
// memory) with the playground signed in as one sample user, headless Chromium on the playground, and what every
// step needs: the newest card showing some texts, typing a message, screenshots in artifacts/e2e/<folder>/
// (git-ignored), and steps that stop after the first failure with a screenshot and the logs' tails.
import { it } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { repoRoot } from '../checks/paths.mjs';
import { launchOptions } from './browser.mjs';
import { startStack, tail } from '../stack.mjs';

// Generous for a 2-core machine that is also building, but bounded: a hung step fails rather than stalls CI.
export const STEP_TIMEOUT = 150_000;
const WAIT = 60_000;
// At 1x, headless Chromium drew some cards without their stacked Vietnamese diacritics ("Tổng số" came out as
// "Téng s6") although the DOM text was right; at 2x, as on a high-density screen, they come out right.
const SCALE = 2;

/**
 * folder: under artifacts/e2e; user: head, office or leader; demoStart: the bot's clock; height: of the viewport,
 * tall enough for the longest card to fit, so its screenshot is one clean picture.
 */
export function playgroundSession({ folder, user, demoStart, height }) {
  const shots = path.join(repoRoot, 'artifacts', 'e2e', folder);
  let stack;
  let browser;
  let count = 0;
  let broken = null;
  const session = {
    page: null,
    get botUrl() { return stack.botUrl; },

    async open() {
      fs.rmSync(shots, { recursive: true, force: true });
      stack = await startStack({
        demoStart,
        user,
        logs: path.join(shots, 'logs'),
        guard: true,
        // A bot built by dotnet test (./test.sh) is used as it is.
        build: 'missing',
        botTimeout: 240,
        botEnv: {
          ASPNETCORE_ENVIRONMENT: 'Development',
          MicrosoftAppId: '',
          MicrosoftAppPassword: '',
          Storage__TablePrefix: 'e2e',
          // Reminders checked every second, so a demo clock's reminder shows up at once.
          Reminders__Interval: '00:00:01',
        },
      });
      browser = await chromium.launch(launchOptions());
      session.page = await browser.newPage({ viewport: { width: 1280, height }, deviceScaleFactor: SCALE, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      session.page.setDefaultTimeout(WAIT);
      await session.page.goto(stack.playgroundUrl);
    },

    async close() {
      await browser?.close().catch(() => {});
      await stack?.stop();
    },

    /** Saves the page, or just the card `target`, as NN-name.png, once two captures in a row agree. */
    async shot(name, target) {
      const { page } = session;
      const file = path.join(shots, `${String(++count).padStart(2, '0')}-${name}.png`);
      await target?.scrollIntoViewIfNeeded();
      let whole = null;
      for (let attempt = 0; attempt < 10; attempt++) {
        await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
        const capture = await page.screenshot();
        if (whole?.equals(capture)) break;
        whole = capture;
      }
      if (!target) {
        fs.writeFileSync(file, whole);
        return file;
      }
      const box = await target.boundingBox();
      const png = PNG.sync.read(whole);
      const x = Math.max(0, Math.floor(box.x * SCALE));
      const y = Math.max(0, Math.floor(box.y * SCALE));
      const width = Math.min(png.width - x, Math.ceil(box.width * SCALE));
      const height = Math.min(png.height - y, Math.ceil(box.height * SCALE));
      const card = new PNG({ width, height });
      PNG.bitblt(png, card, x, y, width, height, 0, 0);
      fs.writeFileSync(file, PNG.sync.write(card));
      return file;
    },

    /** A step: skipped once an earlier one failed (it would only time out), screenshot and logs when it fails. */
    step(name, fn) {
      it(name, { timeout: STEP_TIMEOUT }, async (t) => {
        if (broken) {
          t.skip(`an earlier step failed: ${broken}`);
          return;
        }
        try {
          await fn();
        } catch (error) {
          broken = name;
          const file = await session.shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => '(no screenshot)');
          const logs = stack ? Object.entries(stack.logs).map(([log, f]) => `--- ${log} (${f}), last lines:\n${tail(f, 30)}`).join('\n') : '';
          console.error(`e2e step "${name}" failed; screenshot ${file}\n${logs}`);
          throw error;
        }
      });
    },

    /** All cards that contain every one of the given texts, oldest first. */
    cards: (...texts) => texts.reduce((l, text) => l.filter({ hasText: text }), session.page.locator('.ac-adaptiveCard')),

    /** The newest card that contains every one of the given texts. */
    card: (...texts) => session.cards(...texts).last(),

    /** Types a message into the compose box and sends it. */
    async say(text) {
      const { page } = session;
      const box = page.getByRole('textbox').and(page.locator('[contenteditable="true"]'));
      await box.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
  };
  return session;
}
