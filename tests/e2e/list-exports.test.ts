import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

describe("list exports", () => {
  it("downloads the filtered persons list as CSV from the persons page, with a confirmation", async () => {
    const { page } = session;
    await page.goto("/persons?q=Iyer");
    await visible(page.getByRole("link", { name: "Iyer, Rahul" }));
    const exportGroup = page.getByRole("group", { name: "Liste exportieren" });
    await visible(exportGroup);
    await screenshot(page, "list-export-persons");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      exportGroup.getByRole("button", { name: "Liste als CSV herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personen-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), "utf8");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]?.split(";").slice(0, 4)).toEqual([
      "Familienname",
      "Vorname(n)",
      "Name in lateinischer Schrift",
      "Geburtsdatum",
    ]);
    // Only what the filter shows, with the birth date as a German reads it.
    expect(lines.slice(1).every((line) => line.startsWith("Iyer;"))).toBe(true);
    expect(lines.some((line) => /^Iyer;Rahul;;\d{2}\.\d{2}\.\d{4};/.test(line))).toBe(true);
    await visible(page.getByText(/personen-\d{4}-\d{2}-\d{2}\.csv wurde heruntergeladen\./));
    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
  });

  it("downloads the cases list as an Excel file", async () => {
    const { page } = session;
    await page.goto("/cases");
    await visible(page.getByRole("heading", { level: 1, name: "Fälle" }));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Liste als Excel-Datei herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^faelle-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // An XLSX is a zip: its first bytes are "PK".
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
  });
});
