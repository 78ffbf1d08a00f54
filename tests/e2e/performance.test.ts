import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, launchBrowser, openPage, signIn, visible } from "./browser.ts";
import { measureDashboardSettle, openDashboardUntilSettled, signInThroughApi } from "./dashboard-settle.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __largestContentfulPaint?: number;
  }
}

describe("performance", () => {
  it("measures the largest contentful paint of the advisor's home (Meine Aufgaben)", async () => {
    const page = await openPage(browser);
    try {
      await signIn(page, demoLogins.advisor);
      await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      // A fresh load of "/" with the session: what an advisor sees first every morning.
      await page.addInitScript(() => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__largestContentfulPaint = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      await page.goto("/", { waitUntil: "load" });
      await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      await page.waitForLoadState("networkidle");
      const lcp = await page.evaluate(
        () =>
          new Promise<number | undefined>((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(window.__largestContentfulPaint), 100)),
          ),
      );
      process.stdout.write(`[lcp] advisor home (Meine Aufgaben): ${lcp?.toFixed(0)} ms\n`);
      expect(lcp).toBeGreaterThan(0);
      expect(lcp).toBeLessThan(5_000);
    } finally {
      await closePage(page);
    }
  });
});

describe("dashboard settle", () => {
  it.each([
    ["advisor", demoLogins.advisor],
    ["manager", demoLogins.manager],
  ])("settles the %s's statistics dashboard (cards in view show their figures)", async (who, email) => {
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) runs.push(await measureDashboardSettle(browser, email));
    process.stdout.write(
      `[settle] ${who} statistics dashboard: ${runs.map((ms) => ms.toFixed(0)).join(", ")} ms\n`,
    );
    expect(Math.min(...runs)).toBeGreaterThan(0);
    expect(Math.min(...runs)).toBeLessThan(3_000);
  });
});

describe("dashboard loading", () => {
  it("asks only for the cards in view, shows the others' skeletons and loads a card when it scrolls in", async () => {
    const page = await openPage(browser);
    try {
      const asked: string[] = [];
      page.on("request", (request) => {
        const figure = /\/api\/stats\/([a-z-]+)\?/.exec(request.url())?.[1];
        if (figure) asked.push(figure);
      });
      await signInThroughApi(page, demoLogins.manager);
      await openDashboardUntilSettled(page);
      expect(asked).toContain("requests");
      expect(asked).not.toContain("permits");
      const permits = page.locator('[data-figure="permits"]');
      expect(await permits.locator(".stat-skeleton").count()).toBe(1);
      await permits.scrollIntoViewIfNeeded();
      await visible(permits.locator(".recharts-surface").first());
      expect(await permits.locator(".stat-skeleton").count()).toBe(0);
      expect(asked.filter((figure) => figure === "permits")).toHaveLength(1);
    } finally {
      await closePage(page);
    }
  });
});
