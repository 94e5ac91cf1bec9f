// The books desk in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway: an accountant posts the shareholders' capital by hand (an unbalanced try first: the
// difference shown as typed and finance's refusal; then a sub-ledger account refused at its
// field; then balanced), sees it in the journal filtered to it, reverses it (the reason's
// message at its field first), records a cash transfer and sees the cash position move, and
// sees no Close button; an admin closes last month, which the closed periods then list.
// Started by tests/e2e/test_books_desk.py; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_CLOSE=YYYY-MM node e2e/books-desk.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const closing = process.env.JXC_E2E_CLOSE;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/books-desk";
assert.ok(url && closing, "JXC_E2E_URL and JXC_E2E_CLOSE are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const t0 = Date.now();
const step = (name) => console.log(`step (${((Date.now() - t0) / 1000).toFixed(1)} s): ${name}`);
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));

async function signIn(user, role) {
  if (await page.getByTestId("sign-out").count()) await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-user").fill(user);
  await page.getByTestId("sign-in-roles").click();
  await page.keyboard.press("Backspace");
  await page.keyboard.type(role);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.getByTestId("sign-in-warehouses").fill("*");
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: user }).waitFor();
}

/** Pick `code` in the account select of an entry line (searched as typed). */
async function account(line, code) {
  const select = page.getByTestId(`new-entry-${line}-account`);
  await select.click();
  await page.keyboard.type(code);
  const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: code }).first();
  await option.waitFor();
  await settled();
  await option.click();
  await select.filter({ hasText: code }).waitFor();
}

/** The error antd shows under the form item holding `testid`. */
const fieldError = (testid) =>
  page.locator(".ant-form-item").filter({ has: page.getByTestId(testid) }).locator(".ant-form-item-explain-error");

try {
  const context = await newContext(browser, { width: 1400, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);
  await signIn("qian.kuaiji", "accountant");

  step("an accountant types the capital paid in, one cent off: the difference shows as typed");
  await page.getByTestId("menu-fin-new-entry").click();
  await page.getByTestId("new-entry-description").fill("Capital paid in by the shareholders");
  await account(0, "1002");
  await page.getByTestId("new-entry-0-debit").fill("500000.10");
  await account(1, "4001");
  await page.getByTestId("new-entry-1-credit").fill("500000.09");
  await page.getByTestId("new-entry-difference").filter({ hasText: /^0\.01$/ }).waitFor();
  assert.equal(await page.getByTestId("new-entry-debit-total").innerText(), "500000.10");
  assert.equal(await page.getByTestId("new-entry-credit-total").innerText(), "500000.09");
  await shot("01-unbalanced");
  await page.getByTestId("new-entry-submit").click();
  await page.getByTestId("new-entry-general").filter({ hasText: "differ by 0.01" }).waitFor();
  await shot("02-unbalanced-refused");

  step("balanced, but on the receivables: refused at the line's account");
  await page.getByTestId("new-entry-1-credit").fill("500000.10");
  await page.getByTestId("new-entry-difference").filter({ hasText: /^0\.00$/ }).waitFor();
  await account(1, "1122");
  await page.getByTestId("new-entry-submit").click();
  await fieldError("new-entry-1-account").filter({ hasText: "sub-ledger" }).waitFor();
  await shot("03-account-refused");

  step("on the share capital: posted, and the journal shows it");
  await account(1, "4001");
  await page.getByTestId("new-entry-submit").click();
  const journal = page.getByTestId("journal-table");
  await journal.locator("tbody tr").filter({ hasText: "4001" }).waitFor();
  assert.match(page.url(), /fin-journal\?event=/);
  const rows = await journal.locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 2, `the entry's two lines: ${rows}`);
  assert.ok(rows.some((r) => r.includes("1002") && /500000\.10?\b/.test(r)), rows.join("\n"));
  await shot("04-journal-shows-it");

  step("its page shows the event by hand; reversed, the reason's message first");
  await journal.locator("tbody tr").first().locator("a").first().click();
  await page.getByTestId("entry-source-type").filter({ hasText: "finance.JournalEntryPosted" }).waitFor();
  await page.getByTestId("entry-reverse").click();
  await page.getByTestId("entry-reverse-ok").click();
  await fieldError("entry-reverse-reason").first().waitFor();
  await shot("05-reverse-needs-a-reason");
  await page.getByTestId("entry-reverse-reason").fill("paid in twice by mistake");
  await page.getByTestId("entry-reverse-ok").click();
  await journal.locator("tbody tr").filter({ hasText: "4001" }).waitFor();
  await page.getByTestId("journal-table").getByText("finance.JournalEntryReversed").first().waitFor();
  await shot("06-reversed");
  await page.goBack(); // the entry again (in the app, no reload): it names its reversal
  await page.getByTestId("entry-reversed-by").waitFor();
  assert.equal(await page.getByTestId("entry-reverse").count(), 0, "a reversed entry offers no Reverse");
  await shot("06b-entry-names-its-reversal");

  step("a cash transfer from the bank to the cash box; the position moves");
  await page.getByTestId("menu-fin-periods").click();
  await page.getByTestId("cash-position").waitFor();
  assert.equal(await page.getByTestId("close-period").count(), 0, "an accountant closes no period");
  await page.getByTestId("cash-transfer").click();
  await page.getByTestId("cash-transfer-ok").click(); // no amount: the API's message at the field
  await fieldError("cash-transfer-amount").first().waitFor();
  await page.getByTestId("cash-transfer-amount").fill("1200.50");
  await page.getByTestId("cash-transfer-ok").click();
  await page.getByTestId("cash-balance-1001").filter({ hasText: /^1200\.50*$/ }).waitFor();
  await shot("07-cash-transferred");

  step("an admin closes last month");
  await signIn("admin", "admin");
  await page.getByTestId("menu-fin-periods").click();
  await page.getByTestId("close-period").click();
  await page.getByTestId("close-period-ok").click();
  await page.getByTestId("closed-periods").getByText(closing, { exact: true }).waitFor();
  await page.getByTestId(`reopen-${closing}`).waitFor();
  await shot("08-period-closed");
  console.log(`e2e books desk: ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} catch (e) {
  if (page) await shot("99-failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
