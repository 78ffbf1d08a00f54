import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, mainNav, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

describe("spreadsheet import", () => {
  it("checks a Windows-1252 CSV, imports it, and resolves a likely duplicate of a later file, keyboard only for the commit", async () => {
    const { page } = session;
    await mainNav(page).getByRole("link", { name: "Import" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Import aus Tabellen" }));
    await visible(page.getByText("Noch keine Datei gewählt"));
    let violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);

    await page
      .getByLabel("Datei", { exact: true })
      .setInputFiles("tests/fixtures/import/persons-windows-1252.csv");
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    const rows = page.getByRole("group", { name: "Was mit jeder Zeile geschieht" });
    await visible(rows.getByRole("cell", { name: "Strauß, Jörg" }));
    await visible(rows.getByRole("cell", { name: "Öztürk, Gül" }));
    const columns = page.getByRole("group", { name: "Spalten der Datei und ihre Felder" });
    expect(await columns.getByRole("combobox", { name: "Feld: Staatsangehörigkeit" }).inputValue()).toBe(
      "nationality",
    );
    await screenshot(page, "import-dry-run");
    violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);

    // The commit by keyboard: focus the button and press Enter.
    await page.getByRole("button", { name: "Jetzt importieren" }).focus();
    await page.keyboard.press("Enter");
    await visible(page.getByRole("status").getByText(/Import abgeschlossen: 3 neu, 0 aktualisiert/));

    // A later list names Jörg Strauß again under another external id: a likely duplicate to decide on.
    const later = path.join(os.tmpdir(), `import-later-${Date.now()}.csv`);
    fs.writeFileSync(
      later,
      "Externe ID;Nachname;Vorname;Geburtsdatum;Staatsangehörigkeit;Landkreis;Telefon\n" +
        "W-9001;Strauß;Jörg;03.04.1985;Österreich;Landkreis Hildesheim;05121 765432\n",
    );
    await page.getByLabel("Datei", { exact: true }).setInputFiles(later);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    const decision = page.getByRole("group", { name: /Zeile 2: Strauß, Jörg/ });
    await visible(decision);
    expect(await decision.getByRole("radio", { name: "Zeile nicht übernehmen" }).isChecked()).toBe(true);
    await decision.getByRole("radio", { name: /aktualisieren/ }).check();
    violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    await visible(page.getByRole("status").getByText(/Import abgeschlossen: 0 neu, 1 aktualisiert/));

    // One Jörg Strauß in the persons list, not two.
    await page.goto("/persons?q=Strau%C3%9F");
    await visible(page.getByRole("link", { name: "Strauß, Jörg" }));
    expect(await page.getByRole("link", { name: "Strauß, Jörg" }).count()).toBe(1);
  });

  it("answers a file that is no spreadsheet with an error on the page", async () => {
    const { page } = session;
    await page.goto("/imports");
    const fake = path.join(os.tmpdir(), `kein-excel-${Date.now()}.xlsx`);
    fs.writeFileSync(fake, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    await page.getByLabel("Datei", { exact: true }).setInputFiles(fake);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await visible(page.getByRole("alert").getByText("Die Datei ist weder CSV noch XLSX"));
  });

  it("speaks English after the switch, including the required columns", async () => {
    const { page } = session;
    await page.goto("/imports");
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Import from spreadsheets" }));
    await visible(page.getByText(/^Required columns for persons/));
    await page.getByLabel("What is imported?").selectOption("companies");
    await visible(page.getByText(/^Required columns for companies/));
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Import aus Tabellen" }));
  });
});
