import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.employer, "Unsere Angebote");
const offers = ["Ausbildung Tischler/in 2027", "Talent trifft Handwerk: Praktikum in der Werkstatt"];

describe("documents shared with the employer", () => {
  it("shows the CV the centre shared for a released candidate and downloads it", async () => {
    const { page } = session;
    const download = page.getByRole("button", { name: "lebenslauf.pdf herunterladen" });
    for (const title of offers) {
      await page.goto("/portal/offers");
      await (await visible(page.getByRole("link", { name: title }).first())).click();
      await visible(page.getByRole("heading", { level: 1, name: title }));
      await page.getByRole("article").first().waitFor();
      await page.waitForLoadState("networkidle");
      if ((await download.count()) > 0) break;
    }
    const card = page.getByRole("article").filter({ has: download });
    await visible(card.getByText("Unterlagen", { exact: true }));
    await visible(card.getByText(/Lebenslauf · /));
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toBe("lebenslauf.pdf");
    expect(
      fs
        .readFileSync(await file.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "portal-shared-documents");
    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
  });
});
