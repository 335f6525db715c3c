// Văn phòng Sở's review loop as the unit head sees it in the Teams-like client: Alex Wilber, head of Chi cục Kiểm
// lâm, in the Agents Playground (headless Chromium) sends the unit's plan; the office returns it with a comment;
// the return notice arrives in Alex's chat with a button to the form; Alex sends the plan again and the standing
// says it waits for review; the office accepts it and the standing says so. The playground signs in one user, so
// the office (Megan Bowen, the sample roster's Văn phòng Sở member) speaks to the same bot over HTTP as Teams
// would, its answers caught by a small Bot Connector stand-in on 127.0.0.1 (the anonymous local bot answers only
// loopback service URLs). Screenshots in artifacts/e2e/review/.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundSession } from './session.mjs';
import { officeMember, actions } from './office-member.mjs';
import { sendUnitPlan } from './forms.mjs';

const UNIT = 'Chi cục Kiểm lâm';
// Sunday 05/05/2024 09:00: no reminder or digest is due, so no message re-renders a form being filled in.
const chat = playgroundSession({ folder: 'review', user: 'head', demoStart: '2024-05-05T09:00', height: 2400 });
const { step, card, say, shot } = chat;

const office = officeMember(chat);

/** "cần tiếp nhận" as the office; the review card of Chi cục Kiểm lâm's plan, opened from it. */
async function openReview() {
  office.posted.length = 0;
  assert.equal((await office.send('message', { text: 'cần tiếp nhận' })).status, 200);
  const queue = office.posted.at(-1).attachments[0].content;
  const show = actions(queue).find((a) => a.verb === 'review.show' && a.data.unit === 'CCKL' && a.data.item === 'unit-plan');
  assert.ok(show, `Chi cục Kiểm lâm's plan is not waiting: ${JSON.stringify(queue).slice(0, 400)}`);
  const { status, body } = await office.click('review.show', show.data);
  assert.equal(status, 200);
  return body.value;
}

const standingCards = () => chat.cards(`Tình hình thực hiện — ${UNIT}`);

describe('the office review loop, as the unit head sees it', () => {
  before(async () => {
    await office.start();
    await chat.open();
  }, { timeout: 360_000 });
  after(async () => {
    await chat.close();
    await office.stop();
  }, { timeout: 120_000 });

  step('the unit head sends the unit plan', async () => {
    const standing = await sendUnitPlan(chat, UNIT);
    await standing.getByText('Chờ tiếp nhận').waitFor();
    await shot('standing-waiting', standing);
  });

  step('the office returns it: the notice arrives with the comment and a button to the form', async () => {
    const review = await openReview();
    const ret = actions(review).find((a) => a.verb === 'review.return');
    const { status, body } = await office.click('review.return', { ...ret.data, reviewComment: 'Thiếu đường dẫn tới văn bản đã ký.', reviewFields: 'link' });
    assert.equal(status, 200);
    assert.match(JSON.stringify(body.value), /Đã trả lại, yêu cầu bổ sung/);
    const notice = card('Kế hoạch của đơn vị bị trả lại, yêu cầu bổ sung', 'Thiếu đường dẫn tới văn bản đã ký.');
    await notice.waitFor({ timeout: 120_000 });
    await notice.getByText('Mục cần bổ sung: Đường dẫn', { exact: false }).waitFor();
    await shot('return-notice', notice);
  });

  step('the plan is sent again from the notice: it waits for review again', async () => {
    await card('Kế hoạch của đơn vị bị trả lại, yêu cầu bổ sung').getByRole('button', { name: 'Mở kế hoạch của đơn vị' }).click();
    const form = card('Kế hoạch', 'Lưu thông tin');
    await form.getByLabel('Đường dẫn', { exact: false }).fill('https://snnptnt.tayninh.gov.vn/van-ban/12-kh-cckl.pdf');
    const before = await standingCards().count();
    await form.getByRole('button', { name: 'Lưu thông tin' }).click();
    await standingCards().nth(before).waitFor();
    await standingCards().nth(before).getByText('Chờ tiếp nhận').waitFor();
    await shot('standing-waiting-again', standingCards().nth(before));
  });

  step('the office accepts it: the standing says so', async () => {
    const review = await openReview();
    const accept = actions(review).find((a) => a.verb === 'review.accept');
    const { status, body } = await office.click('review.accept', accept.data);
    assert.equal(status, 200);
    assert.match(JSON.stringify(body.value), /Đã tiếp nhận/);
    const before = await standingCards().count();
    await say('tình hình');
    await standingCards().nth(before).getByText('Đã tiếp nhận ngày 05/05/2024').waitFor();
    await shot('standing-accepted', standingCards().nth(before));
  });
});
