// Issue 12's done-criterion in a real browser (Debian's Chromium driven by playwright-core),
// through the gateway, after `jxc demo --small`: ONE browser session in which each demo user
// (the people the demo printed, passed as JXC_E2E_PEOPLE = {role: user}) signs in and does one
// real task on the demo's data, found through the screens:
//   buyer          the purchase plan's low-stock suggestion becomes a draft purchase order
//   warehouse      a low-stock alert on the dashboard opens the item's stock, then its ledger
//   credit         the new shop's order held on credit is released
//   sales          that order, found in the order book, shows its lines reserved by inventory
//   accountant     journal, trial balance (balanced), cash flow, budget vs actual
//   crm            a customer's profile (purchase history, RFM segment, points), a follow-up
//                  scheduled, a complaint recorded, a campaign for the customer's segment
//   admin          the dashboard's charts and figures, all non-empty
// Started by tests/e2e/test_days_work.py; screenshots go to $JXC_E2E_ARTIFACTS.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const people = JSON.parse(process.env.JXC_E2E_PEOPLE ?? "{}");
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/days-work";
assert.ok(url, "JXC_E2E_URL is needed");
for (const role of ["purchaser", "warehouse", "sales", "credit_controller", "accountant", "crm", "admin"])
  assert.ok(people[role], `the demo printed no ${role}: ${JSON.stringify(people)}`);
fs.mkdirSync(artifacts, { recursive: true });
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const started = Date.now();
const step = (name) => console.log(`step (${((Date.now() - started) / 1000).toFixed(1)} s): ${name}`);
const settled = () =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
const rows = (table) => page.getByTestId(table).locator("tbody tr.ant-table-row");
const cells = (row) => row.locator("td").allInnerTexts();
/** A chart drawn, its animation over (Chart's data-rendered), before its screenshot. */
const drawn = (testid) => page.locator(`[data-testid="${testid}"][data-rendered="yes"]`).waitFor();

/** Development sign-in as the demo's `role` person, with that one role (Backspace drops the
 * default role) and every warehouse. */
async function signIn(role) {
  const user = people[role];
  step(`sign in as ${user} (${role})`);
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

async function signOut() {
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-user").waitFor();
}

/** A command's modal form (Action): fill the fields by name, submit, see it saved. */
async function submitForm(testid, fields) {
  await page.getByTestId(testid).click();
  const form = page.getByTestId(`${testid}-form`);
  await form.waitFor();
  await settled();
  for (const [name, value] of Object.entries(fields)) await form.locator(`#${name}`).fill(value);
  await page.getByTestId(`${testid}-submit`).click();
  await page.locator(".ant-message").getByText("Saved").last().waitFor();
  await form.waitFor({ state: "detached" });
}

try {
  const context = await newContext(browser, { width: 1360, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 500 && console.log(`http ${r.status()} ${r.url()}`));
  await page.goto(url);
  await page.getByTestId("language").click(); // English
  await page.getByTestId("sign-in-user").waitFor();
  await shot("00-sign-in");

  // --- the buyer: a suggestion of the purchase plan becomes a draft purchase order ----------
  await signIn("purchaser");
  await page.getByTestId("menu-purchase-plan").click();
  const draft = page.locator('[data-testid^="plan-draft-"]').first();
  await draft.waitFor();
  const sku = (await draft.getAttribute("data-testid")).replace("plan-draft-", "");
  await shot("01-buyer-purchase-plan");
  await draft.click();
  await page.getByTestId("draft-supplier").click();
  await page.keyboard.type("SUP");
  const option = page.locator(".ant-select-item-option").first();
  await option.waitFor();
  await settled();
  const supplier = (await option.innerText()).split(" · ")[0];
  await option.click();
  await page.getByTestId("draft-supplier").filter({ hasText: supplier }).waitFor();
  await page.getByTestId("draft-price").fill("25.00");
  await settled();
  await page.getByTestId("draft-submit").click();
  await page.getByTestId("po-status").filter({ hasText: /^draft$/ }).first().waitFor();
  const poLine = await cells(rows("po-lines").first());
  assert.equal(poLine[1], sku, `the draft's line: ${poLine}`);
  await shot("02-buyer-draft-po");
  await page.getByTestId("po-submit").click();
  await page.getByTestId("po-status").filter({ hasText: /^submitted$/ }).first().waitFor();
  console.log(`buyer: ${sku} drafted from the plan for ${supplier} and submitted`);
  await signOut();

  // --- the warehouse keeper: a low-stock alert -> the item's stock -> its ledger -----------
  await signIn("warehouse");
  await page.getByTestId("menu-dashboard").click();
  const low = page.getByTestId("card-alerts").locator(".ant-list-item").filter({ hasText: "Low stock" });
  const alert = low.first().locator('a[href*="#/stock?"]');
  await alert.waitFor();
  const [alertSku, alertWarehouse] = (await alert.innerText()).split(" @ ");
  await alert.click();
  const level = rows("stock-table").filter({ hasText: alertSku });
  await level.first().waitFor();
  assert.equal(await rows("stock-table").count(), 1, "the stock filtered to the alert's item");
  const levelCells = await cells(level.first());
  assert.ok(levelCells.includes(alertWarehouse), `the level: ${levelCells}`);
  await shot("03-keeper-stock-of-item");
  await level.first().click();
  await rows("ledger-table").first().waitFor();
  assert.ok((await rows("ledger-table").count()) >= 1);
  await shot("04-keeper-ledger");
  await page.keyboard.press("Escape");
  console.log(`warehouse: ${alertSku} @ ${alertWarehouse}: ${levelCells.join(" | ")}`);
  await signOut();

  // --- the credit controller: the order held on credit is released -------------------------
  await signIn("credit_controller");
  await page.getByTestId("menu-credit-holds").click();
  const held = rows("credit-holds-table").first();
  await held.waitFor();
  const heldNo = (await cells(held))[0];
  await shot("05-credit-holds");
  const release = held.locator('[data-testid^="release-"]');
  const orderId = (await release.getAttribute("data-testid")).replace("release-", "");
  await submitForm(`release-${orderId}`, { note: "paid in advance by bank transfer" });
  await rows("credit-holds-table").filter({ hasText: heldNo }).waitFor({ state: "detached" }); // off the list
  await shot("06-credit-hold-released");
  console.log(`credit: ${heldNo} released`);
  await signOut();

  // --- the sales clerk: that order in the order book, its lines reserved -------------------
  await signIn("sales");
  await page.getByTestId("menu-orders").click();
  const ordered = rows("orders-table").filter({ hasText: heldNo });
  await ordered.first().waitFor();
  await ordered.first().getByRole("link", { name: heldNo }).click();
  await page.getByTestId("order-page").waitFor();
  for (let i = 0; i < 60; i++) {
    if ((await page.getByTestId("order-status").innerText()) === "reserved") break;
    await page.getByTestId("order-refresh").click();
    await page.waitForLoadState("networkidle");
  }
  assert.equal(await page.getByTestId("order-status").innerText(), "reserved");
  assert.equal(await page.getByTestId("order-line-1-status").innerText(), "reserved");
  await shot("07-sales-order-reserved");
  console.log(`sales: ${heldNo} reserved`);
  await signOut();

  // --- the accountant: journal, trial balance, cash flow, budget vs actual -----------------
  await signIn("accountant");
  await page.getByTestId("menu-fin-journal").click();
  await rows("journal-table").first().waitFor();
  assert.ok((await rows("journal-table").count()) >= 10, "the demo's postings");
  await shot("08-accountant-journal");
  await page.getByTestId("menu-fin-trial-balance").click();
  await page.getByTestId("tb-balanced").filter({ hasText: "Balanced" }).waitFor();
  const debit = await page.getByTestId("tb-total-debit").innerText();
  assert.equal(debit, await page.getByTestId("tb-total-credit").innerText());
  assert.ok(Number(debit) > 0);
  await shot("09-accountant-trial-balance");
  await page.getByTestId("menu-fin-cash-flow").click();
  const received = await page.getByTestId("cf-received_from_customers").innerText();
  assert.ok(Number(received) > 0, `received from customers: ${received}`);
  // financing has its own line (the capital came in the demo's first month, before this one)
  const financing = await page.getByTestId("cf-financing").innerText();
  assert.ok(/^-?\d+(\.\d+)?$/.test(financing), `the financing line: ${financing}`);
  const closing = await page.getByTestId("cf-closing_cash").innerText();
  assert.ok(Number(closing) > 0, `closing cash (the capital paid in keeps it above 0): ${closing}`);
  await shot("10-accountant-cash-flow");
  await page.getByTestId("menu-fin-budget").click();
  await rows("budget-table").first().waitFor();
  const budget = await rows("budget-table").allInnerTexts();
  assert.ok(budget.some((r) => r.startsWith("6001")), `budget lines: ${budget}`);
  await drawn("budget-chart");
  await shot("11-accountant-budget-vs-actual");
  console.log(`accountant: trial balance ${debit} = ${debit}; received ${received}`);
  await signOut();

  // --- crm: a customer's profile, a follow-up, a complaint, a campaign for its segment -----
  await signIn("crm");
  await page.getByTestId("menu-customers").click();
  await page.getByTestId("customers-filter-q").fill("Retail");
  await page.getByTestId("customers-search").click();
  await rows("customers-table").first().waitFor();
  const codes = (await rows("customers-table").allInnerTexts()).map((r) => r.split("\t")[0].trim());
  await shot("12-crm-customers");
  // the first customer who has bought something (a new customer has no history nor segment)
  let code;
  for (const candidate of codes) {
    await rows("customers-table").getByRole("link", { name: candidate, exact: true }).click();
    // the purchase history's summary is in: its number of orders
    const orders = page.getByTestId("customer-order-count").filter({ hasText: /^\d+$/ });
    await orders.waitFor();
    if (Number(await orders.innerText()) > 0) {
      await rows("customer-orders-table").first().waitFor();
      code = candidate;
      break;
    }
    await page.goBack();
  }
  assert.ok(code, `no customer of ${codes} has bought anything`);
  const profile = page.getByTestId("customer-page");
  const segment = page.getByTestId("customer-segment");
  await segment.filter({ hasText: /^[a-z_]+$/ }).waitFor();
  const segmentName = await segment.innerText();
  const points = await page.getByTestId("customer-points").innerText();
  assert.ok(Number(points.replace(/,/g, "")) > 0, `points: ${points}`);
  await shot("13-crm-customer-profile");
  await profile.getByRole("tab", { name: "Follow-ups" }).click();
  await submitForm("follow-up-new", { subject: "Reorder for the spring festival", owner: people.crm, due_on: today });
  await rows("follow-ups-table").filter({ hasText: "Reorder for the spring festival" }).waitFor();
  await shot("14-crm-follow-up");
  await profile.getByRole("tab", { name: "Complaints & feedback" }).click();
  await submitForm("feedback-new", { subject: "Two cups arrived broken", description: "Carton crushed in transit" });
  await rows("feedback-table").filter({ hasText: "Two cups arrived broken" }).waitFor();
  await shot("15-crm-complaint");
  await page.getByTestId("menu-campaigns").click();
  const campaign = `SPRING-${Date.now().toString(36).toUpperCase()}`;
  await submitForm("campaign-new", {
    code: campaign,
    name: `Spring offer for ${segmentName}`,
    target_value: segmentName,
    percent_off: "0.10",
    valid_from: today,
    valid_until: `${month}-28` < today ? today : `${month}-28`,
  });
  await page.getByTestId(`campaign-issue-${campaign}`).click();
  await page.locator(".ant-message").getByText("Saved").last().waitFor();
  const campaignRow = rows("campaigns-table").filter({ hasText: campaign });
  for (let i = 0; i < 40 && (await cells(campaignRow.first()))[5] === "0"; i++) await page.waitForTimeout(250);
  await shot("16-crm-campaign");
  console.log(`crm: ${code} is ${segmentName} with ${points} points; campaign ${campaign}: ${await cells(campaignRow.first())}`);
  await signOut();

  // --- the manager (admin): the dashboard's figures and charts, non-empty ------------------
  await signIn("admin");
  await page.getByTestId("menu-dashboard").click();
  for (const chart of ["stock-value-chart", "target-chart", "aging-chart"]) await drawn(chart);
  const figures = {};
  for (const id of ["stock-value-total", "alerts-low", "alerts-over", "open-pos", "orders-today", "shipments-today", "receivables-total", "pnl-result"])
    figures[id] = (await page.getByTestId(id).innerText()).replace(/\n/g, " ");
  console.log(`admin: dashboard ${JSON.stringify(figures)}`);
  assert.match(figures["alerts-low"], /[1-9]/);
  assert.match(figures["alerts-over"], /[1-9]/);
  assert.match(figures["orders-today"], /[1-9]/);
  assert.match(figures["receivables-total"], /[1-9]/);
  await page.getByTestId("target-chart").scrollIntoViewIfNeeded();
  await shot("17-manager-dashboard");
  await page.getByTestId("language").click(); // 中文: the same figures, Chinese labels
  await page.getByTestId("card-target").getByText("本月销售目标达成").waitFor();
  for (const chart of ["stock-value-chart", "target-chart", "aging-chart"]) await drawn(chart);
  await shot("18-manager-dashboard-zh");

  console.log(`e2e days-work: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  if (page) await shot("zz-failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw e;
} finally {
  await browser.close();
}
