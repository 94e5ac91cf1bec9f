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
