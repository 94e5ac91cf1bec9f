// Debian's Chromium for the browser tests, started as nothing outside this machine can be
// reached: headless, no sandbox (root in CI), no background networking or updates.
// playwright gives the browser a new empty profile of its own (no --user-data-dir here).
import { chromium } from "playwright-core";

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.JXC_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    timeout: 60_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A browser context of `viewport` asking for reduced motion, as a user may (the app then turns
 * Ant Design's animations off): a modal's OK button moves while the modal zooms in, and under
 * load a click could press it at one place and release it at another, which clicks nothing.
 * The context keeps what its pages did last for a failure's report (see whatHappened). */
export async function newContext(browser, viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
  await context.addInitScript(() => {
    const kept = (window.__jxcEvents = []);
    for (const type of ["pointerdown", "pointerup", "click", "keydown"]) {
      document.addEventListener(
        type,
        (e) => {
          const at = e.clientX === undefined ? e.key : `${Math.round(e.clientX)},${Math.round(e.clientY)}`;
          const target = e.target instanceof Element ? e.target.outerHTML.slice(0, 100) : String(e.target);
          kept.push(`${(performance.now() / 1000).toFixed(2)} s ${type} ${at} on ${target}`);
          if (kept.length > 20) kept.shift();
        },
        true,
      );
    }
  });
  const started = Date.now();
  const requests = [];
  const keep = (line) => {
    requests.push(`${((Date.now() - started) / 1000).toFixed(2)} s ${line}`);
    if (requests.length > 20) requests.shift();
  };
  context.on("requestfinished", async (r) => keep(`${r.method()} ${r.url()} ${(await r.response())?.status()}`));
  context.on("requestfailed", (r) => keep(`${r.method()} ${r.url()} failed: ${r.failure()?.errorText}`));
  context.jxcRequests = requests;
  return context;
}

/** The page's last pointer and key events (time since the page loaded) and the context's last
 * requests (time since it was made): printed when a browser test fails. */
export async function whatHappened(page) {
  const events = await page.evaluate(() => window.__jxcEvents ?? []).catch((e) => [`(unknown: ${e})`]);
  const requests = page.context().jxcRequests ?? [];
  return ["last events in the page:", ...events, "last requests:", ...requests].join("\n  ");
}
