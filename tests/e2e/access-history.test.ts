import { describe, expect, it } from "vitest";
import { demoLogins, mainNav, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

describe("access history on the person page", () => {
  it("shows who read the person, in words, with the newest entry first", async () => {
    const advisorName = (await session.page.locator(".user-name").first().textContent()) ?? "";
    await mainNav(session.page).getByRole("link", { name: "Personen" }).click();
    await visible(session.page.getByRole("heading", { level: 1, name: "Personen" }));
    await (await visible(session.page.locator("table tbody tr a").first())).click();
    const section = session.page.locator("#access-history");
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
    await screenshot(session.page, "person-access-history");

    await session.page.getByRole("button", { name: "English" }).click();
    await visible(section.getByRole("heading", { level: 2, name: "Access history" }));
    await visible(section.getByText("Personal data").first());
    await session.page.getByRole("button", { name: "Deutsch" }).click();
  });
});
