import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

/** Calls the API from the signed-in page (same origin, its session cookie), as the app itself does. */
async function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }: { method: string; path: string; body: unknown }) => {
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

async function newPerson(page: Page, familyName: string) {
  const created = await callApi(page, "POST", "/api/persons", {
    familyName,
    givenNames: "Amina",
    birthDate: "1993-08-17",
    nationality: "KE",
    district: "lk-hildesheim",
  });
  expect(created.status).toBe(201);
  return String(created.body.id);
}

async function openDialog(page: Page, personId: string, name: string) {
  await page.goto(`/persons/${personId}`);
  await visible(page.getByRole("heading", { level: 1, name }));
  await page.getByRole("button", { name: "Anonymisieren" }).click();
  return visible(page.getByRole("dialog", { name: `${name} anonymisieren` }));
}

describe("anonymising a person from the person page", () => {
  it("names what goes and what stays, asks for a reason, and shows the person as Anonymisiert", async () => {
    const { page } = session;
    const familyName = `Wanjiru${Date.now().toString(36)}`;
    const personId = await newPerson(page, familyName);
    const dialog = await openDialog(page, personId, `Amina ${familyName}`);

    await visible(dialog.getByRole("heading", { name: "Was entfernt wird" }));
    await visible(dialog.getByText("Namen und Umschrift"));
    await visible(dialog.getByRole("heading", { name: "Was für Statistik und ESF-Plus-Berichte bleibt" }));
    expect(describeFindings(await axeViolations(page))).toBe("");

    await dialog.getByRole("button", { name: "Endgültig anonymisieren" }).click();
    await visible(dialog.getByText("Bitte einen Grund angeben."));
    await dialog.getByLabel("Grund").fill("Antrag auf Löschung nach Art. 17 DSGVO");
    await screenshot(page, "anonymise-dialog");
    await dialog.getByRole("button", { name: "Endgültig anonymisieren" }).click();

    await visible(page.getByRole("heading", { level: 1, name: "Anonymisiert" }));
    await visible(
      page.getByText(/^Anonymisiert am \d{2}\.\d{2}\.\d{4}\. Die Daten können nicht mehr geändert werden\.$/),
    );
    expect(await page.getByRole("button", { name: "Anonymisieren" }).count()).toBe(0);
    // Only the birth year is kept, and only the year shows.
    await visible(page.getByText(/· geb\. \d{4}$/));
    // Nothing on the page offers a change any more: no edit, no new case, consent, entry or proposal.
    await visible(page.getByRole("heading", { level: 2, name: "Einwilligungen" }));
    await page.getByText("Wird geladen …").first().waitFor({ state: "detached" });
    for (const action of [
      /bearbeiten$/,
      "Neuen Fall eröffnen",
      "Einwilligung erfassen",
      "Eintrag erfassen",
      /^Vorschlagen/,
      "Widerrufen",
    ])
      expect(await page.getByRole("button", { name: action }).count(), String(action)).toBe(0);
    await screenshot(page, "anonymised-person");

    await page.goto(`/persons?q=${familyName}`);
    await visible(page.getByText("Keine Personen gefunden"));
  });

  it("shows the legal hold of an ESF+ programme in words and anonymises nothing", async () => {
    const { page } = session;
    const familyName = `Otieno${Date.now().toString(36)}`;
    const personId = await newPerson(page, familyName);
    const programmes = await callApi(page, "GET", "/api/programmes");
    const talent = (programmes.body.items as { id: string; name: string }[]).find(
      (programme) => programme.name === "Talent trifft Handwerk",
    );
    const enrolled = await callApi(page, "POST", "/api/enrolments", {
      programmeId: talent?.id,
      personId,
      enteredOn: "2026-11-02",
      esfEntry: {
        employmentStatus: "unemployed",
        ageBand: "30_54",
        iscedBand: "3-4",
        thirdCountryNational: true,
      },
    });
    expect(enrolled.status).toBe(201);
    const dialog = await openDialog(page, personId, `Amina ${familyName}`);

    await dialog.getByLabel("Grund").fill("Antrag auf Löschung");
    await dialog.getByRole("button", { name: "Endgültig anonymisieren" }).click();

    await visible(dialog.getByText("Anonymisierung nicht möglich"));
    await visible(
      dialog.getByText(
        "Teilnahme an „Talent trifft Handwerk“ (ESF Plus): aufzubewahren, bis die Verwaltungsbehörde das Ende der Frist nennt.",
      ),
    );
    expect(await dialog.getByRole("button", { name: "Endgültig anonymisieren" }).isDisabled()).toBe(true);
    expect(describeFindings(await axeViolations(page))).toBe("");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: `Amina ${familyName}` }));
  });
});
