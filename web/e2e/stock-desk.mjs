// The missing command forms of purchasing and inventory in a real browser (Debian's Chromium
// driven by playwright-core), through the gateway: a buyer sends an approved purchase order to
// its supplier; a warehouse user receives part of it with a reject and returns the rejected
// goods (the API's message at the quantity when more is returned than was rejected); the buyer
// short-closes it (the API asks why, at the reason); the warehouse writes off 2 of the stock
// position (the API asks for a reason first); the buyer blocks the supplier.
// Started by tests/e2e/test_stock_desk.py, which seeds the data and starts the services and
// the gateway; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_SKU=... JXC_E2E_WAREHOUSE=WH-SH
//   JXC_E2E_ORDER=PO_ID JXC_E2E_SUPPLIER_ID=SUPPLIER_ID node e2e/stock-desk.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const orderId = process.env.JXC_E2E_ORDER;
const supplierId = process.env.JXC_E2E_SUPPLIER_ID;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/stock-desk";
assert.ok(url && sku && orderId && supplierId, "JXC_E2E_URL, _SKU, _ORDER and _SUPPLIER_ID are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const t0 = Date.now();
const step = (name) => console.log(`step (${((Date.now() - t0) / 1000).toFixed(1)} s): ${name}`);
/** The finite animations done (the live badge pulses for ever). */
const settled = () =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => {})),
    ),
  );

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
}

const go = (hash) => page.evaluate((h) => (window.location.hash = h), hash);
const openOrder = () => go(`#/purchase-order?id=${orderId}`);
const statusIs = (expected) =>
  page.getByTestId("po-status").filter({ hasText: new RegExp(`^${expected}$`) }).first().waitFor();
const lineCells = () => page.getByTestId("po-lines").locator("tbody tr.ant-table-row").first().locator("td").allInnerTexts();
/** The error the API's answer put at the form field holding `testid`. */
const errorAt = async (testid) => {
  const error = page.locator(".ant-form-item").filter({ has: page.getByTestId(testid) }).locator(".ant-form-item-explain-error");
  await error.waitFor();
  return error.innerText();
};

try {
  const context = await newContext(browser, { width: 1280, height: 800 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);
  step("a buyer sends the approved order to its supplier");
  await signIn("zhao.cai", "purchaser");
  await page.getByTestId("language").click(); // English
  await openOrder();
  await statusIs("approved");
  assert.equal(await page.getByTestId("po-close").count(), 0, "nothing received: no Close");
  await page.getByTestId("po-send").click();
  await page.getByTestId("po-send-to").fill("orders@tea.example");
  await settled();
  await shot("01-send-form");
  await page.getByTestId("po-send-ok").click();
  await statusIs("sent");
  await page.getByTestId("po-history").locator("tr.ant-table-row").filter({ hasText: "PurchaseOrderSent" }).waitFor();
  assert.equal(await page.getByTestId("po-send").count(), 0, "a sent order is not sent again");
  await shot("02-sent");

  step("a warehouse user receives 6 of 10 and rejects 2, and sees no Send, Close or Claim");
  await signIn("wang.cang", "warehouse", warehouse);
  await openOrder();
  await statusIs("sent");
  for (const id of ["po-send", "po-close", "po-claim"]) assert.equal(await page.getByTestId(id).count(), 0, id);
  await page.getByTestId("po-receive").click();
  await page.getByTestId("receipt-line-0-accepted").fill("6");
  await page.getByTestId("receipt-line-0-rejected").fill("2");
  await page.getByTestId("receipt-line-0-reason").fill("wet boxes");
  await page.getByTestId("receipt-submit").click();
  await statusIs("partially_received");

  step("returns the rejected goods: 3 is more than was rejected, the API says so at the quantity");
  await page.getByTestId("po-return").click();
  assert.equal(await page.getByTestId("po-return-line-0-quantity").inputValue(), "2", "offered: what is open");
  await page.getByTestId("po-return-line-0-quantity").fill("3");
  await page.getByTestId("po-return-line-0-reason").fill("wet boxes");
  await page.getByTestId("po-return-ok").click();
  const tooMany = await errorAt("po-return-line-0-quantity");
  assert.match(tooMany, /only 2 rejected/, `the quantity's message: ${tooMany}`);
  await settled();
  await shot("03-return-too-many");
  await page.getByTestId("po-return-line-0-quantity").fill("2");
  await page.getByTestId("po-return-ok").click();
  await page.getByTestId("po-return").waitFor({ state: "detached" }); // nothing rejected left open
  const returned = await lineCells();
  assert.deepEqual([returned[5], returned[6], returned[7]], ["6", "2", "2"], `accepted, rejected, returned: ${returned}`);
  await shot("04-returned");

  step("the buyer short-closes the order: the API asks why, at the reason");
  await signIn("zhao.cai", "purchaser");
  await openOrder();
  await statusIs("partially_received");
  await page.getByTestId("po-close").click();
  await page.getByTestId("po-close-ok").click();
  const why = await errorAt("po-close-reason");
  assert.match(why, /say why/, `the reason's message: ${why}`);
  await settled();
  await shot("05-close-needs-a-reason");
  await page.getByTestId("po-close-reason").fill("the rest is out of season");
  await page.getByTestId("po-close-ok").click();
  await statusIs("closed");
  await shot("06-closed");

  step("the warehouse writes off 2 of the position: a reason is asked for first");
  await signIn("wang.cang", "warehouse", warehouse);
  await go(`#/stock?sku=${sku}`);
  const stockRow = page.locator(`tr[data-row-key="${sku}/${warehouse}"]`);
  const onHand = async (expected) => {
    // inventory learns of receipts from purchasing's events, and the table refreshes live
    let shown = null;
    for (let i = 0; i < 30 && shown !== expected; i++) {
      if (await stockRow.count()) shown = Number((await stockRow.locator("td").allInnerTexts())[2]);
      if (shown !== expected) {
        await page.getByTestId("stock-search").click();
        await page.waitForResponse((r) => r.url().includes("/api/inventory/stock"), { timeout: 2_000 }).catch(() => {});
      }
    }
    assert.equal(shown, expected, `on hand shown: ${shown}`);
  };
  await onHand(6);
  await stockRow.click();
  await page.getByTestId("stock-adjust").click();
  assert.ok(await page.getByTestId("stock-adjust-kind-writeOff").isChecked(), "a write-off unless said otherwise");
  await page.getByTestId("stock-adjust-quantity").fill("2");
  await page.getByTestId("stock-adjust-ok").click();
  await errorAt("stock-adjust-reason");
  await settled();
  await shot("07-write-off-needs-a-reason");
  await page.getByTestId("stock-adjust-reason").fill("water damage");
  await page.getByTestId("stock-adjust-ok").click();
  await page.locator(".ant-message-success").waitFor();
  // the ledger refreshes when the stock keeper has booked it (live)
  const ledgerLine = page.getByTestId("ledger-table").locator("tr.ant-table-row").filter({ hasText: "water damage" });
  await ledgerLine.waitFor({ timeout: 30_000 });
  assert.match(await ledgerLine.innerText(), /-2/, `the ledger line: ${await ledgerLine.innerText()}`);
  await shot("08-written-off");
  await page.locator(".ant-drawer-close").click();
  await page.getByTestId("ledger-table").waitFor({ state: "hidden" });
  await onHand(4);
  await shot("09-stock-after");

  step("the warehouse opens a count on the handheld, then cancels it from the counts list");
  await go("#/count");
  await page.getByTestId("count-warehouse").fill(warehouse);
  await page.getByTestId("count-open").click();
  await page.getByTestId("count-scan").waitFor();
  await go("#/stock-counts");
  await page.getByTestId("counts-filter-warehouse").fill(warehouse);
  await page.getByTestId("counts-filter-warehouse").press("Enter");
  const openCount = page.getByTestId("counts-table").locator("tr.ant-table-row").filter({ hasText: "open" });
  await openCount.locator('[data-testid^="count-cancel-"]').click();
  await page.getByTestId("count-cancel-reason").fill("opened by mistake");
  await page.getByTestId("count-cancel-ok").click();
  await page.locator(".ant-message-success").filter({ hasText: /cancelled/ }).waitFor();
  const cancelled = page.getByTestId("counts-table").locator("tr.ant-table-row").filter({ hasText: "cancelled" });
  await cancelled.waitFor();
  assert.equal(await page.locator('[data-testid^="count-cancel-"]').count(), 0, "no open count left to cancel");
  await shot("10-count-cancelled");

  step("the buyer blocks the supplier with a reason");
  await signIn("zhao.cai", "purchaser");
  await go(`#/supplier?id=${supplierId}`);
  await page.getByTestId("supplier-block").click();
  await page.getByTestId("supplier-block-reason").fill("late deliveries");
  await page.getByTestId("supplier-block-ok").click();
  await page.getByTestId("supplier-blocked").filter({ hasText: "late deliveries" }).waitFor();
  await page.getByTestId("supplier-unblock").waitFor();
  await shot("11-supplier-blocked");

  step("an accountant's invoice for 8 (6 received) is held; matched again, it stays held and says why");
  await signIn("qian.kuai", "accountant");
  await openOrder();
  await page.getByTestId("po-invoice").click();
  await page.getByTestId("invoice-line-0-quantity").waitFor();
  await page.getByTestId("invoice-line-0-quantity").fill("8");
  await page.getByTestId("invoice-number").fill("INV-DESK-1");
  await page.getByTestId("invoice-submit").click();
  const held = page.getByTestId("invoices-table").locator("tr.ant-table-row").filter({ hasText: "INV-DESK-1" });
  await held.waitFor();
  assert.match(await held.innerText(), /held/, `the invoice: ${await held.innerText()}`);
  await held.click();
  // the drawer names the supplier and the order (not their ids)
  assert.match(await page.getByTestId("invoice-order").innerText(), /^PO-\d{6}$/);
  assert.doesNotMatch(await page.getByTestId("invoice-supplier").innerText(), /^[0-9a-f-]{36}$/);
  await page.getByTestId("invoice-match-again").click();
  await page.locator(".ant-drawer .ant-alert-error").filter({ hasText: /still held/ }).waitFor();
  await shot("12-invoice-still-held");
  console.log("e2e stock desk: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
