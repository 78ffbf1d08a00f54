import type { Page } from "playwright-core";

/**
 * What the browser suite reports and the bench judges (issue 19 and 20): when the statistics dashboard
 * has settled and when "Meine Aufgaben" painted its largest content. No Vitest inside: `bench/` uses it.
 */

/** Budgets the bench judges (the browser suite only reports the figures). */
export const DASHBOARD_SETTLE_BUDGET_MS = 1_500;
export const HOME_LCP_BUDGET_MS = 1_000;

declare global {
  interface Window {
    __pendingRequests?: number;
    __largestContentfulPaint?: number;
  }
}

/** Counts the page's fetches in flight, so "settled" can include "no request pending". */
function countPendingFetches() {
  window.__pendingRequests = 0;
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    window.__pendingRequests = (window.__pendingRequests ?? 0) + 1;
    try {
      return await original(...args);
    } finally {
      window.__pendingRequests = (window.__pendingRequests ?? 1) - 1;
    }
  };
}

/**
 * Settled: every statistics card in the viewport shows its figure, chart, empty note or error (no
 * skeleton, no spinner, nothing busy) and no fetch is pending. Returns ms since navigation start.
 */
function settledAt(): number | false {
  const cards = [...document.querySelectorAll<HTMLElement>("[data-figure]")];
  const inView = cards.filter((card) => {
    const rect = card.getBoundingClientRect();
    return rect.top < window.innerHeight && rect.bottom > 0;
  });
  if (inView.length === 0 || (window.__pendingRequests ?? 0) > 0) return false;
  const done = inView.every(
    (card) =>
      !card.querySelector('[role="status"], .stat-skeleton, [aria-busy="true"]') &&
      card.querySelector(".recharts-surface, .stat-keys, .data-table, .stat-empty, .error-state") !== null,
  );
  return done ? performance.now() : false;
}

/** Opens the dashboard on a signed-in page and resolves with the ms since navigation start at which it settled. */
export async function openDashboardUntilSettled(page: Page): Promise<number> {
  await page.addInitScript(countPendingFetches);
  await page.goto("/statistics", { waitUntil: "commit" });
  const handle = await page.waitForFunction(settledAt, undefined, { polling: "raf", timeout: 20_000 });
  return Number(await handle.jsonValue());
}

function observeLargestContentfulPaint() {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__largestContentfulPaint = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
}

/**
 * A fresh load of the advisor's home "/" on a signed-in page — what an advisor sees first every morning —
 * and the largest contentful paint once "Meine Aufgaben" shows and the network is idle (ms since navigation start).
 */
export async function homeLargestContentfulPaint(page: Page): Promise<number | undefined> {
  await page.addInitScript(observeLargestContentfulPaint);
  await page.goto("/", { waitUntil: "load" });
  await page
    .getByRole("heading", { level: 1, name: "Meine Aufgaben" })
    .waitFor({ state: "visible", timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(window.__largestContentfulPaint), 100)),
      ),
  );
}
