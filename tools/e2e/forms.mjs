// Filling DanVan's forms in the playground the way a unit head does, shared by the browser tests.

/** Fluent's date picker parses what is typed; ISO dates are read the same in every locale. */
export async function pickDate(form, label, isoDate) {
  const input = form.getByLabel(label, { exact: false }).and(form.getByRole('combobox'));
  await input.fill(isoDate);
  await input.press('Escape');
}

/**
 * From the welcome card: "kế hoạch", the unit's plan 12/KH-CCKL (issued 05/04/2024, sent 10/04/2024) saved through the
 * form. Returns the standing card the bot sends after the receipt.
 */
export async function sendUnitPlan(chat, unit) {
  const standingCards = () => chat.cards(`Tình hình thực hiện — ${unit}`);
  await chat.card('Chào mừng đến với DanVan').waitFor();
  await chat.say('kế hoạch');
  const form = chat.card('Kế hoạch', 'Lưu thông tin');
  await form.getByRole('checkbox', { name: 'Đơn vị đã ban hành kế hoạch' }).check();
  await form.getByLabel('Số kế hoạch').fill('12/KH-CCKL');
  await pickDate(form, 'Ngày ban hành', '2024-04-05');
  await pickDate(form, 'Ngày gửi Văn phòng Sở', '2024-04-10');
  const before = await standingCards().count();
  await form.getByRole('button', { name: 'Lưu thông tin' }).click();
  await chat.card('Đã ghi nhận thông tin kế hoạch của đơn vị').waitFor();
  const standing = standingCards().nth(before);
  await standing.waitFor();
  return standing;
}
