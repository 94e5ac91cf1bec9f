// The sales path in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway: a sales user places an order in the form for more than is in stock; the order's
// page shows the line backordered; a receipt posted through the purchasing API (by the test,
// when this script asks for it on stdout and it answers on stdin) fills it and the page shows
// it reserved; a warehouse and sales user creates the shipment from the order's page, picks it
// (pick list), packs and dispatches it; the order's page then shows the shipment's invoice.
// Started by tests/e2e/test_sales_path.py; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_SKU=... JXC_E2E_WAREHOUSE=WH-SH
//   JXC_E2E_CUSTOMER=UUID JXC_E2E_QUANTITY=10 node e2e/sales-path.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const customer = process.env.JXC_E2E_CUSTOMER;
const quantity = process.env.JXC_E2E_QUANTITY ?? "10";
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/sales-path";
assert.ok(url && sku && customer, "JXC_E2E_URL, JXC_E2E_SKU and JXC_E2E_CUSTOMER are needed");
fs.mkdirSync(artifacts, { recursive: true });

const stdin = readline.createInterface({ input: process.stdin });
const lines = stdin[Symbol.asyncIterator]();
/** Ask the test for something (a line on stdout) and wait for its answer (a line on stdin). */
async function ask(what) {
  console.log(`ask: ${what}`);
  const { value, done } = await lines.next();
  assert.ok(!done && value.trim() === "done", `the test answered ${value} to ${what}`);
}

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const step = (name) => console.log(`step: ${name}`);
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));

/** Refresh the order's page until `check` holds of it (the services work asynchronously). */
async function refreshUntil(what, check, attempts = 60) {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await page.getByTestId("order-refresh").click();
    // the refreshed document is in when the page shows it again (the load is quick)
    await page.waitForLoadState("networkidle");
  }
  throw new Error(`the order's page never showed ${what}`);
}

async function signIn(user, roles, warehouses) {
  await page.getByTestId("sign-in-user").fill(user);
  await page.getByTestId("sign-in-roles").click();
  await page.keyboard.press("Backspace"); // the default role
  for (const role of roles) {
    await page.keyboard.type(role);
    await page.keyboard.press("Enter");
  }
  await page.keyboard.press("Escape");
  await page.getByTestId("sign-in-warehouses").fill(warehouses);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("who").filter({ hasText: user }).waitFor();
}

try {
  const context = await newContext(browser, { width: 1360, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);
  await page.getByTestId("language").click(); // English
  await page.getByTestId("sign-in-user").waitFor();

  step("a sales user places an order for more than is in stock");
  await signIn("wang.fang", ["sales"], "*");
  await page.getByTestId("menu-place-order").click();
  await page.getByTestId("order-customer").fill(customer);
  await page.getByTestId("order-line-0-sku").fill(sku);
  await page.getByTestId("order-line-0-warehouse").fill(warehouse);
  await page.getByTestId("order-line-0-quantity").fill(quantity);
  await page.getByTestId("order-line-0-price").fill("12.50");
  await page.getByTestId("order-submit").click();
  const link = page.getByTestId("order-placed-link");
  await link.waitFor();
  const orderUrl = await link.getAttribute("href");
  await shot("01-order-placed");
  await link.click();

  step("the order's page shows the line backordered");
  const lineStatus = page.getByTestId("order-line-1-status");
  await lineStatus.waitFor();
  await refreshUntil("the line backordered", async () => (await lineStatus.innerText()).startsWith("backordered"));
  assert.equal(await page.getByTestId("order-status").innerText(), "partly_backordered");
  assert.match(await page.getByTestId("order-lines").innerText(), /12\.50/);
  await settled();
  await shot("02-order-backordered");

  step("a receipt posted through the purchasing API fills it");
  await ask("receipt");
  await refreshUntil("the line reserved", async () => (await lineStatus.innerText()) === "reserved");
  assert.equal(await page.getByTestId("order-status").innerText(), "reserved");
  await shot("03-order-reserved");
  assert.equal(await page.getByTestId("order-shipping").count(), 0, "a sales user creates no shipments");

  step("a warehouse and sales user creates the shipment from the order's reserved lines");
  await page.getByTestId("sign-out").click();
  await signIn("sun.yard", ["warehouse", "sales"], warehouse);
  await page.goto(`${url}/${orderUrl}`);
  await page.getByTestId(`create-shipment-${warehouse}`).click();
  await page.getByTestId("shipment-page").waitFor();
  const status = page.getByTestId("shipment-status");
  assert.equal(await status.innerText(), "created");
  const pickList = await page.getByTestId("pick-list").innerText();
  assert.ok(pickList.includes(sku), `the pick list: ${pickList}`);
  await shot("04-shipment-pick-list");

  step("pick, pack and dispatch it");
  await page.getByTestId("shipment-pick").click();
  await status.filter({ hasText: "picked" }).waitFor();
  await page.getByTestId("shipment-pack").click();
  await page.getByTestId("shipment-pack-weight").fill("0");
  await page.getByTestId("shipment-pack-volume").fill("0.2");
  await page.getByTestId("shipment-pack-submit").click();
  // the packing API's message at the weight's field
  const weightItem = page.locator(".ant-form-item").filter({ has: page.getByTestId("shipment-pack-weight") });
  await weightItem.locator(".ant-form-item-explain-error").waitFor();
  await shot("05-pack-field-error");
  await page.getByTestId("shipment-pack-weight").fill("6.5");
  await page.getByTestId("shipment-pack-submit").click();
  await status.filter({ hasText: "packed" }).waitFor();
  await settled();
  await page.getByTestId("shipment-dispatch").click();
  // the carriers load when the form opens: choose one of them (labelled "CODE — name") once
  // the list has settled, and see it shown as chosen before going on
  const carrier = page.getByTestId("shipment-dispatch-carrier");
  await carrier.click();
  const option = page.locator(".ant-select-dropdown .ant-select-item-option").filter({ hasText: " — " }).first();
  await option.waitFor();
  await settled();
  await option.click();
  await carrier.filter({ hasText: " — " }).waitFor();
  await page.getByTestId("shipment-dispatch-service").fill("VAN");
  await page.getByTestId("shipment-dispatch-submit").click();
  await status.filter({ hasText: "dispatched" }).waitFor();
  await settled();
  await shot("06-shipment-dispatched");

  step("the order's page shows the shipment and its invoice");
  await page.getByTestId("shipment-order").click();
  await page.getByTestId("order-page").waitFor();
  await page.getByRole("tab", { name: "Invoices" }).click();
  const invoices = page.getByTestId("invoices-table").locator("tr.ant-table-row");
  await refreshUntil("an invoice", async () => (await invoices.count()) > 0);
  const invoice = await invoices.first().locator("td").allInnerTexts();
  console.log(`invoice: ${invoice.join(" | ")}`);
  assert.match(invoice[0], /\S/, "an invoice number");
  await settled();
  await shot("07-order-invoiced");
  await page.getByRole("tab", { name: "Shipments" }).click();
  const shipped = page.getByTestId("shipments-table").locator("tr.ant-table-row");
  await shipped.first().waitFor();
  assert.equal((await shipped.first().locator("td").allInnerTexts())[3], "dispatched");
  await shot("08-order-shipments");
  console.log("e2e sales path: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  stdin.close();
  await browser.close();
}
