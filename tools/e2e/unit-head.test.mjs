// A unit head's year in DanVan, through a Teams-like client: the Microsoft 365 Agents Playground in headless
// Chromium, against the real bot on Azurite. Every step acts on the rendered Adaptive Cards as a person would
// (labels, buttons, pickers) and leaves a screenshot in artifacts/e2e/unit-head/. The bot's clock starts at 07:59:20 on
// 12/04/2024, so the T-7 reminder for the unit plan (due 20/04) arrives at 08:00, right after the welcome.
//
// The playground renders every card afresh whenever a message arrives, dropping whatever was typed into a form
// (real Teams keeps it). So no form is touched while a message may still come: the reminder is awaited before
// the first form, and every save waits for the standing card the bot sends after it.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundSession } from './session.mjs';
import { pickDate } from './forms.mjs';

const UNIT = 'Chi cục Kiểm lâm';
// Tall enough for the longest form (the results report) to fit, so its screenshot is one clean picture.
const chat = playgroundSession({ folder: 'unit-head', user: 'head', demoStart: '2024-04-12T07:59:20', height: 2400 });
const { step, card, say, shot } = chat;


const standingCards = () => chat.cards(`Tình hình thực hiện — ${UNIT}`);

/** Presses a form's submit button; returns the receipt once the bot's standing card after the save is there too. */
async function save(form, button, receiptTitle) {
  const before = await standingCards().count();
  await form.getByRole('button', { name: button }).click();
  const receipt = card(receiptTitle);
  await receipt.waitFor();
  await standingCards().nth(before).waitFor();
  return receipt;
}

async function choose(form, label, option) {
  await form.getByRole('combobox', { name: label }).click();
  await chat.page.getByRole('option', { name: option, exact: true }).click();
}

describe('a unit head in the Teams-like client', () => {
  before(chat.open, { timeout: 360_000 });
  after(chat.close, { timeout: 120_000 });

  step('installing the app shows the welcome card', async () => {
    const welcome = card('Chào mừng đến với DanVan');
    await welcome.waitFor();
    await welcome.getByText(`DanVan giúp ${UNIT} báo cáo`).waitFor();
    for (const button of ['Tình hình', 'Kế hoạch của đơn vị', 'Học tập, quán triệt', 'Báo cáo kết quả']) {
      await welcome.getByRole('button', { name: button, exact: true }).waitFor();
    }
    await shot('welcome', welcome);
  });

  step('a proactive reminder about the unit plan arrives', async () => {
    const reminder = card('Nhắc hạn gửi kế hoạch', `Kính gửi Thủ trưởng ${UNIT},`);
    await reminder.waitFor({ timeout: 120_000 });
    await reminder.getByText('20/04/2024').first().waitFor();
    await shot('reminder', reminder);
  });

  step('the unit plan form, opened from the reminder, is filled and saved', async () => {
    await card('Nhắc hạn gửi kế hoạch').getByRole('button', { name: 'Cập nhật kế hoạch' }).click();
    const form = card(`Kế hoạch`, 'Lưu thông tin');
    await form.getByRole('checkbox', { name: 'Đơn vị đã ban hành kế hoạch' }).check();
    await form.getByLabel('Số kế hoạch').fill('12/KH-CCKL');
    await pickDate(form, 'Ngày ban hành', '2024-04-05');
    await pickDate(form, 'Ngày gửi Văn phòng Sở', '2024-04-10');
    await form.getByLabel('Ghi chú (nếu có)').fill('Kế hoạch đã được phổ biến đến các hạt kiểm lâm.');
    await shot('unit-plan-form-filled', form);
    const receipt = await save(form, 'Lưu thông tin', 'Đã ghi nhận thông tin kế hoạch của đơn vị');
    await receipt.getByText('12/KH-CCKL').first().waitFor();
    await shot('unit-plan-receipt', receipt);
  });

  step('the training form shows the message for a bad figure', async () => {
    await say('tập huấn');
    const form = card(`Học tập, quán triệt — ${UNIT}`, 'Gửi số liệu');
    await form.getByLabel('Tổng số CCVCNLĐ của đơn vị').fill('50');
    await form.getByLabel('Số người đã được học tập, quán triệt').fill('60');
    await form.getByLabel('Số buổi (hội nghị) đã tổ chức').fill('2');
    await pickDate(form, 'Ngày tổ chức buổi gần nhất', '2024-03-05');
    await shot('training-form-filled', form);
    await form.getByRole('button', { name: 'Gửi số liệu' }).click();
    await form.getByText('Không được lớn hơn tổng số CCVCNLĐ (50 người).').waitFor();
    await form.getByText('Chưa lưu: vui lòng sửa 1 mục được đánh dấu bên dưới.').waitFor();
    // The server re-shows what was typed, so nothing is lost.
    assert.equal(await form.getByLabel('Số người đã được học tập, quán triệt').inputValue(), '60');
    await shot('training-form-error', form);
  });

  step('the corrected training form turns into a receipt, followed by the standing', async () => {
    const form = card(`Học tập, quán triệt — ${UNIT}`, 'Gửi số liệu');
    await form.getByLabel('Số người đã được học tập, quán triệt').fill('45');
    const receipt = await save(form, 'Gửi số liệu', 'Đã ghi nhận số liệu học tập, quán triệt');
    await receipt.getByText('45 (90%)').waitFor();
    await receipt.getByRole('button', { name: 'Sửa số liệu' }).waitFor();
    assert.equal(await chat.page.locator('.ac-adaptiveCard').filter({ hasText: 'Gửi số liệu' }).count(), 0, 'the form is still there');
    await shot('training-receipt', receipt);
    await shot('training-standing-reply', standingCards().last());
  });

  step('models: the empty list, then a model registered through the form', async () => {
    await say('mô hình');
    const list = card(`Mô hình “Dân vận khéo” — ${UNIT}`, 'Đăng ký mô hình mới');
    await list.getByText('Đơn vị chưa đăng ký mô hình “Dân vận khéo” nào.').waitFor();
    await shot('models-empty', list);
    await list.getByRole('button', { name: 'Đăng ký mô hình mới' }).click();
    const form = card('Đăng ký mô hình “Dân vận khéo”', 'Lưu mô hình');
    await form.getByLabel('Tên mô hình').fill('Dân vận khéo trong vận động hiến đất làm đường giao thông nội đồng');
    await choose(form, 'Lĩnh vực', 'Kinh tế');
    await form.getByRole('checkbox', { name: 'Gắn với xây dựng nông thôn mới' }).check();
    await pickDate(form, 'Ngày bắt đầu thực hiện', '2024-02-15');
    await form.getByLabel('Nội dung, cách làm').fill('Vận động hộ dân hiến đất, góp công làm 5 km đường nội đồng.');
    await form.getByLabel('Số người được hưởng lợi').fill('350');
    await form.getByRole('radio', { name: 'Đang thực hiện' }).check();
    await shot('model-form-filled', form);
    const receipt = await save(form, 'Lưu mô hình', 'Đã ghi nhận mô hình “Dân vận khéo”');
    await receipt.getByText('Kinh tế').waitFor();
    await shot('model-receipt', receipt);
  });

  step('the results report is filled in four steps and sent', async () => {
    await say('báo cáo');
    // One screen a step: "Tiếp" turns the card into the next step in place, carrying what was typed.
    const stepCard = async (n) => {
      const form = card(`Báo cáo kết quả — ${UNIT}`, `Bước ${n}/4`);
      await form.waitFor();
      return form;
    };
    let form = await stepCard(1);
    for (const item of ['Ban hành hoặc cập nhật Quy chế thực hiện dân chủ', 'Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024',
      'Công khai thông tin theo quy định', 'Lấy ý kiến CBCCVC', 'Tổ chức đối thoại giữa người đứng đầu với CBCCVC']) {
      await form.getByRole('checkbox', { name: item }).check();
    }
    await shot('report-step-1', form);
    await form.getByRole('button', { name: 'Tiếp' }).click();
    form = await stepCard(2);
    await form.getByLabel('Tổng số nhiệm vụ CCHC của đơn vị trong năm').fill('20');
    await form.getByLabel('Số nhiệm vụ CCHC đã hoàn thành').fill('18');
    await form.getByLabel('Mức độ hài lòng của cá nhân, tổ chức (%)').fill('92,5');
    await form.getByRole('button', { name: 'Tiếp' }).click();
    form = await stepCard(3);
    await form.getByLabel('Số cuộc đối thoại với Nhân dân đã tổ chức').fill('4');
    await form.getByLabel('Số phản ánh, kiến nghị, khiếu nại đã tiếp nhận').fill('12');
    await form.getByLabel('Số phản ánh, kiến nghị, khiếu nại đã giải quyết').fill('10');
    await form.getByRole('button', { name: 'Tiếp' }).click();
    form = await stepCard(4);
    await form.getByRole('radio', { name: 'Tốt', exact: true }).check();
    await form.getByLabel('Số báo cáo').fill('25/BC-CCKL');
    await pickDate(form, 'Ngày báo cáo', '2024-04-11');
    await shot('report-form-filled', form);
    const receipt = await save(form, 'Gửi báo cáo', 'Đã nhận báo cáo kết quả');
    await receipt.getByText('25/BC-CCKL', { exact: false }).first().waitFor();
    await shot('report-receipt', receipt);
  });

  step('the standing card shows every target', async () => {
    await say('tình hình');
    const standing = card(`Tình hình thực hiện — ${UNIT}`, 'Chỉ tiêu 5');
    await standing.waitFor();
    const text = await standing.innerText();
    for (const target of [1, 2, 3, 4, 5]) assert.match(text, new RegExp(`Chỉ tiêu ${target}`));
    assert.match(text, /✅/);
    await shot('standing', standing);
  });

  step('the history lists the changes just made', async () => {
    await say('lịch sử');
    const history = card(`Lịch sử thay đổi — ${UNIT}`);
    await history.getByText('Alex Wilber').first().waitFor();
    await shot('history', history);
    await shot('chat');
  });
});
