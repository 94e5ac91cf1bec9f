// The sales desk in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway: a sales user defines a price list in its form and revises it (the list then sorted by
// the server by its header), quotes from it, records the customer's acceptance and converts the
// quotation into an order, which is held for credit; a credit controller releases it from the
// credit holds; a warehouse and sales user ships it (create, pick, pack, dispatch with our
// fleet), plans the day's delivery runs and prints the run sheet; once the shipment is
// returnable (asked of the test: a line on stdout, "done" on stdin) the user requests a return
// of part of it from the order's page, approves it and sees it on the order. Started by
// tests/e2e/test_sales_desk.py; screenshots go to $JXC_E2E_ARTIFACTS.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const customer = process.env.JXC_E2E_CUSTOMER;
const priceList = process.env.JXC_E2E_PRICE_LIST ?? `RETAIL-${sku}`;
const validFrom = process.env.JXC_E2E_VALID_FROM;
const validUntil = process.env.JXC_E2E_VALID_UNTIL;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/sales-desk";
assert.ok(url && sku && customer && validFrom && validUntil, "JXC_E2E_URL, _SKU, _CUSTOMER, _VALID_FROM and _VALID_UNTIL are needed");
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
const started = Date.now();
const step = (name) => console.log(`step (${((Date.now() - started) / 1000).toFixed(1)} s): ${name}`);
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));

/** Refresh a document's page (its refresh button) until `check` holds of it. */
async function refreshUntil(what, refresh, check, attempts = 60) {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await page.getByTestId(refresh).click();
    await page.waitForLoadState("networkidle");
  }
  throw new Error(`the page never showed ${what}`);
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

async function signInAnew(user, roles, warehouses) {
  await page.getByTestId("sign-out").click();
  await signIn(user, roles, warehouses);
}

try {
  const context = await newContext(browser, { width: 1360, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);
  await page.getByTestId("language").click(); // English
  await page.getByTestId("sign-in-user").waitFor();

  step("a sales user defines a price list in its form");
  await signIn("wang.fang", ["sales"], "*");
  await page.getByTestId("menu-price-lists").click();
  await page.getByTestId("price-list-new").click();
  await page.getByTestId("price-list-code").fill(priceList);
  await page.getByTestId("price-list-group").fill("retail");
  await page.getByTestId("price-list-currency").fill("CNY");
  await page.getByTestId("price-list-valid-from").fill(validFrom);
  await page.getByTestId("price-list-valid-until").fill(validUntil);
  await page.getByTestId("price-list-line-0-sku").fill(sku);
  await page.getByTestId("price-list-line-0-price").fill("12.50");
  await page.getByTestId("price-list-submit").click();
  await page.getByTestId("price-list-page").waitFor();
  const prices = await page.getByTestId("price-list-prices").innerText();
  assert.ok(prices.includes(sku) && prices.includes("12.50"), `the prices: ${prices}`);

  step("revises it: the form starts from its prices; a break from 100 added");
  await page.getByTestId("price-list-revise").click();
  assert.equal(await page.getByTestId("price-list-revise-line-0-sku").inputValue(), sku);
  assert.equal(await page.getByTestId("price-list-revise-line-0-price").inputValue(), "12.50");
  await page.getByTestId("price-list-revise-line-add").click();
  await page.getByTestId("price-list-revise-line-1-sku").fill(sku);
  await page.getByTestId("price-list-revise-line-1-min").fill("100");
  await page.getByTestId("price-list-revise-line-1-price").fill("11.80");
  await page.getByTestId("price-list-revise-submit").click();
  await page.getByTestId("price-list-version").filter({ hasText: "2" }).waitFor();
  assert.match(await page.getByTestId("price-list-prices").innerText(), /100\s+11\.80/);
  await page.getByTestId("menu-price-lists").click();
  await page.getByTestId("price-lists-code").fill(priceList);
  await page.getByTestId("price-lists-search").click();
  const listed = page.getByTestId("price-lists-table").locator("tr.ant-table-row");
  await listed.filter({ hasText: priceList }).waitFor();
  assert.equal(await listed.count(), 1);
  // sorted by the server: the header asks sales for the list by valid-from day, latest first
  const table = page.getByTestId("price-lists-table");
  const byValidFrom = (order) =>
    page.waitForResponse((r) => /\/api\/sales\/price-lists\?.*sort=valid_from.*order=/.test(r.url()) && r.url().includes(`order=${order}`));
  let answered = byValidFrom("asc");
  await table.locator("th", { hasText: "Valid from" }).click();
  assert.equal((await answered).status(), 200);
  answered = byValidFrom("desc");
  await table.locator("th", { hasText: "Valid from" }).click();
  assert.equal((await answered).status(), 200);
  await listed.filter({ hasText: priceList }).waitFor();
  assert.equal(await listed.count(), 1);
  await settled();
  await shot("01-price-list");

  step("quotes from it, the customer accepts, the quotation becomes an order");
  await page.getByTestId("menu-quotations").click();
  await page.getByTestId("quotation-new").click();
  await page.getByTestId("quotation-customer").fill(customer);
  await page.getByTestId("quotation-valid-until").fill(validUntil);
  await page.getByTestId("quotation-line-0-sku").fill(sku);
  await page.getByTestId("quotation-line-0-warehouse").fill(warehouse);
  await page.getByTestId("quotation-line-0-quantity").fill("10");
  await page.getByTestId("quotation-submit").click();
  await page.getByTestId("quotation-page").waitFor();
  const quoteStatus = page.getByTestId("quotation-status");
  assert.equal(await quoteStatus.innerText(), "open");
  assert.match(await page.getByTestId("quotation-page").innerText(), /125\.00 CNY/);
  await page.getByTestId("quotation-accept").click();
  await quoteStatus.filter({ hasText: "accepted" }).waitFor();
  await settled();
  await shot("02-quotation-accepted");
  await page.getByTestId("quotation-convert").click();
  await page.getByTestId("quotation-convert-submit").click();
  await quoteStatus.filter({ hasText: "converted" }).waitFor();
  await page.getByTestId("quotation-open-order").click();

  step("the order is held for credit");
  await page.getByTestId("order-page").waitFor();
  const orderUrl = page.url();
  const orderId = new URL(orderUrl).hash.split("id=")[1];
  const orderStatus = page.getByTestId("order-status");
  assert.equal(await orderStatus.innerText(), "held_on_credit");
  assert.match(await page.getByTestId("order-reason").innerText(), /limit/i);
  assert.match(await page.getByTestId("order-lines").innerText(), /12\.50/);
  await settled();
  await shot("03-order-held-for-credit");

  step("a credit controller releases it from the credit holds");
  await signInAnew("zhou.li", ["credit_controller"], "*");
  await page.getByTestId("menu-credit-holds").click();
  await page.getByTestId(`release-${orderId}`).click();
  await settled();
  await shot("04-credit-holds");
  await page.getByTestId(`release-${orderId}-submit`).click();
  await page.getByTestId(`release-${orderId}`).waitFor({ state: "detached" });
  await page.goto(orderUrl);
  await refreshUntil("the order reserved", "order-refresh", async () => (await orderStatus.innerText()) === "reserved");
  await settled();
  await shot("05-order-reserved");

  step("a warehouse and sales user ships it");
  await signInAnew("sun.yard", ["warehouse", "sales"], warehouse);
  await page.goto(orderUrl);
  await page.getByTestId(`create-shipment-${warehouse}`).click();
  await page.getByTestId("shipment-page").waitFor();
  const status = page.getByTestId("shipment-status");
  await page.getByTestId("shipment-pick").click();
  await status.filter({ hasText: "picked" }).waitFor();
  await page.getByTestId("shipment-pack").click();
  await page.getByTestId("shipment-pack-weight").fill("6.5");
  await page.getByTestId("shipment-pack-volume").fill("0.2");
  await page.getByTestId("shipment-pack-submit").click();
  await status.filter({ hasText: "packed" }).waitFor();
  await settled();
  await page.getByTestId("shipment-dispatch").click();
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
  const shipmentId = new URL(page.url()).hash.split("id=")[1];
  await settled();
  await shot("06-shipment-dispatched");

  step("plans the day's delivery runs and prints the run sheet");
  await page.getByTestId("menu-delivery-runs").click();
  assert.equal(await page.getByTestId("runs-warehouse").inputValue(), warehouse);
  await page.getByTestId("runs-plan").click();
  const run = page.getByTestId("run").filter({ hasText: shipmentId });
  await run.waitFor();
  assert.match(await run.innerText(), /VAN-SH-1: 1 stops/);
  await settled();
  await shot("07-run-sheet");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".ant-layout-sider").isVisible(), false, "no menu in print");
  assert.equal(await page.getByTestId("print").isVisible(), false, "no print button in print");
  await shot("08-run-sheet-print");
  await page.emulateMedia({ media: "screen" });

  step("a return of 4 of the 10 is requested from the order, approved, and shows on it");
  await ask("returnable");
  await page.goto(orderUrl);
  await refreshUntil("the order shipped", "order-refresh", async () => (await page.getByTestId("order-request-return").count()) > 0);
  await page.getByTestId("order-request-return").click();
  assert.equal(await page.getByTestId("return-order").inputValue(), orderId);
  await page.getByTestId("return-line-0-line").fill("1");
  await page.getByTestId("return-line-0-quantity").fill("4");
  await page.getByTestId("return-reason").fill("4 boxes crushed in transit");
  await page.getByTestId("return-submit").click();
  await page.getByTestId("return-page").waitFor();
  const returnStatus = page.getByTestId("return-status");
  assert.equal(await returnStatus.innerText(), "requested");
  assert.match(await page.getByTestId("return-lines").innerText(), /\b4(\.0+)? pcs/);
  await page.getByTestId("return-approve").click();
  await page.getByTestId("return-approve-submit").click();
  await returnStatus.filter({ hasText: "approved" }).waitFor();
  await settled();
  await shot("09-return-approved");
  await page.goto(orderUrl);
  await page.getByTestId("order-page").waitFor();
  await page.getByRole("tab", { name: "Returns (RMA)" }).click();
  const returned = page.getByTestId("returns-table").locator("tr.ant-table-row");
  await returned.filter({ hasText: "approved" }).waitFor();
  await settled();
  await shot("10-order-with-return");
  console.log("e2e sales desk: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  stdin.close();
  await browser.close();
}
