// Launches Debian's Chromium headless for browser tests (no downloaded browsers on these machines).
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.PILAH_CHROMIUM ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
