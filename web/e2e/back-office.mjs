// End to end in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway. A warehouse user signs in, finds the stock of an item that the test registered and
// received through the APIs, opens its ledger, switches language, and meets the inventory
// API's validation message at a form field. Then a sales user finds the orders the test placed
// in the order book with their reservation status, the backordered line in the queue, and
// places an order through the form, meeting the sales API's message at a line's field first.
// Started by tests/e2e/test_web_back_office.py, which starts the services and the gateway;
// screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_SKU=... JXC_E2E_WAREHOUSE=WH-SH
//   JXC_E2E_ON_HAND=95.5 JXC_E2E_ORDERS='[{"order_no": ..., "status": ...}]'
//   JXC_E2E_BACKORDER=ORDER_NO JXC_E2E_ORDER_SKU=... JXC_E2E_CUSTOMER=UUID
//   node e2e/back-office.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const onHand = Number(process.env.JXC_E2E_ON_HAND);
const orders = JSON.parse(process.env.JXC_E2E_ORDERS ?? "[]");
const backorder = process.env.JXC_E2E_BACKORDER;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts";
assert.ok(url && sku && !Number.isNaN(onHand), "JXC_E2E_URL, JXC_E2E_SKU and JXC_E2E_ON_HAND are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const step = (name) => console.log(`step: ${name}`);
// Until the page's running CSS animations (a drawer sliding in, say) have finished.
const settled = () =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity) // not a spinner's
        .map((a) => a.finished.catch(() => {})),
    ),
  );
try {
  const context = await newContext(browser, { width: 1280, height: 800 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));

  step("sign in as a warehouse user of one warehouse");
  await page.goto(url);
  await page.getByTestId("sign-in-user").fill("wang.cang");
  await page.getByTestId("sign-in-warehouses").fill(warehouse);
  await shot("01-sign-in");
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: "wang.cang" }).waitFor();

  step("the menu shows the warehouse's screens only (Chinese first)");
  const menu = page.locator(".ant-menu");
  await menu.getByText("库存", { exact: true }).waitFor();
  await menu.getByText("登记商品", { exact: true }).waitFor();
  assert.equal(await menu.getByText("销售订单").count(), 0, "a warehouse user sees no order book");
  await page.getByTestId("menu-stock").click(); // the dashboard comes first

  step("find the received item's stock by SKU");
  await page.getByTestId("stock-filter-sku").fill(sku);
  await page.getByTestId("stock-search").click();
  const row = page.locator(`tr[data-row-key="${sku}/${warehouse}"]`);
  await row.waitFor();
  const cells = await row.locator("td").allInnerTexts();
  assert.equal(cells[0], sku);
  assert.equal(cells[1], warehouse);
  assert.equal(Number(cells[2]), onHand, `on hand shown: ${cells[2]}`);
  assert.equal(Number(cells[4]), onHand, `available shown: ${cells[4]}`);
  assert.equal(await page.locator("th").getByText("在库", { exact: true }).count(), 1);
  await shot("02-stock-zh");

  step("open its ledger");
  await row.click();
  const ledger = page.getByTestId("ledger-table");
  await ledger.locator("tbody tr.ant-table-row").first().waitFor();
  const first = await ledger.locator("tbody tr.ant-table-row").first().locator("td").allInnerTexts();
  assert.equal(Number(first[2]), onHand, `ledger quantity: ${first[2]}`);
  await settled();
  await shot("03-ledger-zh");
  await page.keyboard.press("Escape");
  await ledger.waitFor({ state: "hidden" });
  await settled();

  step("switch to English");
  await page.getByTestId("language").click();
  await page.locator("th").getByText("On hand", { exact: true }).waitFor();
  await menu.getByText("Stock", { exact: true }).waitFor();
  assert.equal(await page.title(), "JXC Back Office");
  assert.equal(await page.locator("th").getByText("在库").count(), 0);
  await shot("04-stock-en");

  step("the item form shows the API's validation message at the field");
  await menu.getByText("Register item", { exact: true }).click();
  await page.getByTestId("item-sku").fill(`${sku}-NEW`);
  await page.getByTestId("item-unit").fill("pcs");
  await page.getByTestId("item-submit").click();
  const nameItem = page.locator(".ant-form-item").filter({ has: page.getByTestId("item-name") });
  await nameItem.locator(".ant-form-item-explain-error").waitFor();
  const message = await nameItem.locator(".ant-form-item-explain-error").innerText();
  assert.match(message, /at least 1/i, `name's message: ${message}`);
  await shot("05-item-form-field-error-en");
  await page.getByTestId("item-name").fill("Green tea, new tin");
  await page.getByTestId("item-submit").click();
  await page.locator(".ant-message").getByText(`${sku}-NEW`).waitFor();
  await shot("06-item-registered-en");

  step("sign out; sign in as a sales user: the order book, no item form");
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-user").fill("wang.fang");
  // as a person at the keyboard: Backspace drops the default role (warehouse), then pick sales
  await page.getByTestId("sign-in-roles").click();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("sales");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.getByTestId("sign-in-warehouses").fill("*");
  await shot("07-sign-in-sales-en");
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: "wang.fang" }).waitFor();
  const tags = await page.locator(".ant-layout-header .ant-tag").allInnerTexts();
  assert.deepEqual(tags, ["sales"], `roles signed in with: ${tags}`);
  await menu.getByText("Sales orders", { exact: true }).click();
  assert.equal(await menu.getByText("Register item").count(), 0, "a sales user registers no items");

  step("the order book shows each order with its reservation status (filtered by SKU)");
  await page.getByTestId("orders-filter-sku").fill(process.env.JXC_E2E_ORDER_SKU ?? "");
  await page.getByTestId("orders-search").click();
  const book = page.getByTestId("orders-table");
  for (const { order_no, status } of orders) {
    const row = book.locator("tr.ant-table-row").filter({ hasText: order_no });
    await row.waitFor();
    const cells = await row.locator("td").allInnerTexts();
    assert.equal(cells[1], status, `status of ${order_no}: ${cells[1]}`);
  }
  await shot("08-order-book-en");
  // sorted by the server: the first page comes back from sales sorted as the header asks
  const byNumber = await book.locator("tr.ant-table-row td:first-child").allInnerTexts();
  const sorted = page.waitForResponse((r) => /\/api\/sales\/orders\?.*sort=order_no.*order=desc/.test(r.url()));
  await book.locator("th", { hasText: "Order no." }).click(); // ascending (the default order)
  await book.locator("th", { hasText: "Order no." }).click(); // descending
  await sorted;
  await book.locator("tr.ant-table-row td:first-child").first().filter({ hasText: byNumber[byNumber.length - 1] }).waitFor();
  const descending = await book.locator("tr.ant-table-row td:first-child").allInnerTexts();
  assert.deepEqual(descending, [...byNumber].reverse(), `order numbers descending: ${descending}`);

  step("the backordered line waits in the queue");
  await page.getByRole("tab", { name: "Backordered lines" }).click();
  const queue = page.getByTestId("backorders-table");
  const waiting = queue.locator("tr.ant-table-row").filter({ hasText: backorder });
  await waiting.waitFor();
  await settled();
  await shot("09-backorders-en");

  step("an order placed through the form: the API's message at the line's field, then placed");
  const customerId = process.env.JXC_E2E_CUSTOMER;
  await menu.getByText("Place order", { exact: true }).click();
  await page.getByTestId("order-customer").fill(customerId ?? "");
  await page.getByTestId("order-line-0-sku").fill(process.env.JXC_E2E_ORDER_SKU ?? "");
  await page.getByTestId("order-line-0-warehouse").fill(warehouse);
  await page.getByTestId("order-line-0-quantity").fill("-1");
  await page.getByTestId("order-line-0-price").fill("5");
  await page.getByTestId("order-submit").click();
  const quantityItem = page
    .locator(".ant-form-item")
    .filter({ has: page.getByTestId("order-line-0-quantity") });
  const quantityError = quantityItem.locator(".ant-form-item-explain-error");
  await quantityError.waitFor();
  console.log(`the API's message for quantity -1: ${await quantityError.innerText()}`);
  assert.ok((await quantityError.innerText()).trim().length > 0);
  await shot("10-order-form-field-error-en");
  await page.getByTestId("order-line-0-quantity").fill("1");
  await page.getByTestId("order-submit").click();
  // the placed order's notice names its id (not the item registered before)
  await page.locator(".ant-message").getByText(/^Saved: [0-9a-f]{8}-[0-9a-f-]{27}$/).waitFor();
  await quantityError.waitFor({ state: "hidden" });
  await shot("11-order-placed-en");
  console.log("e2e back office: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
