import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins, mainNav, SHOTS_DIR, signedInSession, visible } from "./browser.ts";

let centreName = "";

// The print dialog is the browser's own; count the calls instead of opening it.
const session = signedInSession(demoLogins.advisor, "Meine Aufgaben", (page) =>
  page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls++;
    };
  }),
);
beforeAll(async () => {
  centreName = (await session.page.locator(".user-place-part").first().textContent()) ?? "";
});

const printCalls = () =>
  session.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** What the printed page shows: the letterhead, the record, and none of the app around it. */
async function expectPrintedPage(kind: string, heading: string, file: string) {
  await session.page.emulateMedia({ media: "print" });
  try {
    const letterhead = session.page.locator(".print-header");
    const text = (await (await visible(letterhead)).textContent()) ?? "";
    expect(text).toContain(centreName);
    expect(text).toContain(kind);
    expect(text).toMatch(/Gedruckt von .+ am \d{2}\.\d{2}\.\d{4}/);
    await visible(session.page.getByRole("heading", { level: 1, name: heading }));
    expect(await session.page.locator(".app-header").isVisible()).toBe(false);
    expect(await session.page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
    expect(await session.page.locator("main button:visible, main form:visible").count()).toBe(0);
    const pdf = await session.page.pdf({ format: "A4", path: `${SHOTS_DIR}/${file}.pdf` });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await session.page.screenshot({ path: `${SHOTS_DIR}/${file}.png`, fullPage: true });
  } finally {
    await session.page.emulateMedia({ media: "screen" });
  }
}

describe("printable summaries", () => {
  it("prints a person's page with the centre's letterhead and without the app around it", async () => {
    expect(centreName).toMatch(/Welcome Center/);
    await mainNav(session.page).getByRole("link", { name: "Personen" }).click();
    await visible(session.page.getByRole("heading", { level: 1, name: "Personen" }));
    const first = session.page.locator("table tbody tr a").first();
    const name = (await (await visible(first)).textContent()) ?? "";
    await first.click();
    const [family = "", given = ""] = name.split(", ");
    await visible(session.page.getByRole("heading", { level: 1, name: `${given} ${family}` }));
    expect(await session.page.locator(".print-header").isVisible()).toBe(false);

    await session.page.getByRole("button", { name: "Drucken" }).first().click();
    expect(await printCalls()).toBe(1);
    await expectPrintedPage("Personenübersicht", `${given} ${family}`, "print-person");
  });

  it("prints a case the same way", async () => {
    const caseLink = session.page.locator('a[href^="/cases/"]').first();
    await (await visible(caseLink)).click();
    await session.page.waitForURL(/\/cases\/[^/]+$/);
    await visible(session.page.locator(".case-layout"));
    const heading = await visible(session.page.getByRole("heading", { level: 1 }));
    const title = (await heading.textContent()) ?? "";
    await session.page.getByRole("button", { name: "Drucken" }).first().click();
    expect(await printCalls()).toBe(2);
    await expectPrintedPage("Fallübersicht", title, "print-case");
  });

  it("says it in English too", async () => {
    await session.page.getByRole("button", { name: "English" }).click();
    await visible(session.page.getByRole("button", { name: "Print" }).first());
    await session.page.emulateMedia({ media: "print" });
    try {
      expect(await session.page.locator(".print-header").textContent()).toMatch(
        /Case summary[\s\S]*Printed by .+ on/,
      );
    } finally {
      await session.page.emulateMedia({ media: "screen" });
      await session.page.getByRole("button", { name: "Deutsch" }).click();
    }
  });
});
