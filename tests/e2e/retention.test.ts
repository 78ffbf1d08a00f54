import { describe, expect, it } from "vitest";
import { formatDate } from "#client/lib/format.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, mainNav, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.admin, "Benutzer");
const shown = (day: string) => day.split("-").reverse().join(".");
const today = todayInBerlin();

const dueTable = () => session.page.getByRole("table", { name: /Personen, die bis zum/ });
const rowOf = (familyName: string) => dueTable().getByRole("row").filter({ hasText: familyName });

describe("Löschfristen", () => {
  it("lists who is due within 30 days, overdue first, with German dates", async () => {
    const { page } = session;
    await mainNav(page).getByRole("link", { name: "Löschfristen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Löschfristen" }));
    await visible(dueTable());
    expect(await dueTable().getByRole("caption").textContent()).toContain(shown(addDays(today, 30)));
    const firstRow = await dueTable().getByRole("row").nth(1).textContent();
    expect(firstRow).toContain("Petrenko, Olena");
    expect(firstRow).toContain("überfällig");
    expect(firstRow).toContain(shown(addDays(today, -6)));
    expect(await rowOf("Nguyen").textContent()).toContain("Letzte Änderung am");
    expect(await rowOf("Yıldız").textContent()).toContain("Widerspruchsverfahren zur Anerkennung läuft noch");
    await visible(page.getByLabel("Aufbewahrungsdauer in Jahren"));
    expect(await page.getByLabel("Aufbewahrungsdauer in Jahren").inputValue()).toBe("3");
    await visible(page.getByRole("heading", { name: "Letzte Anonymisierung" }));
    expect(await axeViolations(page).then(describeFindings)).toBe("");
  });

  it("postpones a person only with a reason and a later day, by keyboard, and shows it in the list", async () => {
    const { page } = session;
    await page.goto("/admin/retention");
    await rowOf("Haddad")
      .getByRole("button", { name: "Anonymisierung von Haddad, Karim verschieben" })
      .click();
    const dialog = await visible(
      page.getByRole("dialog", { name: "Anonymisierung von Haddad, Karim verschieben" }),
    );
    expect(await dialog.textContent()).toContain(`Derzeit fällig am ${shown(addDays(today, 5))}`);
    await dialog.getByRole("button", { name: "Verschieben" }).click();
    await visible(dialog.getByText("Bitte ausfüllen.").first());
    expect(await axeViolations(page).then(describeFindings)).toBe("");

    const newDay = shown(addDays(today, 20));
    await dialog.getByLabel("Neues Fälligkeitsdatum").fill(newDay);
    await dialog.getByLabel("Grund").fill("Klage beim Sozialgericht anhängig");
    await dialog.getByLabel("Grund").press("Tab");
    await page.keyboard.press("Enter");
    await visible(page.getByText(`Die Anonymisierung von Haddad, Karim ist auf den ${newDay} verschoben.`));
    expect(await page.getByRole("dialog").count()).toBe(0);
    const row = await rowOf("Haddad").textContent();
    expect(row).toContain(newDay);
    expect(row).toContain(`Ja, nach Regel fällig am ${shown(addDays(today, 5))}`);
    expect(row).toContain("Jana Wiechmann");
    expect(row).toContain("Klage beim Sozialgericht anhängig");
  });

  it("refuses a day that is not after today and says so at the field", async () => {
    const { page } = session;
    await page.goto("/admin/retention");
    await rowOf("Petrenko")
      .getByRole("button", { name: /verschieben/ })
      .click();
    const dialog = await visible(page.getByRole("dialog"));
    await dialog.getByLabel("Neues Fälligkeitsdatum").fill(shown(today));
    await dialog.getByLabel("Grund").fill("Noch offen");
    await dialog.getByRole("button", { name: "Verschieben" }).click();
    await visible(dialog.getByText("Das Datum muss nach heute liegen."));
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    expect(await rowOf("Petrenko").textContent()).toContain("überfällig");
  });

  it("speaks English when switched", async () => {
    const { page } = session;
    await page.evaluate(() => window.localStorage.setItem("ankommen.language", "en"));
    try {
      await page.goto("/admin/retention");
      await visible(page.getByRole("heading", { level: 1, name: "Retention periods" }));
      const table = page.getByRole("table", { name: /Persons to be anonymised by/ });
      const firstRow = await visible(table.getByRole("row").nth(1));
      expect(await firstRow.textContent()).toContain("overdue");
      expect(await firstRow.textContent()).toContain(formatDate(addDays(today, -6), "en"));
      await visible(page.getByLabel("Retention period in years"));
      expect(await axeViolations(page).then(describeFindings)).toBe("");
    } finally {
      await page.evaluate(() => window.localStorage.setItem("ankommen.language", "de"));
    }
  });

  it("changes the centre's years, which moves who is due, and refuses a number out of range", async () => {
    const { page } = session;
    await page.goto("/admin/retention");
    await visible(rowOf("Petrenko"));
    const years = page.getByLabel("Aufbewahrungsdauer in Jahren");
    const save = page.getByRole("button", { name: "Speichern" });
    await years.fill("0");
    await save.click();
    await visible(
      page
        .locator(".field")
        .filter({ has: years })
        .getByText("Der Wert liegt außerhalb des erlaubten Bereichs."),
    );
    try {
      await years.fill("4");
      await save.click();
      await visible(page.getByText("Die Aufbewahrungsdauer beträgt jetzt 4 Jahre."));
      await expect.poll(() => rowOf("Petrenko").count()).toBe(0);
      await visible(rowOf("Yıldız"));
    } finally {
      await page.getByLabel("Aufbewahrungsdauer in Jahren").fill("3");
      await page.getByRole("button", { name: "Speichern" }).click();
      await visible(page.getByText("Die Aufbewahrungsdauer beträgt jetzt 3 Jahre."));
    }
    await visible(rowOf("Petrenko"));
  });
});
