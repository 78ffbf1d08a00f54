import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, openPage, screenshot, signIn, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

let browser: Browser;
let page: Page;
let personUrl = "";
const familyName = "Sprachprobe";

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

const entryForm = () => page.getByRole("form", { name: "Zertifikat oder Einschätzung erfassen" });
const languageSection = () => page.locator("section#language");

describe("language competence", () => {
  it("records a telc B2 certificate and a later B1 speaking assessment; the grid flags the gap", async () => {
    await page.goto("/persons/new");
    await page.getByLabel("Familienname").fill(familyName);
    await page.getByLabel("Vornamen").fill("Amira");
    await page.getByLabel("Geburtsdatum").fill("02.04.1996");
    await page.getByRole("combobox", { name: "Staatsangehörigkeit" }).selectOption("EG");
    await page.getByRole("combobox", { name: "Wohnort" }).selectOption("lk-hildesheim");
    await page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: `Amira ${familyName}` }));
    personUrl = new URL(page.url()).pathname;
    await visible(languageSection().getByText("Noch keine Sprachangaben"));

    await languageSection().getByRole("button", { name: "Eintrag erfassen" }).click();
    const certificate = entryForm();
    // Advisors mostly record their own assessments: the form opens on "Einschätzung" with their name.
    expect(await certificate.getByRole("combobox", { name: "Quelle" }).inputValue()).toBe("assessment");
    expect(await certificate.getByLabel("Name der einschätzenden Person").inputValue()).toBe("Deniz Aydın");
    await certificate.getByRole("combobox", { name: "Quelle" }).selectOption("certificate");
    await certificate.getByRole("button", { name: "Eintrag speichern" }).click();
    await visible(certificate.getByText("Bitte mindestens ein Niveau auswählen."));
    await certificate.getByLabel("Datum").fill("10.03.2025");
    await certificate.getByRole("combobox", { name: "Anbieter" }).selectOption("telc");
    await certificate.getByLabel("Zertifikatsnummer").fill("T-2025-0042");
    for (const skill of ["Hören", "Lesen", "Schreiben", "Sprechen", "Gesamt"])
      await certificate.getByRole("combobox", { name: skill }).selectOption("B2");
    await certificate.getByRole("button", { name: "Eintrag speichern" }).click();
    await visible(page.getByText("Spracheintrag gespeichert."));
    await visible(languageSection().getByText("Deutsch: B2"));

    await languageSection().getByRole("button", { name: "Eintrag erfassen" }).click();
    const assessment = entryForm();
    await assessment.getByRole("combobox", { name: "Quelle" }).selectOption("assessment");
    await assessment.getByLabel("Datum").fill("01.09.2025");
    await assessment.getByRole("combobox", { name: "Eingeschätzt durch" }).selectOption("advisor");
    await assessment.getByLabel("Name der einschätzenden Person").fill("Frau Lindner");
    await assessment.getByRole("combobox", { name: "Sprechen" }).selectOption("B1");
    await assessment.getByLabel("Kurze Notiz").fill("Telefonate mit Kunden noch schwierig");
    await assessment.getByRole("button", { name: "Eintrag speichern" }).click();
    await visible(page.getByText("Spracheintrag gespeichert."));

    const speaking = languageSection().locator("tr[data-skill=speaking]");
    await visible(speaking.getByText("Zertifikatslücke (B2 → B1)"));
    expect(await speaking.getByText("Einschätzung").count()).toBe(1);
    const reading = languageSection().locator("tr[data-skill=reading]");
    expect(await reading.getByText("Zertifikatslücke").count()).toBe(0);
    await visible(reading.getByText("gute", { exact: false }).first());
    await visible(page.locator(".record-header").getByText("Zertifikatslücke"));

    await languageSection().getByRole("button", { name: "Verlauf anzeigen" }).click();
    const rows = languageSection()
      .getByRole("table", { name: "Verlauf, neueste zuerst" })
      .locator("tbody tr");
    await visible(rows.first());
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain("01.09.2025");
    expect(await rows.nth(1).textContent()).toContain("telc");
    await languageSection().scrollIntoViewIfNeeded();
    await languageSection().screenshot({ path: "/tmp/shots/language-grid.png" });
  });

  it("finds the person with the certificate-gap filter of the persons list, kept in the URL", async () => {
    await page.goto("/persons");
    await page.getByRole("button", { name: "Zertifikatslücke" }).click();
    await page.waitForURL(/certificateGap=true/);
    const link = page.getByRole("link", { name: `${familyName}, Amira` });
    await visible(link);
    const row = page.getByRole("row").filter({ has: link });
    await visible(row.getByText("Zertifikatslücke"));
    // Cells: the bulk-selection checkbox, name, district, German level …
    expect(await row.getByRole("cell").nth(3).textContent()).toBe("B2");
    expect(new URL(page.url()).searchParams.get("certificateGap")).toBe("true");
    await screenshot(page, "language-persons-gap-filter");
    expect(await link.getAttribute("href")).toBe(personUrl);
  });

  it("records a Betriebssprachtag for the person, and the newer assessment clears the gap", async () => {
    await page.goto("/persons");
    await page.getByRole("link", { name: "Betriebssprachtag erfassen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Betriebssprachtag erfassen" }));
    const form = page.getByRole("form", { name: "Betriebssprachtag erfassen" });
    await form.getByRole("button", { name: "Sprachtag speichern" }).click();
    await visible(form.getByText("Bitte den Betrieb angeben"));
    await form.getByLabel("Anderer Betrieb (Name)").fill("Bäckerei Korte");
    await form.getByLabel("Eingeschätzt von").fill("Meisterin Korte");
    await form.getByLabel("Teilnehmende Person 1").fill("Sprachpr");
    await form.getByRole("button", { name: /Sprachprobe, Amira/ }).click();
    await form.getByTestId("participant-0").getByRole("combobox", { name: "Sprechen" }).selectOption("B2");
    await screenshot(page, "language-session-form");
    await form.getByRole("button", { name: "Sprachtag speichern" }).click();
    await visible(page.getByText("1 Einschätzung gespeichert."));
    await page.goto(personUrl);
    const speaking = languageSection().locator("tr[data-skill=speaking]");
    await visible(speaking.getByText("Einschätzung"));
    expect(await speaking.getByText("Zertifikatslücke").count()).toBe(0);

    await page.getByRole("button", { name: "English" }).click();
    await visible(languageSection().getByRole("heading", { name: "Language skills" }));
    await languageSection().getByRole("button", { name: "Show history" }).click();
    await visible(languageSection().getByText("In-company language day"));
    await languageSection().screenshot({ path: "/tmp/shots/language-grid-en.png" });
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(languageSection().getByRole("heading", { name: "Sprachkenntnisse" }));
  });
});
