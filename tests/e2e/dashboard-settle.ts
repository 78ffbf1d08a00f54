import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { closePage, DEMO_PASSWORD, demoSessionCookie, openPage } from "./browser.ts";
import { openDashboardUntilSettled } from "./page-timing.ts";

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

export async function measureDashboardSettle(browser: Browser, email: string): Promise<number> {
  const page = await openPage(browser);
  try {
    await signInThroughApi(page, email);
    return await openDashboardUntilSettled(page);
  } finally {
    await closePage(page);
  }
}
