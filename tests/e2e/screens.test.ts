import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, openPage, signIn, tabletPortrait, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

/**
 * Screens of each role at desktop and tablet size for comparing a change by eye:
 * `SCREENS=before|after npx vitest run --project e2e tests/e2e/screens.test.ts` writes docs/screens/<phase>/.
 */
const phase = process.env.SCREENS;
const dir = `docs/screens/${phase}`;
const sizes = { desktop: { width: 1280, height: 800 }, tablet: tabletPortrait };

let browser: Browser;

beforeAll(async () => {
  if (!phase) return;
  fs.mkdirSync(dir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string, size: string) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${dir}/${name}-${size}.png`, fullPage: false });
}

async function heading(page: Page, name: string | RegExp) {
  await visible(page.getByRole("heading", { level: 1, name }));
}

describe.runIf(phase)("screens for the record", () => {
  for (const [size, viewport] of Object.entries(sizes)) {
    it(`shows the advisor's screens at ${size}`, async () => {
      const page = await openPage(browser, viewport);
      try {
        await signIn(page, demoLogins.advisor);
        await heading(page, "Meine Aufgaben");
        await page.waitForLoadState("networkidle");
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.info(`task page scroll height at ${size}: ${height}px`);
        expect(height).toBeGreaterThan(0);
        await shoot(page, "advisor-tasks", size);
        await page.goto("/persons");
        await heading(page, "Personen");
        await shoot(page, "advisor-persons", size);
        await page.goto("/persons?q=Iyer");
        await (await visible(page.getByRole("link", { name: "Iyer, Rahul" }))).click();
        await heading(page, "Rahul Iyer");
        await shoot(page, "advisor-person", size);
        await page.locator('main a[href^="/cases/"]').first().click();
        await heading(page, /^Fall: /);
        await shoot(page, "advisor-case", size);
        await page.goto("/offers");
        await heading(page, "Angebote");
        await shoot(page, "advisor-offers", size);
      } finally {
        await closePage(page);
      }
    });

    it(`shows the employer's, manager's and admin's home at ${size}`, async () => {
      for (const [role, email, path, title] of [
        ["employer", demoLogins.employer, "/portal/offers", "Unsere Angebote"],
        ["manager", demoLogins.manager, "/statistics", "Statistik"],
        ["admin", demoLogins.admin, "/admin/users", /Benutzer/],
      ] as const) {
        const page = await openPage(browser, viewport);
        try {
          await signIn(page, email);
          await page.waitForURL((url) => url.pathname !== "/login");
          await page.goto(path);
          await heading(page, title);
          await shoot(page, role, size);
        } finally {
          await closePage(page);
        }
      }
    });
  }
});
