// Văn phòng Sở in DanVan, through the Teams-like client: the Agents Playground signed in as Megan Bowen, the
// sample roster's office member (DANVAN_PLAYGROUND_USER=office ./run.sh), in headless Chromium against the real
// bot on Azurite. The department summary, the export's download links fetched as a browser would, and the
// roster card's add-unit form, then the department channel's weekly post in the team's General channel, with a
// screenshot of each step in artifacts/e2e/office/.
//
// The bot's clock starts on Sunday 05/05/2024, 09:00: past the unit-plan deadline (20/04), so the summary lists
// overdue units, and on a day with no office digest due (none on weekends, and Friday's is over 24 h old), so no
// proactive message arrives to make the playground re-render a card while its form is being filled in.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundSession } from './session.mjs';

// Tall enough for the whole summary card (four targets' figures and forty missing units) in one screenshot.
const chat = playgroundSession({ folder: 'office', user: 'office', demoStart: '2024-05-05T09:00', height: 3000 });
const { step, card, say, shot } = chat;

/** GET over plain HTTP, as the office's browser would after clicking the link. */
async function download(url) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The URL an Action.OpenUrl button (role "link" in the Adaptive Cards renderer) opens: the playground hands it to
 * window.open, recorded here instead of opening a window, so the test reads exactly what a click would open.
 */
async function linkOf(button) {
  await chat.page.evaluate(() => {
    window.open = (url) => { window.__danvanOpened = String(url); return null; };
  });
  await button.click();
  const opened = await chat.page.waitForFunction(() => window.__danvanOpened);
  return opened.jsonValue();
}

describe('Văn phòng Sở in the Teams-like client', () => {
  before(chat.open, { timeout: 360_000 });
  after(chat.close, { timeout: 120_000 });

  step('installing the app shows the office its welcome', async () => {
    const welcome = card('Chào mừng đến với DanVan', 'Xin chào Megan Bowen!');
    await welcome.getByText('DanVan tổng hợp báo cáo của các phòng, cơ quan, đơn vị').waitFor();
    // The office has no unit: none of a unit head's form buttons.
    assert.equal(await welcome.getByRole('button', { name: 'Học tập, quán triệt' }).count(), 0);
    await shot('welcome', welcome);
  });

  step('"tổng hợp" shows the department summary and the overdue units', async () => {
    await say('tổng hợp');
    const summary = card('Tổng hợp toàn Sở — công tác dân vận chính quyền năm 2024', 'Đơn vị chưa hoàn thành');
    await summary.getByText('15 đơn vị.', { exact: false }).waitFor();
    const text = await summary.innerText();
    // Nobody has reported yet: every figure counts the 15 units of the sample roster as not done.
    assert.match(text, /Số liệu lúc 09:\d\d 05\/05\/2024, 15 đơn vị\./);
    assert.match(text, /Đơn vị đã báo cáo\s+0\/15/);
    assert.match(text, /Gửi đúng hạn\s+0\/15\s+Gửi trễ hạn\s+0\/15\s+Chưa gửi\s+15/);
    assert.match(text, /Báo cáo kết quả đã nhận\s+0\/15 \(0 đúng hạn, 0 trễ hạn\)/);
    // The missing units, ten per item per page; the plan's deadline (20/04) is 15 days past on 05/05.
    assert.match(text, /Đơn vị chưa hoàn thành — trang 1\/2/);
    assert.match(text, /Kế hoạch của đơn vị \(hạn 20\/04\/2024\): 15 đơn vị/);
    assert.match(text, /Chi cục Kiểm lâm: chưa báo cáo, quá hạn 15 ngày/);
    assert.match(text, /Mô hình “Dân vận khéo”: 15 đơn vị/);
    await summary.getByRole('button', { name: 'Trang sau ▶' }).waitFor();
    await shot('summary', summary);
  });

  let xlsxUrl;
  step('"xuất báo cáo" gives the download links card', async () => {
    await say('xuất báo cáo');
    const links = card('Báo cáo tổng hợp công tác dân vận chính quyền năm 2024', 'Tải tệp CSV');
    await links.getByText('Tệp được tạo từ số liệu mới nhất lúc anh/chị bấm tải.', { exact: false }).waitFor();
    // 15 minutes on the bot's clock, which started at 09:00.
    assert.match(await links.innerText(), /hết hạn lúc 09:1\d 05\/05\/2024 \(sau 15 phút\)/);
    await shot('export', links);
    xlsxUrl = await linkOf(links.getByRole('link', { name: 'Tải tệp Excel (.xlsx)' }));
    assert.ok(xlsxUrl.startsWith(`${chat.botUrl}/export/`), `the link ${xlsxUrl} is not on the bot ${chat.botUrl}`);
  });

  step('the Excel link downloads a workbook; a tampered one is refused', async () => {
    const file = await download(xlsxUrl);
    assert.equal(file.status, 200);
    assert.equal(file.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(file.body.subarray(0, 2).toString('latin1'), 'PK', 'not a zip: an .xlsx is one');
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment;.*\.xlsx/);

    // A different first character of the signature: the MAC no longer matches.
    const url = new URL(xlsxUrl);
    const [payload, signature] = url.pathname.split('/').at(-1).split('.');
    url.pathname = `/export/${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const forged = await download(url.href);
    assert.equal(forged.status, 403);
    assert.match(forged.body.toString('utf8'), /Liên kết tải báo cáo không hợp lệ/);
    assert.notEqual(forged.body.subarray(0, 2).toString('latin1'), 'PK');
  });

  step('"danh bạ" shows the roster', async () => {
    await say('danh bạ');
    const roster = card('Danh bạ đơn vị', 'Thêm đơn vị');
    await roster.getByText('15 đơn vị (15 đang hoạt động), 1 thủ trưởng/cấp phó, 2 cán bộ Văn phòng Sở, 1 Lãnh đạo Sở.').waitFor();
    await roster.getByText('Thủ trưởng: Alex Wilber').waitFor();
    await shot('roster', roster);
  });

  step('adding a unit with a taken id shows the message', async () => {
    await card('Danh bạ đơn vị', 'Thêm đơn vị').getByRole('button', { name: 'Thêm đơn vị' }).last().click();
    const form = card('Mã đơn vị', 'Tên đơn vị');
    await form.getByLabel('Mã đơn vị', { exact: false }).fill('CCKL');
    await form.getByLabel('Tên đơn vị').fill('Chi cục Thủy sản');
    await shot('new-unit-form', form);
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await form.getByText('Mã này đã được dùng cho Chi cục Kiểm lâm.').waitFor();
    // The server re-shows what was typed, so only the id needs correcting.
    assert.equal(await form.getByLabel('Tên đơn vị').inputValue(), 'Chi cục Thủy sản');
    await shot('new-unit-duplicate', form);
  });

  step('a unit with a new id is added and is on the roster', async () => {
    const form = card('Mã đơn vị', 'Tên đơn vị');
    await form.getByLabel('Mã đơn vị', { exact: false }).fill('CCTS');
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unit = card('Đã thêm đơn vị Chi cục Thủy sản.');
    await unit.getByText('Mã CCTS · đang hoạt động').waitFor();
    await unit.getByText('Đơn vị chưa có thủ trưởng', { exact: false }).waitFor();
    await shot('unit-added', unit);
    await unit.getByRole('button', { name: 'Danh bạ', exact: true }).click();
    const roster = card('Danh bạ đơn vị', 'Chi cục Thủy sản');
    await roster.getByText('16 đơn vị (16 đang hoạt động)', { exact: false }).waitFor();
    await shot('roster-with-new-unit', roster);
    await shot('chat');
  });

  // Last, so its proactive post cannot re-render a card being filled in above. Sunday 05/05 belongs to the week of
  // Monday 29/04, whose post (moved by the 29/04–01/05 days off to Thursday 02/05, 08:00) is due: it comes at once.
  step('"@DanVan đặt kênh sở" in the team channel brings the weekly department picture there, with its chart', async () => {
    const { page } = chat;
    await page.getByText('General', { exact: true }).click();
    await page.locator('[contenteditable="true"]').first().click();
    // A bot in a channel hears only messages that mention it: pick it from the mention list.
    await page.keyboard.type('@Dan');
    const mention = page.getByRole('listbox').getByText('DanVan', { exact: true }).first();
    await mention.waitFor();
    await mention.click();
    await page.keyboard.type(' đặt kênh sở');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    // The answer (in the thread); the playground's log panel shows the same text, hence first().
    await page.getByText('Đã đặt kênh này làm kênh của Sở', { exact: false }).first().waitFor();
    const post = card('Tình hình toàn Sở — công tác dân vận chính quyền năm 2024', 'Số đơn vị còn thiếu');
    await post.waitFor();
    const text = await post.innerText();
    assert.match(text, /Bản tin hằng tuần · số liệu lúc \d\d:\d\d 05\/05\/2024, 16 đơn vị\./); // with Chi cục Thủy sản, added above
    assert.match(text, /Kế hoạch của đơn vị \(hạn 20\/04\/2024\): còn 16 đơn vị\./);
    // The chart, as Teams draws it: one bar per target, with its legend.
    await post.getByText('Quá hạn', { exact: true }).waitFor();
    // No unit named, no button, no link.
    assert.doesNotMatch(text, /Chi cục Kiểm lâm/);
    // (The chart draws its bars and legend as buttons of its own: count the card's action buttons only.)
    assert.equal(await post.locator('.ac-pushButton').count(), 0);
    assert.equal(await post.getByRole('link').count(), 0);
    await shot('department-channel-post', post);
  });
});
