import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

const germanSections = [
  "Stammdaten",
  "Einwilligungen",
  "Fälle mit Verlauf und Aufgaben",
  "Sprachkenntnisse",
  "Vermittlungen und Rückmeldungen der Betriebe",
  "Programme und ESF-Plus-Daten",
  "Termine",
  "Anwerbeagentur",
  "Dokumente",
  "Empfänger: Unternehmen",
  "Zugriffe im Welcome Center",
];

describe("the Art. 15 export from the person page", () => {
  it("shows a demo person's data in German sections, with dates as 25.11.2026, axe clean", async () => {
    const { page } = session;
    await page.goto("/persons?q=Iyer");
    await (await visible(page.getByRole("link", { name: "Iyer, Rahul" }))).click();
    await visible(page.getByRole("heading", { level: 1, name: "Rahul Iyer" }));
    // The page's sections read the record too; their reads are settled before the export lists them.
    await page.waitForLoadState("networkidle");
    await page.getByRole("link", { name: "Auskunft (Art. 15)" }).click();

    await visible(page.getByRole("heading", { level: 1, name: "Auskunft nach Art. 15 DSGVO: Rahul Iyer" }));
    const headings = await page.locator("main h2").allTextContents();
    expect(headings).toEqual(germanSections);
    await visible(page.getByText(/^Alle bei Welcome Center Hildesheim gespeicherten Daten/));
    const placements = page.locator("#export-placements");
    await visible(placements.getByText("Rückmeldung des Betriebs").first());
    expect(await placements.getByText(/^am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} von /).count()).toBeGreaterThan(
      0,
    );
    // The demo person's programmes depend on the seed; the section is there with entries or its empty note.
    expect((await page.locator("#export-enrolments").textContent())?.length).toBeGreaterThan(30);
    const recipients = await page
      .locator("#export-recipients tbody tr")
      .first()
      .locator("td")
      .allTextContents();
    expect(recipients[1]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    // The seed's own entries (a shared document, say) may be newer than this read: find the read among them.
    const access = page.locator("#export-access tbody tr").filter({ hasText: "Personendaten" }).first();
    const cells = await access.locator("td").allTextContents();
    expect(cells[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    expect(cells.slice(3, 6)).toEqual([
      expect.stringMatching(/^Welcome Center /),
      "Gelesen",
      "Personendaten",
    ]);

    const download = page.getByRole("link", { name: "JSON herunterladen" });
    expect(await download.getAttribute("href")).toMatch(/^\/api\/persons\/[\w-]+\/export$/);
    const file = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file[0].suggestedFilename()).toMatch(/^auskunft-\d{4}-\d{2}-\d{2}-[\w-]+\.json$/);

    expect(describeFindings(await axeViolations(page))).toBe("");
    await screenshot(page, "person-export");

    await page.emulateMedia({ media: "print" });
    try {
      expect(await (await visible(page.locator(".print-header"))).textContent()).toContain(
        "Auskunft nach Art. 15 DSGVO",
      );
      expect(await download.isVisible()).toBe(false);
      expect(await page.locator(".app-header").isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }

    await page.getByRole("button", { name: "English" }).click();
    await visible(
      page.getByRole("heading", { level: 1, name: "Data access under Art. 15 GDPR: Rahul Iyer" }),
    );
    await visible(page.getByRole("heading", { level: 2, name: "Recipients: companies" }));
    await page.getByRole("button", { name: "Deutsch" }).click();
  });
});
