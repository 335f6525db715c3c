// A unit head sends the unit's signed plan as a file, in the Teams-like client: Alex Wilber, head of Chi cục Kiểm
// lâm, in the Agents Playground (headless Chromium). The playground has no way to attach a file to a message (its
// compose box sends text; its "+" opens message extensions), so the file arrives the way Teams delivers one to a
// bot that declares supportsFiles: a message with an application/vnd.microsoft.teams.file.download.info attachment,
// sent from the playground's own "Mock an Activity → Custom activity" editor. The activity is the editor's own
// template for the personal chat (its conversation, user and service URL), with the attachment added; its
// downloadUrl points at a small file server this test runs on 127.0.0.1 (the local bot follows plain http to this
// machine only; in production only https Teams/SharePoint hosts), serving a real one-page PDF. Then, in the cards:
// the bot asks what the file is, Alex picks "Kế hoạch của đơn vị" and "Lưu tệp", the receipt shows the file's
// SHA-256 (the test's own hash of what it served), and the standing names the file. Screenshots in
// artifacts/e2e/upload/.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { playgroundSession } from './session.mjs';
import { sendUnitPlan } from './forms.mjs';

const UNIT = 'Chi cục Kiểm lâm';
const FILE_NAME = 'Kế hoạch 12-KH-CCKL (bản ký).pdf';
// Sunday 05/05/2024 09:00: no reminder or digest is due, so no message re-renders a form being filled in.
const chat = playgroundSession({ folder: 'upload', user: 'head', demoStart: '2024-05-05T09:00', height: 2400 });
const { step, card, say, shot } = chat;

/**
 * A real one-page PDF (PDF 1.4: catalog, page tree, a page with one line of Helvetica text), its cross-reference
 * table built from the actual byte offsets, so PDF readers open it without repair.
 */
function onePagePdf(line) {
  const stream = `BT /F1 18 Tf 72 760 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Where the "Teams" file lives: one path, one file; every request is counted. */
function fileServer(content) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.method === 'GET' && req.url === '/files/ke-hoach-12.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': content.length });
      res.end(content);
    } else {
      res.writeHead(404).end();
    }
  });
  return {
    requests,
    start: () => new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}/files/ke-hoach-12.pdf`))),
    stop: () => new Promise((done) => server.close(done)),
  };
}

const pdf = onePagePdf('KE HOACH 12/KH-CCKL - Chi cuc Kiem lam - ban da ky');
const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
const files = fileServer(pdf);
let downloadUrl;

const standingCards = () => chat.cards(`Tình hình thực hiện — ${UNIT}`);

/** Replaces the whole text of the custom activity editor (Monaco) with `text`, by the clipboard, as a person pastes. */
async function paste(editor, text) {
  const { page } = chat;
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

/** The editor's whole text, copied out of it as a person would (Monaco draws only the lines in view). */
async function copyAll(editor) {
  const { page } = chat;
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('a unit head sends a signed document, in the Teams-like client', () => {
  before(async () => {
    downloadUrl = await files.start();
    await chat.open();
    // The custom activity editor is filled by copy and paste.
    await chat.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  }, { timeout: 360_000 });
  after(async () => {
    await chat.close();
    await files.stop();
  }, { timeout: 120_000 });

  step('the unit head sends the unit plan (a file belongs to an item the unit has)', async () => {
    await sendUnitPlan(chat, UNIT);
  });

  step('a file arrives in the personal chat (Mock an Activity → Custom activity): the bot asks what it is', async () => {
    const { page } = chat;
    await page.getByRole('button', { name: 'Mock an Activity' }).click();
    await page.getByRole('menuitem', { name: 'Custom activity' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Custom activity' });
    const editor = dialog.locator('.monaco-editor').first();
    await editor.waitFor();
    // The playground's template for this chat: its id, service URL, conversation and signed-in user.
    const template = JSON.parse(await copyAll(editor));
    assert.equal(template.conversation.conversationType, 'personal');
    assert.equal(template.from.aadObjectId, '00000000-0000-0000-0000-000000000020', 'the template is not from Alex Wilber');
    const activity = {
      ...template,
      type: 'message',
      text: '',
      from: { ...template.from, name: 'Alex Wilber' },
      locale: 'vi-VN',
      // As Teams sends a file dropped into a bot's personal chat (the bot declares supportsFiles).
      attachments: [{
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: downloadUrl,
        name: FILE_NAME,
        content: { downloadUrl, uniqueId: '6b1d1b8e-0c58-4c2b-9a39-6f3c0f8f8a12', fileType: 'pdf' },
      }],
    };
    await paste(editor, JSON.stringify(activity, null, 2));
    await shot('custom-activity', dialog);
    assert.deepEqual(JSON.parse(await copyAll(editor)), activity, 'the editor does not hold the activity pasted');
    await dialog.getByRole('button', { name: 'Send activity' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const choice = card(`Bạn vừa gửi tệp «${FILE_NAME}». Đây là tệp gì?`);
    await choice.waitFor();
    await choice.getByRole('radio', { name: 'Kế hoạch của đơn vị' }).waitFor();
    await choice.getByRole('button', { name: 'Lưu tệp' }).waitFor();
    // Nothing is fetched before the choice.
    assert.deepEqual(files.requests, []);
    await shot('chat-with-the-question');
    await shot('what-is-this-file', choice);
  });

  step('"Kế hoạch của đơn vị", Lưu tệp: the file is downloaded once and stored, its SHA-256 in the receipt', async () => {
    const choice = card(`Bạn vừa gửi tệp «${FILE_NAME}». Đây là tệp gì?`);
    await choice.getByRole('radio', { name: 'Kế hoạch của đơn vị' }).check();
    const before = await standingCards().count();
    await choice.getByRole('button', { name: 'Lưu tệp' }).click();
    // Shown in groups of 16 hex digits, so it wraps inside the card.
    const receipt = card('Đã lưu tệp', sha256.match(/.{16}/g).join(' '));
    await receipt.waitFor();
    await receipt.getByText(`Đã lưu tệp «${FILE_NAME}»`, { exact: false }).waitFor();
    await receipt.getByText('vào mục Kế hoạch của đơn vị', { exact: false }).waitFor();
    await receipt.getByText('Alex Wilber').waitFor();
    assert.deepEqual(files.requests, ['GET /files/ke-hoach-12.pdf']);
    await shot('file-stored', receipt);
    // The standing the bot sends after the save names the file under the plan.
    const standing = standingCards().nth(before);
    await standing.getByText(`Đã gửi tệp kế hoạch: «${FILE_NAME}»`, { exact: false }).waitFor();
  });

  step('the standing shows the file: name, size, when and who', async () => {
    const before = await standingCards().count();
    await say('tình hình');
    const standing = standingCards().nth(before);
    const line = standing.getByText(`Đã gửi tệp kế hoạch: «${FILE_NAME}»`, { exact: false });
    await line.waitFor();
    assert.match(await line.innerText(), /lúc 09:\d\d 05\/05\/2024, người gửi Alex Wilber\./);
    assert.deepEqual(files.requests, ['GET /files/ke-hoach-12.pdf'], 'the standing fetched the file again');
    await shot('standing-with-file', standing);
  });
});
