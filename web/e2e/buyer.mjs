// The buyer's path in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway: a buyer sees a purchase plan suggestion, drafts a purchase order from it and submits
// it (and may not approve it); a second user, a purchase approver, approves it; a warehouse
// user receives it with part of the line rejected (the API's message at the reject reason
// first), and the stock screen shows the accepted quantity on hand.
// Started by tests/e2e/test_buyer.py, which seeds the data and starts the services and the
// gateway; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_SKU=... JXC_E2E_WAREHOUSE=WH-SH
//   JXC_E2E_SUPPLIER=SUPPLIER_CODE node e2e/buyer.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const supplier = process.env.JXC_E2E_SUPPLIER;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/buyer";
assert.ok(url && sku && supplier, "JXC_E2E_URL, JXC_E2E_SKU and JXC_E2E_SUPPLIER are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const t0 = Date.now();
const step = (name) => console.log(`step (${((Date.now() - t0) / 1000).toFixed(1)} s): ${name}`);
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));

/** Sign in (development sign-in) as `user` with one role: Backspace drops the default role. */
async function signIn(user, role, warehouses = "*") {
  if (await page.getByTestId("sign-out").count()) await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-user").fill(user);
  await page.getByTestId("sign-in-roles").click();
  await page.keyboard.press("Backspace");
  await page.keyboard.type(role);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.getByTestId("sign-in-warehouses").fill(warehouses);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: user }).waitFor();
  const tags = await page.locator(".ant-layout-header .ant-tag").allInnerTexts();
  assert.deepEqual(tags, [role], `roles signed in with: ${tags}`);
}

const status = () => page.getByTestId("po-status").first();
async function statusIs(expected) {
  await page.getByTestId("po-status").filter({ hasText: new RegExp(`^${expected}$`) }).first().waitFor();
}

try {
  const context = await newContext(browser, { width: 1280, height: 800 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);

  step("a buyer signs in and sees the purchase plan's suggestion (Chinese first)");
  await signIn("zhao.cai", "purchaser");
  const menu = page.locator(".ant-menu");
  await page.getByTestId("menu-purchase-plan").click();
  await menu.getByText("采购计划", { exact: true }).waitFor();
  await page.getByTestId("plan-filter-sku").fill(sku);
  await page.getByTestId("plan-search").click();
  const suggested = page.getByTestId(`plan-suggested-${sku}`);
  await suggested.waitFor();
  assert.equal((await suggested.innerText()).trim(), "100 pcs");
  await shot("01-plan-zh");
  await page.getByTestId("language").click();
  await page.locator("th").getByText("Suggested", { exact: true }).waitFor();
  await shot("02-plan-en");

  step("the supplier's profile with its scorecard");
  await page.getByTestId("menu-suppliers").click();
  await page.getByTestId("suppliers-filter-code").fill(supplier.toLowerCase());
  await page.getByTestId("suppliers-search").click();
  await page.getByTestId("suppliers-table").getByText(supplier, { exact: true }).waitFor();
  // a header sorts on the server: the list is asked again by name
  const byName = page.waitForResponse((r) => r.url().includes("/suppliers?") && /[?&]sort=name&order=asc/.test(r.url()));
  await page.getByTestId("suppliers-table").locator("th").getByText("Name", { exact: true }).click();
  assert.equal((await byName).status(), 200);
  await page.getByTestId("suppliers-table").getByText(supplier, { exact: true }).click();
  await page.getByTestId("supplier-profile").getByText("Hangzhou Tea Co.").waitFor();
  await page.getByTestId("supplier-scorecard").getByText("On-time delivery").waitFor();
  await shot("02a-supplier-scorecard");
  await page.getByTestId("menu-purchase-plan").click();
  await page.getByTestId("plan-filter-sku").fill(sku);
  await page.getByTestId("plan-search").click();

  step("the suggestion becomes a draft purchase order");
  await page.getByTestId(`plan-draft-${sku}`).click();
  await page.getByTestId("draft-supplier").click();
  await page.keyboard.type(supplier);
  const supplierOption = page.locator(".ant-select-item-option").filter({ hasText: supplier });
  await supplierOption.waitFor(); // found by the search as typed
  await settled();
  await supplierOption.click();
  await page.getByTestId("draft-supplier").filter({ hasText: supplier }).waitFor(); // chosen
  await page.getByTestId("draft-quantity").fill("100");
  await page.getByTestId("draft-price").fill("12.50");
  await settled();
  await shot("03-draft-form");
  await page.getByTestId("draft-submit").click();
  await statusIs("draft");
  const orderUrl = page.url();
  const orderId = new URL(orderUrl.replace("#/", "")).searchParams.get("id");
  assert.ok(orderId, `the order's page: ${orderUrl}`);
  const line = await page.getByTestId("po-lines").locator("tbody tr.ant-table-row").first().locator("td").allInnerTexts();
  assert.equal(line[1], sku);
  assert.equal(line[4], "100 pcs");
  // the order's number and its supplier's name, not ids; money to the cent
  const title = await page.getByTestId("po-title").innerText();
  assert.match(title, /PO-\d{6}/, `the order's title: ${title}`);
  assert.match(title, /Hangzhou Tea Co\./, `the order's title: ${title}`);
  assert.match(await page.getByTestId("po-supplier").innerText(), /^Hangzhou Tea Co\. \(/);
  assert.equal(await page.getByTestId("po-total").innerText(), "1250.00 CNY");
  assert.equal(line[3], "12.50");
  await shot("04-draft-po");

  step("the buyer submits it, and may not approve it");
  assert.equal(await page.getByTestId("po-approve").count(), 0, "a buyer sees no Approve button");
  await page.getByTestId("po-submit").click();
  await statusIs("submitted");
  assert.equal(await page.getByTestId("po-submit").count(), 0);
  await shot("05-submitted");

  step("a second user, a purchase approver, approves it");
  await signIn("li.shen", "purchase_approver");
  await page.evaluate((id) => {
    window.location.hash = `#/purchase-order?id=${id}`;
  }, orderId);
  await statusIs("submitted");
  assert.equal(await page.getByTestId("po-cancel").count(), 0, "an approver does not cancel");
  // a rejection needs a reason: the API's message at the field; then the approver thinks again
  await page.getByTestId("po-reject").click();
  await page.getByTestId("po-reason-ok").click();
  const reasonField = page.locator(".ant-form-item").filter({ has: page.getByTestId("po-reason") });
  await reasonField.locator(".ant-form-item-explain-error").waitFor();
  await settled();
  await shot("06a-reject-needs-a-reason");
  await page.keyboard.press("Escape");
  await page.getByTestId("po-reason").waitFor({ state: "detached" });
  await page.getByTestId("po-approve").click();
  await statusIs("approved");
  assert.equal((await page.getByTestId("po-approved-by").innerText()).trim(), "li.shen");
  const approval = page.getByTestId("po-history").locator("tr.ant-table-row").filter({ hasText: "PurchaseOrderApproved" });
  await approval.waitFor();
  assert.match(await approval.innerText(), /li\.shen/, "the history names the approver");
  await shot("06-approved");

  step("a warehouse user finds it in the receiving list");
  await signIn("wang.cang", "warehouse", warehouse);
  await page.getByTestId("menu-purchase-receiving").click();
  const row = page.locator(`tr[data-row-key="${orderId}"]`);
  await row.waitFor();
  await shot("07-receiving-list");
  await row.click();
  await statusIs("approved");
  await page.getByTestId("po-receive").click();

  step("receives 95 and rejects 5: the API asks for the reason at the field");
  await page.getByTestId("receipt-line-0-accepted").fill("95");
  await page.getByTestId("receipt-line-0-rejected").fill("5");
  await page.getByTestId("receipt-submit").click();
  const reasonItem = page.locator(".ant-form-item").filter({ has: page.getByTestId("receipt-line-0-reason") });
  const reasonError = reasonItem.locator(".ant-form-item-explain-error");
  await reasonError.waitFor();
  const said = await reasonError.innerText();
  assert.match(said, /without a reason/, `the reason's message: ${said}`);
  await shot("08-receipt-reason-error");
  await page.getByTestId("receipt-line-0-reason").fill("crushed boxes");
  await page.getByTestId("receipt-submit").click();
  await statusIs("partially_received");
  const received = await page.getByTestId("po-lines").locator("tbody tr.ant-table-row").first().locator("td").allInnerTexts();
  assert.deepEqual([received[5], received[6]], ["95", "5"], `accepted and rejected: ${received}`);
  await shot("09-received");

  step("the stock screen shows the accepted quantity on hand");
  await page.getByTestId("menu-stock").click();
  await page.getByTestId("stock-filter-sku").fill(sku);
  const stockRow = page.locator(`tr[data-row-key="${sku}/${warehouse}"]`);
  // inventory learns of the receipt from purchasing's events: search until it shows
  let onHand = null;
  for (let i = 0; i < 60 && onHand !== 95; i++) {
    await page.getByTestId("stock-search").click();
    if (await stockRow.count()) onHand = Number((await stockRow.locator("td").allInnerTexts())[2]);
    if (onHand !== 95) await page.waitForResponse((r) => r.url().includes("/api/inventory/stock"), { timeout: 2_000 }).catch(() => {});
  }
  assert.equal(onHand, 95, `on hand shown: ${onHand}`);
  await shot("10-stock");

  step("an accountant enters the supplier's invoice: the 3-way match holds (95 received at 12.50)");
  await signIn("qian.kuai", "accountant");
  await page.evaluate((id) => {
    window.location.hash = `#/purchase-order?id=${id}`;
  }, orderId);
  await page.getByTestId("po-invoice").click();
  await page.getByTestId("invoice-line-0-quantity").waitFor();
  assert.equal(await page.getByTestId("invoice-line-0-quantity").inputValue(), "95");
  assert.equal(await page.getByTestId("invoice-line-0-price").inputValue(), "12.50");
  await page.getByTestId("invoice-number").fill(`INV-${sku}`);
  await page.getByTestId("invoice-submit").click();
  const invoice = page.getByTestId("invoices-table").locator("tr.ant-table-row").filter({ hasText: `INV-${sku}` });
  await invoice.waitFor();
  assert.match(await invoice.innerText(), /matched/, `the invoice: ${await invoice.innerText()}`);
  await shot("11-invoice-matched");
  console.log("e2e buyer: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
