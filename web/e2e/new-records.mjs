// New records from scratch in a real browser (Debian's Chromium driven by playwright-core),
// through the gateway: a buyer creates a purchase order from scratch (quantity 0 first: the
// API's message at the line's quantity; then the order, its page showing it); a crm user
// registers a customer and finds it in the list; a sales user sets a target and sees it listed;
// an admin registers a warehouse; an accountant sets a budget.
// Started by tests/e2e/test_new_records.py, which seeds the data and starts the services and the
// gateway; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL=http://127.0.0.1:PORT JXC_E2E_SKU=... JXC_E2E_WAREHOUSE=WH-SH
//   JXC_E2E_SUPPLIER=SUPPLIER_CODE JXC_E2E_CUSTOMER=CUSTOMER_CODE JXC_E2E_SALESPERSON=... node e2e/new-records.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const sku = process.env.JXC_E2E_SKU;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const supplier = process.env.JXC_E2E_SUPPLIER;
const customer = process.env.JXC_E2E_CUSTOMER;
const salesperson = process.env.JXC_E2E_SALESPERSON;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/new-records";
assert.ok(url && sku && supplier && customer && salesperson, "JXC_E2E_URL, _SKU, _SUPPLIER, _CUSTOMER and _SALESPERSON are needed");
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
}

/** Choose, in the antd Select `testid`, the option found by typing `text`. */
async function choose(testid, text) {
  await page.getByTestId(testid).click();
  await page.keyboard.type(text);
  const option = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: text });
  await option.first().waitFor();
  await settled();
  await option.first().click();
  await page.getByTestId(testid).filter({ hasText: text }).waitFor(); // chosen
}

/** The error message antd shows under the form item holding `testid`. */
const errorAt = (testid) =>
  page.locator(".ant-form-item").filter({ has: page.getByTestId(testid) }).locator(".ant-form-item-explain-error");

try {
  const context = await newContext(browser, { width: 1400, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await page.goto(url);

  step("a buyer opens New purchase order from the purchasing menu");
  await signIn("zhao.cai", "purchaser");
  await page.getByTestId("menu-purchase-order-new").click();
  await page.getByTestId("po-new-form").waitFor();

  step("picks the supplier (its currency follows) and an item (its unit follows), quantity 0");
  await choose("po-new-supplier", supplier);
  assert.equal(await page.getByTestId("po-new-currency").inputValue(), "CNY");
  await choose("po-new-line-0-sku", sku);
  assert.equal(await page.getByTestId("po-new-line-0-unit").inputValue(), "box");
  await page.getByTestId("po-new-line-0-quantity").fill("0");
  await page.getByTestId("po-new-line-0-price").fill("12.50");
  await choose("po-new-line-0-warehouse", warehouse);
  await page.getByTestId("po-new-submit").click();
  const quantityError = errorAt("po-new-line-0-quantity");
  await quantityError.waitFor();
  console.log(`the API at lines.0.quantity: ${await quantityError.innerText()}`);
  await shot("01-po-quantity-error");

  step("a second line added and removed, quantity 40: the order is created and its page shown");
  await page.getByTestId("po-new-add-line").click();
  await page.getByTestId("po-new-line-1-quantity").waitFor();
  await page.getByTestId("po-new-line-1-remove").click();
  await page.getByTestId("po-new-line-0-quantity").fill("40");
  await page.getByTestId("po-new-submit").click();
  await page.getByTestId("po-status").filter({ hasText: /^draft$/ }).waitFor();
  const line = await page.getByTestId("po-lines").locator("tbody tr.ant-table-row").first().innerText();
  assert.match(line, new RegExp(sku), `the order's line: ${line}`);
  assert.match(line, /40/, `the order's line: ${line}`);
  const orderId = new URL(page.url().replace("#/", "")).searchParams.get("id");
  console.log(`purchase order: ${orderId}`);
  await shot("02-po-created");

  step("a crm user registers a customer: the code first left blank, then given");
  await signIn("sun.ke", "crm");
  await page.getByTestId("menu-customers").click();
  await page.getByTestId("cust-new-open").click();
  await page.getByTestId("cust-new-name").fill("Wang's Tea House");
  await page.getByTestId("cust-new-group").fill("retail");
  await page.getByTestId("cust-new-submit").click();
  await errorAt("cust-new-code").waitFor();
  await shot("03-customer-code-error");
  await page.getByTestId("cust-new-code").fill(customer);
  await page.getByTestId("cust-new-contact").fill("Ms Wang");
  await page.getByTestId("cust-new-submit").click();
  await page.getByTestId("cust-new-form").waitFor({ state: "hidden" });
  // crm's list is its read model: search until the new customer shows
  const row = page.getByTestId("customers-table").locator("tr.ant-table-row").filter({ hasText: customer });
  await page.getByTestId("customers-filter-q").fill(customer);
  for (let i = 0; i < 40 && !(await row.count()); i++) {
    await page.getByTestId("customers-search").click();
    await page.waitForResponse((r) => r.url().includes("/api/crm/customers"), { timeout: 1_000 }).catch(() => {});
  }
  await row.waitFor();
  assert.match(await row.innerText(), /Wang's Tea House/);
  await shot("04-customer-listed");

  step("a sales user sets a target for a salesperson and sees it listed");
  await signIn(salesperson, "sales");
  await page.getByTestId("menu-sales-targets").click();
  await page.getByTestId("sl-targets-table").waitFor();
  await page.getByTestId("sl-target-open").click();
  await page.getByTestId("sl-target-subject").fill(salesperson);
  await page.getByTestId("sl-target-period").fill("2026-11");
  await page.getByTestId("sl-target-amount").fill("0");
  await page.getByTestId("sl-target-submit").click();
  await errorAt("sl-target-amount").waitFor();
  await shot("05-target-amount-error");
  await page.getByTestId("sl-target-amount").fill("50000.00");
  await page.getByTestId("sl-target-submit").click();
  await page.getByTestId("sl-target-form").waitFor({ state: "hidden" });
  const amount = page.getByTestId(`sl-target-amount-${salesperson}`);
  await page.getByTestId("sl-targets-subject").fill(salesperson);
  for (let i = 0; i < 40 && !(await amount.count()); i++) {
    await page.getByTestId("sl-targets-search").click();
    await page.waitForResponse((r) => r.url().includes("/api/sales/sales-targets"), { timeout: 1_000 }).catch(() => {});
  }
  assert.equal((await amount.innerText()).trim(), "50000.00");
  assert.match(await page.getByTestId(`sl-target-attainment-${salesperson}`).innerText(), /^0(\.0+)? %$/);
  await shot("06-target-listed");
  step("an admin registers a warehouse and sees it in the list");
  await signIn("admin", "admin");
  await page.getByTestId("menu-warehouses").click();
  await page.getByTestId("wh-new-open").click();
  await page.getByTestId("wh-new-name").fill("Guangzhou");
  await page.getByTestId("wh-new-code").fill(`${warehouse}-GZ`);
  await page.getByTestId("wh-new-submit").click();
  await page.getByTestId("wh-new-form").waitFor({ state: "hidden" });
  const listed = page.getByTestId("warehouses-table").locator("tr.ant-table-row").filter({ hasText: `${warehouse}-GZ` });
  // inventory's list is its read model: the screen loaded again until the new one shows
  for (let i = 0; i < 20 && !(await listed.count()); i++) {
    const answered = page.waitForResponse((r) => r.url().includes("/api/inventory/warehouses"));
    await page.reload();
    await answered;
  }
  await listed.waitFor();
  await shot("07-warehouse-listed");
  step("an accountant sets a budget: on an asset account first (the message at the account), then on freight");
  await signIn("qian.kuai", "accountant");
  await page.getByTestId("menu-fin-budget").click();
  await page.getByTestId("fin-budget-set-open").click();
  await page.getByTestId("fin-budget-set-account").fill("1405");
  await page.getByTestId("fin-budget-set-amount").fill("1000.50");
  await page.getByTestId("fin-budget-set-submit").click();
  await errorAt("fin-budget-set-account").waitFor();
  await shot("08-budget-account-error");
  await page.getByTestId("fin-budget-set-account").fill("6601");
  await page.getByTestId("fin-budget-set-submit").click();
  await page.getByTestId("fin-budget-set-form").waitFor({ state: "hidden" });
  const budgetRow = page.getByTestId("budget-table").locator('tr[data-row-key="6601"]');
  await budgetRow.waitFor();
  assert.match(await budgetRow.innerText(), /1000\.5/, `the budget: ${await budgetRow.innerText()}`);
  await shot("09-budget-set");
  console.log("e2e new records: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
