// The accountant's path in a real browser (Debian's Chromium driven by playwright-core),
// through the gateway: the journal filtered by source and sorted on the server, an entry's drill-down to its source
// event and document, the payables' aging, the trial balance (debits = credits), the P&L and
// its CSV export, the balance sheet and its print view, then the trial balance in English.
// Started by tests/e2e/test_finance.py, which seeds the books through the APIs:
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_PERIOD=YYYY-MM JXC_E2E_SUPPLIER=UUID
//   JXC_E2E_INVOICE_ENTRY=N JXC_E2E_PAYMENT_ENTRY=N node e2e/finance.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const period = process.env.JXC_E2E_PERIOD;
const supplier = process.env.JXC_E2E_SUPPLIER;
const invoiceEntry = process.env.JXC_E2E_INVOICE_ENTRY;
const paymentEntry = process.env.JXC_E2E_PAYMENT_ENTRY;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/finance";
assert.ok(url && period && supplier && invoiceEntry && paymentEntry, "JXC_E2E_* are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const started = Date.now();
const step = (name) => console.log(`step (${((Date.now() - started) / 1000).toFixed(1)} s): ${name}`);
const text = async (testid) => (await page.getByTestId(testid).innerText()).trim();
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
try {
  const context = await newContext(browser, { width: 1280, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));

  step("sign in as an accountant");
  await page.goto(url);
  await page.getByTestId("sign-in-user").fill("qian.kuaiji");
  await page.getByTestId("sign-in-roles").click();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("accountant");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: "qian.kuaiji" }).waitFor();

  step("the journal, filtered by source: the supplier invoice's entry");
  await page.getByTestId("menu-fin-journal").click();
  const journal = page.getByTestId("journal-table");
  await journal.locator(`a[data-testid="journal-entry-${paymentEntry}"]`).first().waitFor();
  await page.getByTestId("journal-filter-source").click();
  await page.keyboard.type("purchasing.SupplierInvoiceMatched");
  await page.keyboard.press("Escape");
  await page.getByTestId("journal-search").click();
  await journal.locator(`a[data-testid="journal-entry-${paymentEntry}"]`).first().waitFor({ state: "detached" });
  const invoiceLink = journal.locator(`a[data-testid="journal-entry-${invoiceEntry}"]`).first();
  await invoiceLink.waitFor();
  const sources = await journal.locator("tbody tr.ant-table-row td:last-child").allInnerTexts();
  assert.ok(sources.length > 0 && sources.every((s) => s === "purchasing.SupplierInvoiceMatched"), `sources: ${sources}`);
  await shot("01-journal");
  // sorted by the server: the entry header asks finance for the journal by entry, descending
  const sorted = page.waitForResponse((r) => /\/api\/finance\/journal\?.*sort=entry.*order=desc/.test(r.url()));
  await journal.locator("th").first().click(); // ascending
  await journal.locator("th").first().click(); // descending
  await sorted;
  await invoiceLink.waitFor();
  const entries = (await journal.locator("tbody tr.ant-table-row td:first-child").allInnerTexts()).map(Number);
  assert.deepEqual(entries, [...entries].sort((x, y) => y - x), `entries descending: ${entries}`);

  step("drill down: the entry's lines and its source event");
  await invoiceLink.click();
  await page.getByTestId("entry-lines").waitFor();
  assert.equal(await text("entry-source-type"), "purchasing.SupplierInvoiceMatched");
  assert.match(await text("entry-source-stream"), /^supplier-invoice-[0-9a-f-]{36}$/);
  assert.match(await text("entry-source-payload"), /"invoice_number": "INV-88"/);
  const lines = await page.getByTestId("entry-lines").locator("tbody tr.ant-table-row").count();
  assert.ok(lines >= 3, `lines of the invoice's entry: ${lines}`);
  // a link to the document where the back office has its screen, else the event is all there is
  const documents = await page.locator('[data-testid^="entry-document-"]').count();
  const none = await page.getByTestId("entry-no-document").count();
  assert.ok(documents + none === documents || none === 1, "a document link or the note");
  await shot("02-entry-supplier-invoice");

  step("the payment's entry links to the payments of its supplier");
  await page.goto(`${url}/#/fin-entry?id=${paymentEntry}`);
  await page.getByTestId("entry-source-type").filter({ hasText: "finance.PaymentRecorded" }).waitFor();
  await shot("03-entry-payment");
  await page.getByTestId("entry-document-fin-payments").click();
  const payments = page.getByTestId("payments-table");
  const payment = payments.locator("tbody tr.ant-table-row").filter({ hasText: "TT-0001" });
  await payment.waitFor();
  assert.ok((await payment.innerText()).includes("1000"));
  assert.ok((await payment.innerText()).includes(supplier));
  await page.getByTestId("payments-record").waitFor();
  await shot("04-payments-of-supplier");

  step("the payables' aging: the supplier's 423.8 open");
  await page.getByTestId("menu-fin-aging").click();
  const aged = page.getByTestId("aging-payable-table").locator(`tr[data-row-key="${supplier}"]`);
  await aged.waitFor();
  const agedCells = await aged.locator("td").allInnerTexts();
  assert.equal(agedCells[agedCells.length - 1], "423.8", `aged: ${agedCells}`);
  await page.getByTestId("aging-payable-chart").locator("canvas").waitFor();
  await shot("05-payables-aging");

  step("the supplier's open items, and paying the rest through the form");
  await page.getByTestId(`aging-party-${supplier}`).click();
  const openItem = page.getByTestId("open-items-table").locator("tbody tr.ant-table-row").filter({ hasText: "INV-88" });
  await openItem.waitFor();
  assert.ok((await openItem.innerText()).includes("423.8"));
  await shot("05b-open-items-of-supplier");
  await page.getByTestId("open-item-pay-INV-88").click();
  const amount = page.getByTestId("payment-amount");
  await amount.waitFor();
  assert.equal(await amount.inputValue(), "423.8");
  assert.equal(await page.getByTestId("payment-party").inputValue(), supplier);
  await amount.fill("-1");
  await page.getByTestId("payment-paid-on").fill(new Date().toISOString().slice(0, 10));
  await page.getByTestId("payment-submit").click();
  const amountError = page.locator(".ant-form-item").filter({ has: amount }).locator(".ant-form-item-explain-error");
  await amountError.waitFor();
  console.log(`the API's message for amount -1: ${await amountError.innerText()}`);
  await shot("05c-payment-field-error");
  await amount.fill("423.8");
  await page.getByTestId("payment-submit").click();
  await page.locator(".ant-message").getByText("已保存").waitFor();
  await shot("05d-payment-recorded");

  step("the trial balance balances");
  await page.getByTestId("menu-fin-trial-balance").click();
  await page.getByTestId("tb-total-debit").waitFor();
  const debit = await text("tb-total-debit");
  assert.equal(debit, await text("tb-total-credit"));
  assert.ok(Number(debit) > 0, `debit total ${debit}`);
  await page.getByTestId("tb-balanced").filter({ hasText: "借方合计等于贷方合计" }).waitFor();
  const accounts = await page.getByTestId("tb-table").locator("tbody tr.ant-table-row td:first-child").allInnerTexts();
  for (const a of ["1002", "1405", "2202"]) assert.ok(accounts.includes(a), `accounts: ${accounts}`);
  await shot("06-trial-balance");

  step("the P&L: the price variance of the invoice");
  await page.getByTestId("menu-fin-pnl").click();
  await page.getByTestId("pnl-result").waitFor();
  assert.equal(await text("pnl-result"), "-10");
  await shot("07-profit-and-loss");

  step("the P&L exported as CSV: the rows shown, the result last");
  await page.getByTestId("pnl-export").click();
  const csvItem = page.getByTestId("pnl-export-csv");
  await csvItem.waitFor();
  await settled();
  const [download] = await Promise.all([page.waitForEvent("download"), csvItem.click()]);
  assert.equal(download.suggestedFilename(), `profit-and-loss-${period}-${period}.csv`);
  const csv = fs.readFileSync(await download.path(), "utf8");
  assert.equal(csv.charCodeAt(0), 0xfeff, "a byte-order mark, for Excel");
  assert.ok(csv.trimEnd().endsWith(",,,-10"), `the CSV: ${csv}`);

  step("the balance sheet: assets = liabilities + equity, and its print view");
  await page.getByTestId("menu-fin-balance-sheet").click();
  await page.getByTestId("bs-balanced").waitFor();
  assert.equal(await text("bs-assets-total"), await text("bs-liabilities-and-equity"));
  await page.getByTestId("print").waitFor();
  await shot("08-balance-sheet");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".ant-layout-sider").isVisible(), false, "no menu in print");
  assert.equal(await page.getByTestId("print").isVisible(), false, "no print button in print");
  assert.equal(await page.getByTestId("bs-export").isVisible(), false, "no export button in print");
  await shot("09-balance-sheet-print");
  await page.emulateMedia({ media: "screen" });

  step("in English, the trial balance of the period picked by the route");
  await page.getByTestId("language").click();
  await page.goto(`${url}/#/fin-trial-balance?from=${period}&to=${period}`);
  await page.getByTestId("tb-balanced").filter({ hasText: "Balanced" }).waitFor();
  assert.equal(await text("tb-total-debit"), debit);
  await shot("10-trial-balance-en");
  console.log("e2e finance: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
