import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { closePage, DEMO_PASSWORD, demoSessionCookie, openPage } from "./browser.ts";

declare global {
  interface Window {
    __pendingRequests?: number;
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

/** Signed in through the API, so the first page the browser loads is the dashboard: nothing is cached. */
export async function signInThroughApi(page: Page, email: string) {
  const shared = demoSessionCookie(email);
  if (shared) {
    await page.context().addCookies([{ name: "ankommen_session", value: shared, url: inject("baseUrl") }]);
    return;
  }
  const login = await page.request.post("/api/auth/login", {
    data: { email, password: DEMO_PASSWORD },
    headers: { origin: inject("baseUrl") },
  });
  if (!login.ok()) throw new Error(`sign-in of ${email} failed with ${login.status()}`);
}

/** Opens the dashboard and resolves with the ms since navigation start at which it settled. */
export async function openDashboardUntilSettled(page: Page): Promise<number> {
  await page.addInitScript(countPendingFetches);
  await page.goto("/statistics", { waitUntil: "commit" });
  const handle = await page.waitForFunction(settledAt, undefined, { polling: "raf", timeout: 20_000 });
  return Number(await handle.jsonValue());
}

export async function measureDashboardSettle(browser: Browser, email: string): Promise<number> {
  const page = await openPage(browser);
  try {
    await signInThroughApi(page, email);
    return await openDashboardUntilSettled(page);
  } finally {
    await closePage(page);
  }
}
