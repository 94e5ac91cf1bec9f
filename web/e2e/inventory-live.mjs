// End to end in a real browser (Debian's Chromium driven by playwright-core), through the
// gateway: a warehouse user opens the dashboard (the stock value chart drawn), the stock
// screen paged and sorted by the server (the next page; on hand descending), sees a receipt posted through purchasing's API
// meanwhile change a stock figure without a reload (server-sent events), counts on the
// handheld screen (360×640) with barcode entry, and finds the count's difference in the
// ledger. Started by tests/e2e/test_inventory_live.py, which starts the services and the
// gateway and seeds through the APIs; screenshots go to $JXC_E2E_ARTIFACTS.
//   JXC_E2E_URL JXC_E2E_SKUS='["A","B","C"]' JXC_E2E_BARCODE JXC_E2E_WAREHOUSE
//   JXC_E2E_ORDER (a purchase order of 5 of A, approved, to receive) node e2e/inventory-live.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, newContext, whatHappened } from "./browser.mjs";

const url = process.env.JXC_E2E_URL;
const [a, b, c] = JSON.parse(process.env.JXC_E2E_SKUS ?? "[]");
const barcode = process.env.JXC_E2E_BARCODE;
const warehouse = process.env.JXC_E2E_WAREHOUSE ?? "WH-SH";
const order = process.env.JXC_E2E_ORDER;
const artifacts = process.env.JXC_E2E_ARTIFACTS ?? "e2e-artifacts/inventory-live";
assert.ok(url && a && b && c && barcode && order, "JXC_E2E_URL, _SKUS, _BARCODE and _ORDER are needed");
fs.mkdirSync(artifacts, { recursive: true });

const browser = await launchChromium();
let page;
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const started = Date.now();
const step = (name) => console.log(`step (${((Date.now() - started) / 1000).toFixed(1)} s): ${name}`);
const settled = () =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((x) => x.effect?.getComputedTiming().iterations !== Infinity) // not a spinner's
        .map((x) => x.finished.catch(() => {})),
    ),
  );
const go = (hash) => page.evaluate((h) => (window.location.hash = h), hash);
const row = (sku) => page.locator(`[data-testid="stock-table"] tr[data-row-key="${sku}/${warehouse}"]`);
const onHand = async (sku) => (await row(sku).locator("td").nth(2).innerText()).trim();

/** A receipt posted elsewhere: through the gateway to purchasing's API, as another user. */
async function receiveElsewhere() {
  const signIn = await fetch(`${url}/gateway/dev-token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user: "zhao.shou", roles: ["warehouse"], warehouses: [warehouse] }),
  });
  const { token } = await signIn.json();
  const answer = await fetch(`${url}/api/purchasing/purchase-orders/${order}/receipts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ lines: [{ line_no: 1, quantity_accepted: "5" }] }),
  });
  assert.equal(answer.status, 201, await answer.text());
}

try {
  const context = await newContext(browser, { width: 1280, height: 800 });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));

  step("sign in as a warehouse user: the dashboard comes first");
  await page.goto(url);
  await page.getByTestId("sign-in-user").fill("wang.cang");
  await page.getByTestId("sign-in-warehouses").fill(warehouse);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("dashboard").waitFor();
  await page.locator('[data-testid="stock-value-chart"] canvas').waitFor();
  const total = await page.getByTestId("stock-value-total").innerText();
  assert.match(total, /CNY \d/, `stock value total: ${total}`);
  assert.equal(await page.getByTestId("card-pnl").count(), 0, "no P&L card without the accountant role");
  await settled();
  await shot("01-dashboard");

  step("the stock screen pages on the server: two positions a page");
  await go("#/stock?page_size=2");
  await row(a).waitFor();
  await row(b).waitFor();
  assert.equal(await row(c).count(), 0, "the third position is on the next page");
  await page.getByTestId("stock-table-next").click();
  await row(c).waitFor();
  assert.equal(await row(a).count(), 0);
  await shot("02-stock-page-2");
  await page.getByTestId("stock-table-first").click();
  await row(a).waitFor();

  step("sorted on the server: on hand, descending, pages in that order");
  const onHandHeader = page.locator('[data-testid="stock-table"] thead th').nth(2);
  const sortedBy = (order) =>
    page.waitForResponse((r) => r.url().includes("/api/inventory/stock?") && r.url().includes("sort=on_hand") && r.url().includes(`order=${order}`));
  let answered = sortedBy("asc");
  await onHandHeader.click();
  await answered;
  answered = sortedBy("desc");
  await onHandHeader.click();
  const descending = await answered;
  assert.ok(descending.headers()["x-next-cursor"], "a next page's cursor from the server");
  await row(c).waitFor(); // on the second page by SKU, first by on hand descending
  const firstKey = await page.locator('[data-testid="stock-table"] tbody tr.ant-table-row').first().getAttribute("data-row-key");
  assert.equal(firstKey, `${c}/${warehouse}`);
  assert.equal(await row(a).count(), 0, "the least on hand is on the next page");
  await shot("02b-stock-sorted-on-hand-desc");
  await page.getByTestId("stock-table-next").click();
  await row(a).waitFor();
  answered = page.waitForResponse((r) => r.url().includes("/api/inventory/stock?") && !r.url().includes("sort="));
  await onHandHeader.click(); // a third click: the server's default order again
  await answered;
  await row(a).waitFor();

  step("a receipt posted elsewhere shows without a reload");
  await page.getByTestId("live-on").waitFor();
  assert.equal(Number(await onHand(a)), 10);
  await shot("03-stock-before-receipt");
  const marker = await page.evaluate(() => (window.__notReloaded = true));
  await receiveElsewhere();
  await page.waitForFunction(
    (selector) => Number(document.querySelector(selector)?.querySelectorAll("td")[2]?.textContent) === 15,
    `[data-testid="stock-table"] tr[data-row-key="${a}/${warehouse}"]`,
    { timeout: 30_000 },
  );
  assert.equal(await page.evaluate(() => window.__notReloaded), marker, "the page was not reloaded");
  await shot("04-stock-after-receipt-live");

  step("count on the handheld screen (360×640) with a barcode scanner");
  await page.setViewportSize({ width: 360, height: 640 });
  await go("#/count");
  assert.equal(await page.getByTestId("count-warehouse").inputValue(), warehouse);
  await page.getByTestId("count-open").click();
  const scan = page.getByTestId("count-scan");
  await scan.waitFor();
  for (let i = 0; i < 3; i++) {
    // a scanner types the code and presses Enter
    await scan.pressSequentially(barcode, { delay: 5 });
    await scan.press("Enter");
    await page.getByTestId(`count-line-${a}`).locator("strong", { hasText: new RegExp(`^${i + 1}$`) }).waitFor();
  }
  await scan.pressSequentially(b);
  await scan.press("Enter");
  await page.getByTestId(`count-line-${b}`).waitFor();
  await page.getByTestId("count-qty").fill("20"); // typed: all twenty of B are there
  await page.getByTestId(`count-line-${b}`).locator("strong", { hasText: /^20$/ }).waitFor();
  await settled();
  await shot("05-count-handheld-scanned");
  await page.getByTestId("count-submit").click();
  await page.locator(".ant-message").getByText(/: 2$/).waitFor(); // both lines recorded
  await page.getByTestId("count-close").click();
  const result = page.getByTestId("count-result");
  await result.waitFor();
  const aLine = await result.locator("tr").filter({ hasText: a }).locator("td").allInnerTexts();
  assert.deepEqual(aLine.map((x) => Number(x) || x).slice(1), [3, 15, -12], `count of ${a}: ${aLine}`);
  await settled();
  await shot("06-count-handheld-differences");

  step("the count's difference is in the ledger");
  await page.setViewportSize({ width: 1280, height: 800 });
  await go(`#/stock?sku=${encodeURIComponent(a)}&warehouse=${encodeURIComponent(warehouse)}`);
  await page.waitForFunction(
    (selector) => Number(document.querySelector(selector)?.querySelectorAll("td")[2]?.textContent) === 3,
    `[data-testid="stock-table"] tr[data-row-key="${a}/${warehouse}"]`,
  );
  await row(a).click();
  const ledger = page.getByTestId("ledger-table");
  // the quantity column (the third) says -12
  const countLine = ledger
    .locator("tbody tr.ant-table-row")
    .filter({ has: page.locator("td:nth-child(3)", { hasText: /^-12(\.0+)?$/ }) });
  await countLine.waitFor();
  console.log(`the count's ledger line: ${(await countLine.locator("td").allInnerTexts()).join(" | ")}`);
  await settled();
  await shot("07-ledger-count-difference");
  console.log("e2e inventory live: ok");
} catch (error) {
  if (page) await shot("failure").catch(() => {});
  if (page) console.log(await whatHappened(page));
  throw error;
} finally {
  await browser.close();
}
