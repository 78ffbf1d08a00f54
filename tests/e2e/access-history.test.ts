import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closePage,
  demoLogins,
  launchBrowser,
  mainNav,
  openPage,
  screenshot,
  signIn,
  visible,
} from "./browser.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await signIn(page, demoLogins.advisor);
  await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

describe("access history on the person page", () => {
  it("shows who read the person, in words, with the newest entry first", async () => {
    const advisorName = (await page.locator(".user-name").first().textContent()) ?? "";
    await mainNav(page).getByRole("link", { name: "Personen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Personen" }));
    await (await visible(page.locator("table tbody tr a").first())).click();
    const section = page.locator("#access-history");
    await visible(section.getByRole("heading", { level: 2, name: "Zugriffe" }));
    const firstRow = await visible(section.locator("tbody tr").first());
    const cells = await firstRow.locator("td").allTextContents();
    expect(cells[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    expect(cells.slice(1)).toEqual([
      advisorName,
      "Beratung",
      expect.stringMatching(/^Welcome Center /),
      "Gelesen",
      "Personendaten",
    ]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "person-access-history");

    await page.getByRole("button", { name: "English" }).click();
    await visible(section.getByRole("heading", { level: 2, name: "Access history" }));
    await visible(section.getByText("Personal data").first());
    await page.getByRole("button", { name: "Deutsch" }).click();
  });
});
