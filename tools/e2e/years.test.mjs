// Plan years in the Teams-like client: Alex Wilber, head of Chi cục Kiểm lâm, in the Agents Playground (headless
// Chromium), the bot's clock at 09:00 on Monday 07/12/2026 with the 2024 plan (closed on 15/11/2024). "tình hình"
// shows 2024's final result. Văn phòng Sở (Megan Bowen, over HTTP as Teams would: the playground signs in one user)
// starts 2027 from chat with the sample next-year plan of plans/ (opening 01/12/2026). Alex's "tình hình" is then
// 2027's, open; "các năm" lists both years, and the buttons switch back to 2024's final result. Screenshots in
// artifacts/e2e/years/.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundSession } from './session.mjs';
import { officeMember, actions } from './office-member.mjs';

const UNIT = 'Chi cục Kiểm lâm';
const SAMPLE = 'ke-hoach-2027-mau.json';
const chat = playgroundSession({ folder: 'years', user: 'head', demoStart: '2026-12-07T09:00', height: 2400 });
const { step, card, say, shot } = chat;

const office = officeMember(chat);

const finalResults = () => chat.cards(`Kết quả năm 2024 — ${UNIT}`);

describe('plan years: the final result, the next year, a year switch', () => {
  before(async () => {
    await office.start();
    await chat.open();
  }, { timeout: 360_000 });
  after(async () => {
    await chat.close();
    await office.stop();
  }, { timeout: 120_000 });

  step('the closed 2024 year: the standing is its final result', async () => {
    await card('Chào mừng đến với DanVan').waitFor();
    await say('tình hình');
    const result = finalResults().last();
    await result.getByText('đã khép lại ngày 15/11/2024', { exact: false }).waitFor();
    await result.getByText('Chỉ tiêu 1 — Học tập, quán triệt: Chưa đạt', { exact: false }).waitFor();
    assert.equal(await result.getByText('quá hạn', { exact: false }).count(), 0);
    await shot('final-result-2024', result);
  });

  step('the office starts 2027 from chat with the sample plan', async () => {
    assert.equal((await office.send('message', { text: 'năm mới' })).status, 200);
    const start = office.posted.at(-1).attachments[0].content;
    const pick = actions(start).find((a) => a.verb === 'year.pick' && a.data.file === SAMPLE);
    assert.ok(pick, `the sample plan is not offered: ${JSON.stringify(start).slice(0, 400)}`);
    const preview = await office.click('year.pick', pick.data);
    assert.equal(preview.status, 200);
    assert.match(JSON.stringify(preview.body.value), /01\/12\/2026/);
    const confirm = actions(preview.body.value).find((a) => a.verb === 'year.confirm');
    office.posted.length = 0;
    assert.equal((await office.click('year.confirm', confirm.data)).status, 200);
    assert.match(office.posted.at(-1).text, /Đã ghi nhận kế hoạch năm 2027/);
  });

  step('the unit head now reports against 2027', async () => {
    await say('tình hình');
    const standing = card(`Tình hình thực hiện — ${UNIT}`, '20/04/2027');
    await standing.waitFor();
    await shot('standing-2027', standing);
  });

  step('a year switch: "các năm", then 2024, then its standing', async () => {
    await say('các năm');
    const list = card('Các năm kế hoạch', 'Năm 2027 (hiện tại)');
    await list.waitFor();
    await shot('years', list);
    await list.getByRole('button', { name: 'Năm 2024' }).click();
    const year = card('Năm 2024', 'Đã khép lại ngày 15/11/2024');
    await year.waitFor();
    await shot('year-2024', year);
    const before = await finalResults().count();
    await year.getByRole('button', { name: 'Tình hình' }).click();
    await finalResults().nth(before).waitFor();
    await shot('final-result-2024-again', finalResults().nth(before));
  });
});
