import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closePage,
  demoLogins,
  launchBrowser,
  mainNav,
  openPage,
  SHOTS_DIR,
  signIn,
  visible,
} from "./browser.ts";

let browser: Browser;
let page: Page;
let centreName = "";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  // The print dialog is the browser's own; count the calls instead of opening it.
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls++;
    };
  });
  await signIn(page, demoLogins.advisor);
  await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
  centreName = (await page.locator(".user-place-part").first().textContent()) ?? "";
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

const printCalls = () => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** What the printed page shows: the letterhead, the record, and none of the app around it. */
async function expectPrintedPage(kind: string, heading: string, file: string) {
  await page.emulateMedia({ media: "print" });
  try {
    const letterhead = page.locator(".print-header");
    const text = (await (await visible(letterhead)).textContent()) ?? "";
    expect(text).toContain(centreName);
    expect(text).toContain(kind);
    expect(text).toMatch(/Gedruckt von .+ am \d{2}\.\d{2}\.\d{4}/);
    await visible(page.getByRole("heading", { level: 1, name: heading }));
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
    expect(await page.locator("main button:visible, main form:visible").count()).toBe(0);
    const pdf = await page.pdf({ format: "A4", path: `${SHOTS_DIR}/${file}.pdf` });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page.screenshot({ path: `${SHOTS_DIR}/${file}.png`, fullPage: true });
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

describe("printable summaries", () => {
  it("prints a person's page with the centre's letterhead and without the app around it", async () => {
    expect(centreName).toMatch(/Welcome Center/);
    await mainNav(page).getByRole("link", { name: "Personen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Personen" }));
    const first = page.locator("table tbody tr a").first();
    const name = (await (await visible(first)).textContent()) ?? "";
    await first.click();
    const [family = "", given = ""] = name.split(", ");
    await visible(page.getByRole("heading", { level: 1, name: `${given} ${family}` }));
    expect(await page.locator(".print-header").isVisible()).toBe(false);

    await page.getByRole("button", { name: "Drucken" }).first().click();
    expect(await printCalls()).toBe(1);
    await expectPrintedPage("Personenübersicht", `${given} ${family}`, "print-person");
  });

  it("prints a case the same way", async () => {
    const caseLink = page.locator('a[href^="/cases/"]').first();
    await (await visible(caseLink)).click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await visible(page.locator(".case-layout"));
    const heading = await visible(page.getByRole("heading", { level: 1 }));
    const title = (await heading.textContent()) ?? "";
    await page.getByRole("button", { name: "Drucken" }).first().click();
    expect(await printCalls()).toBe(2);
    await expectPrintedPage("Fallübersicht", title, "print-case");
  });

  it("says it in English too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("button", { name: "Print" }).first());
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.locator(".print-header").textContent()).toMatch(
        /Case summary[\s\S]*Printed by .+ on/,
      );
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.getByRole("button", { name: "Deutsch" }).click();
    }
  });
});
