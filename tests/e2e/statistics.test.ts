import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, openPage, screenshot, signIn, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await signIn(page, demoLogins.manager);
  await visible(page.getByRole("heading", { level: 1, name: "Statistik" }));
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

const requestsCard = () => page.locator('[data-figure="requests"]');

async function companyTotal(year: string): Promise<number> {
  const panel = requestsCard().locator(".stat-panel").filter({ hasText: year }).first();
  const total = panel.getByRole("table").locator('tfoot tr[data-row="total"] td').nth(1);
  await visible(total);
  return Number((await total.textContent())?.replace(/\./g, ""));
}

async function companyMonths(year: string): Promise<string[]> {
  const panel = requestsCard().locator(".stat-panel").filter({ hasText: year }).first();
  return panel.getByRole("table").locator("tbody tr td:nth-of-type(2)").allTextContents();
}

describe("statistics", () => {
  it("shows the shift from person to company requests between 2024 and 2025, as chart and table", async () => {
    await page.getByRole("combobox", { name: "Jahr" }).selectOption("2024");
    await visible(requestsCard().locator(".recharts-surface").first());
    await requestsCard().getByRole("button", { name: "Tabelle" }).click();
    expect(await requestsCard().getByRole("button", { name: "Tabelle" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    const months2024 = await companyMonths("2024");
    expect(months2024).toHaveLength(12);
    const total2024 = await companyTotal("2024");

    await page.getByRole("combobox", { name: "Jahr" }).selectOption("2025");
    await visible(requestsCard().locator(".stat-panel-heading", { hasText: "2025" }));
    const total2025 = await companyTotal("2025");
    expect(new URL(page.url()).searchParams.get("year")).toBe("2025");

    await page.getByRole("checkbox", { name: "Vorjahresvergleich" }).click();
    await visible(requestsCard().locator(".stat-panel-heading", { hasText: "2024" }));
    expect(await companyTotal("2024")).toBe(total2024);
    await requestsCard().getByRole("button", { name: "Tabelle" }).click();
    await page.locator('[data-figure="language"]').scrollIntoViewIfNeeded();
    await visible(page.locator('[data-figure="language"] .recharts-surface').nth(1));
    await requestsCard().scrollIntoViewIfNeeded();
    await visible(page.locator('[data-figure="requests"] .recharts-surface').nth(1));
    await screenshot(page, "statistics-2025-vs-2024");
    expect(total2024).toBeGreaterThan(0);
    expect(total2025).toBeGreaterThan(total2024 * 1.5);
  });

  it("downloads a figure as CSV with BOM, semicolons and German headers", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      requestsCard()
        .getByRole("link", { name: /^CSV 2025 herunterladen: Neue Anfragen pro Monat/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("ankommen-requests-2025-01-2025-12-centre.csv");
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe("Monat;Neue Anfragen von Personen;Neue Anfragen von Unternehmen");
    expect(text.split("\r\n")[1]).toMatch(/^2025-01;\d+;\d+$/);
  });

  it("works on a tablet in portrait and in English", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Statistics" }));
    await visible(requestsCard().getByRole("columnheader", { name: "Companies" }).first());
    await screenshot(page, "statistics-tablet-en");
    await page.getByRole("button", { name: "Deutsch" }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows the whole region, slightly altered by the cell-key method and with small values as '< 5'", async () => {
    await page.getByRole("combobox", { name: "Ebene" }).selectOption("region");
    await visible(page.getByText("Regionsweite Zahlen sind nach dem Cell-Key-Verfahren", { exact: false }));
    await page.locator('[data-figure="nationalities"]').scrollIntoViewIfNeeded();
    await visible(page.locator('[data-figure="nationalities"] .recharts-surface').first());
    await screenshot(page, "statistics-region");
  });
});
