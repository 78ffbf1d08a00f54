import fs from "node:fs";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
/**
 * Lambda-oriented flags that make the browser unlike a user's: without web security Chromium sends no
 * Origin header (the server rightly refuses such writes), and a single process dies with its first context.
 */
const unrealisticArgs = new Set(["--disable-web-security", "--single-process"]);

/** Headless Chromium: the system's when installed, else the one `npm ci` brings. No Vitest inside: the bench uses it too. */
export async function launchBrowser(): Promise<Browser> {
  if (fs.existsSync(SYSTEM_CHROMIUM)) {
    return chromium.launch({ executablePath: SYSTEM_CHROMIUM, headless: true, args: ["--no-sandbox"] });
  }
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    headless: true,
    args: [...sparticuz.args.filter((arg) => !unrealisticArgs.has(arg)), "--no-sandbox"],
  });
}
