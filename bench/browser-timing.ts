import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../tests/e2e/launch-browser.ts";
import {
  DASHBOARD_SETTLE_BUDGET_MS,
  HOME_LCP_BUDGET_MS,
  homeLargestContentfulPaint,
  openDashboardUntilSettled,
} from "../tests/e2e/page-timing.ts";
import { signInOverHttp } from "../tests/setup/http-sign-in.ts";

export type BrowserTiming = { name: string; budgetMs: number; runs: number[]; median: number };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Headless Chromium against the bench's app server: each run opens a fresh context (nothing cached) with the
 * account's session and loads the page once. The same measurements the browser suite reports, judged here
 * on their median (a first, cold run counts too: it is what an advisor meets in the morning).
 */
export async function measureBrowserTimings(appUrl: string, runs: number): Promise<BrowserTiming[]> {
  const browser = await launchBrowser();
  try {
    const manager = await signInOverHttp(appUrl, "manager@hildesheim.example");
    const advisor = await signInOverHttp(appUrl, "advisor@hildesheim.example");
    const settle = await repeat(browser, appUrl, manager, runs, openDashboardUntilSettled);
    const lcp = await repeat(browser, appUrl, advisor, runs, async (page) => {
      const value = await homeLargestContentfulPaint(page);
      if (value === undefined) throw new Error("the browser reported no largest contentful paint");
      return value;
    });
    return [
      {
        name: "statistics dashboard settled (manager)",
        budgetMs: DASHBOARD_SETTLE_BUDGET_MS,
        runs: settle,
        median: median(settle),
      },
      { name: "Meine Aufgaben LCP (advisor)", budgetMs: HOME_LCP_BUDGET_MS, runs: lcp, median: median(lcp) },
    ];
  } finally {
    await browser.close();
  }
}

async function repeat(
  browser: Browser,
  appUrl: string,
  cookie: string,
  runs: number,
  measure: (page: Page) => Promise<number>,
): Promise<number[]> {
  const [name, value] = cookie.split("=", 2) as [string, string];
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({
      baseURL: appUrl,
      viewport: { width: 1280, height: 800 },
      locale: "de-DE",
    });
    try {
      await context.addCookies([{ name, value, url: appUrl }]);
      times.push(await measure(await context.newPage()));
    } finally {
      await context.close();
    }
  }
  return times;
}
