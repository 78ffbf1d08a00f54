import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, openPage, signIn, visible } from "./browser.ts";
import { measureDashboardSettle, signInThroughApi } from "./dashboard-settle.ts";
import { launchBrowser } from "./launch-browser.ts";
import { homeLargestContentfulPaint, openDashboardUntilSettled } from "./page-timing.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("performance", () => {
  it("measures the largest contentful paint of the advisor's home (Meine Aufgaben)", async () => {
    const page = await openPage(browser);
    try {
      await signIn(page, demoLogins.advisor);
      await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      const lcp = await homeLargestContentfulPaint(page);
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
