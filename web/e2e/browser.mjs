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
 * load a click could press it at one place and release it at another, which clicks nothing. */
export function newContext(browser, viewport) {
  return browser.newContext({ viewport, reducedMotion: "reduce" });
}
