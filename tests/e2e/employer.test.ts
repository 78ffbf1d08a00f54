import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayInBerlin } from "#shared/time/calendar.ts";
import {
  closePage,
  demoLogins,
  desktop,
  mainNav,
  openPage,
  screenshot,
  signIn,
  tabletPortrait,
  visible,
} from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

let browser: Browser;
let page: Page;
let offerPath = "";
const offerTitle = "Praktikum in der Tischlerwerkstatt";
const givenName = "Amara";
const familyName = "Okonkwo-Testfeld";

/** The advisor's side goes through the API, as a second browser would, so the test controls the data. */
async function advisorApi() {
  const baseUrl = inject("baseUrl");
  // The demo advisor's full session (code step done) from the suite's global setup.
  const cookie = `ankommen_session=${inject("demoSessions").cookies[demoLogins.advisor]}`;
  return async (method: "GET" | "POST", path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "Content-Type": "application/json", Origin: baseUrl, Cookie: cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(payload)}`);
    return payload;
  };
}

async function proposeNewPerson(offerId: string, givenNames = givenName, family = familyName) {
  const call = await advisorApi();
  const person = await call("POST", "/api/persons", {
    familyName: family,
    givenNames,
    birthDate: "1998-04-12",
    nationality: "NG",
    district: "lk-hildesheim",
    languages: ["en", "yo"],
    email: "amara.test@example.org",
    qualifications: [{ occupation: "22342", country: "NG", year: 2019 }],
    targetOccupation: "22342",
    availableFrom: "2026-12-01",
  });
  const today = new Date().toISOString().slice(0, 10);
  await call("POST", `/api/persons/${person.id}/consents`, {
    purpose: "employer_sharing",
    givenOn: today,
    channel: "in_person",
    noticeVersion: "2026-01",
  });
  const placement = await call("POST", "/api/placements", { offerId, personId: person.id });
  return { id: String(placement.id), label: `Kandidat·in ${String(placement.pseudonym)}` };
}

/** The advisor's one click, through the API. */
async function releaseContact(placementId: string) {
  const call = await advisorApi();
  const placement = await call("GET", `/api/placements/${placementId}`);
  await call("POST", `/api/placements/${placementId}/contact-release`, { version: placement.version });
}

let amara = { id: "", label: "" };
/** No part of the name, the e-mail or a language other than German and English before the release. */
async function expectNoContactOf(...names: string[]) {
  const text = (await page.locator("main").textContent()) ?? "";
  for (const part of [...names, "amara.test@example.org", "Yoruba"]) expect(text).not.toContain(part);
}

const card = () => page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3 }) });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await signIn(page, demoLogins.employer);
  await visible(page.getByRole("heading", { level: 1, name: "Unsere Angebote" }));
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

describe("employer portal", () => {
  it("lands on the company's offers with the employer's navigation only", async () => {
    expect(new URL(page.url()).pathname).toBe("/portal/offers");
    const links = await mainNav(page).getByRole("link").allTextContents();
    expect(links).toEqual(["Unsere Angebote", "Anfragen", "Unser Unternehmen"]);
  });

  it("posts a Talent trifft Handwerk internship and publishes it", async () => {
    await page.getByRole("link", { name: "Neues Angebot" }).first().click();
    await visible(page.getByRole("heading", { level: 1, name: "Neues Angebot" }));
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await visible(page.getByText("Bitte ausfüllen.").first());

    await page.getByRole("combobox", { name: "Art des Angebots" }).selectOption("tth_internship");
    await page.getByLabel("Titel", { exact: true }).fill(offerTitle);
    await page.getByRole("combobox", { name: "Beruf" }).selectOption("22342");
    await page.getByLabel("Anzahl Plätze").fill("2");
    await page.getByRole("combobox", { name: "Sprechen" }).selectOption("A2");
    await page.getByRole("combobox", { name: "Gesamt" }).selectOption("A2");
    await screenshot(page, "portal-new-offer");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();

    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
    await visible(page.getByText(`Angebot „${offerTitle}“ ist jetzt veröffentlicht.`));
    await visible(page.getByText("Veröffentlicht", { exact: true }).first());
    await visible(page.getByText("Noch keine Vorschläge"));
    offerPath = new URL(page.url()).pathname;
    expect(offerPath).toMatch(/^\/portal\/offers\/[\w-]+$/);
  });

  it("sees a proposed candidate under a pseudonym, without any part of the name", async () => {
    amara = await proposeNewPerson(offerPath.split("/").pop() ?? "");
    expect(amara.label).toMatch(/^Kandidat·in K-[2-9A-HJ-NP-Z]{5}$/);
    await page.reload();
    const candidate = await visible(card().filter({ hasText: amara.label }));
    await visible(candidate.getByRole("heading", { level: 3, name: amara.label }));
    await visible(candidate.getByText("Vorgeschlagen", { exact: true }));
    await visible(candidate.getByText("Tischler/in (Holz-, Möbel- und Innenausbau)").first());
    await visible(candidate.getByText("Englisch"));
    await visible(
      candidate.getByText(
        "Name und Kontaktdaten sehen Sie nach Ihrer Zusage, sobald das Welcome Center sie freigegeben hat.",
      ),
    );
    await expectNoContactOf(givenName, familyName, "Okonkwo");
    expect(await candidate.textContent()).not.toContain("2019");
    await screenshot(page, "portal-offer-proposed");
  });

  it("invites the candidate to an interview", async () => {
    const candidate = card().filter({ hasText: amara.label });
    await candidate.getByRole("button", { name: "Zum Gespräch einladen" }).click();
    await visible(page.getByText(`${amara.label} ist zum Gespräch eingeladen.`));
    await visible(candidate.getByText("Gespräch", { exact: true }));
    await expectNoContactOf(givenName, familyName);
  });

  it("records a language assessment and sees the assessed levels", async () => {
    const candidate = card().filter({ hasText: amara.label });
    await candidate.getByRole("button", { name: "Deutschkenntnisse einschätzen" }).click();
    const dialog = await visible(
      page.getByRole("dialog", { name: `Deutschkenntnisse einschätzen: ${amara.label}` }),
    );
    await dialog.getByRole("button", { name: "Einschätzung speichern" }).click();
    await visible(dialog.getByText("Bitte mindestens ein Niveau auswählen."));
    await dialog.getByRole("combobox", { name: "Hören" }).selectOption("B1");
    await dialog.getByRole("combobox", { name: "Sprechen" }).selectOption("A2");
    expect(await dialog.getByLabel("Eingeschätzt von").inputValue()).toBe("Henrik Brandt");
    await screenshot(page, "portal-assessment-dialog");
    await dialog.getByRole("button", { name: "Einschätzung speichern" }).click();
    await visible(page.getByText(`Einschätzung für ${amara.label} gespeichert.`));
    await visible(candidate.getByText(/Hören\s*B1/));
    await visible(candidate.getByText(/Sprechen\s*A2/));
  });

  it("accepts the candidate and waits for the Welcome Center to release the contact", async () => {
    const candidate = card().filter({ hasText: amara.label });
    await candidate.getByRole("button", { name: "Zusagen" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: `Zusagen: ${amara.label}` }));
    const openCalendar = dialog.getByRole("button", { name: "Kalender öffnen" });
    await openCalendar.click();
    const calendar = await visible(dialog.getByRole("dialog", { name: /^Kalender: / }));
    await page.keyboard.press("Escape");
    await calendar.waitFor({ state: "detached" });
    expect(await dialog.isVisible(), "the surrounding dialog stays open").toBe(true);
    expect(await openCalendar.evaluate((button) => button === document.activeElement)).toBe(true);
    await dialog.getByRole("button", { name: "Zusagen" }).click();
    await visible(page.getByText(`Sie haben ${amara.label} zugesagt.`));
    await visible(candidate.getByText("Zusage", { exact: true }));
    await visible(candidate.getByText("Wartet auf Kontaktfreigabe"));
    await visible(candidate.getByText(/^Danke für Ihre Zusage\. Das Welcome Center stimmt sie/));
    await expectNoContactOf(givenName, familyName, "Okonkwo");
    expect(await candidate.getByRole("button", { name: "Beginn bestätigen" }).count()).toBe(0);
    await screenshot(page, "portal-offer-awaiting-release");
  });

  it("sees name and contact once the advisor released them, and may confirm the start", async () => {
    await releaseContact(amara.id);
    await page.reload();
    const candidate = await visible(card().filter({ hasText: `${givenName} ${familyName}` }));
    await visible(candidate.getByRole("heading", { level: 3, name: `${givenName} ${familyName}` }));
    await visible(candidate.getByRole("link", { name: "amara.test@example.org" }));
    const [year, month, day] = todayInBerlin().split("-");
    await visible(candidate.getByText(`Kontakt freigegeben am ${day}.${month}.${year}`));
    await visible(candidate.getByRole("button", { name: "Beginn bestätigen" }));
    expect(await candidate.getByText("Wartet auf Kontaktfreigabe").count()).toBe(0);
    await screenshot(page, "portal-offer-accepted");
  });

  it("edits the offer, with the dates checked as the server checks them", async () => {
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }));
    await page.getByLabel(/^Beginn/).fill("01.02.2027");
    await page.getByLabel(/^Ende/).fill("15.01.2027");
    await page.getByLabel("Anzahl Plätze").fill("3");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await visible(page.getByText("Das Ende liegt vor dem Beginn."));
    await page.getByLabel(/^Ende/).fill("31.03.2027");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await visible(page.getByText("Änderungen gespeichert."));
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
    await visible(page.getByText("1 von 3 Plätzen vergeben"));
    await visible(page.getByText("01.02.2027 bis 31.03.2027"));
  });

  it("gives feedback on the candidate", async () => {
    const candidate = card().filter({ hasText: givenName });
    await candidate.getByRole("button", { name: "Rückmeldung geben" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: /^Rückmeldung:/ }));
    await dialog
      .getByLabel("Ihre Rückmeldung an das Welcome Center")
      .fill("Sehr geschickt mit Holz, pünktlich.");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Rückmeldung gespeichert."));
    await visible(candidate.getByText("Sehr geschickt mit Holz, pünktlich."));
  });

  it("declines another candidate with a reason", async () => {
    const bilal = await proposeNewPerson(offerPath.split("/").pop() ?? "", "Bilal", "Karimi-Testfeld");
    await page.reload();
    const candidate = await visible(card().filter({ hasText: bilal.label }));
    await candidate.getByRole("button", { name: "Absagen" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: `Absagen: ${bilal.label}` }));
    await dialog.getByRole("button", { name: "Absage senden" }).click();
    await visible(dialog.getByText("Bitte einen Grund auswählen."));
    await dialog.getByRole("combobox", { name: "Grund" }).selectOption("language_insufficient");
    await dialog.getByRole("button", { name: "Absage senden" }).click();
    await visible(page.getByText(`Sie haben ${bilal.label} abgesagt.`));
    await page.getByText("Abgesagt oder beendet (1)").click();
    await visible(
      card().filter({ hasText: bilal.label }).getByText("Grund: Deutschkenntnisse reichen noch nicht"),
    );
    expect(await page.locator("main").textContent()).not.toContain("Karimi");
    expect(await page.locator("main").textContent()).not.toContain("Bilal");
  });

  it("shows the offer with its stage counts in the list", async () => {
    await mainNav(page).getByRole("link", { name: "Unsere Angebote" }).click();
    const offer = await visible(page.getByRole("article").filter({ hasText: offerTitle }));
    await visible(offer.getByText("1 von 3 Plätzen vergeben"));
    await screenshot(page, "portal-offers");
  });

  it("sends an inquiry and sees it in the list", async () => {
    await mainNav(page).getByRole("link", { name: "Anfragen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Anfragen" }));
    await page.getByRole("link", { name: "Anfrage stellen" }).first().click();
    await page.getByRole("combobox", { name: "Welchen Beruf suchen Sie?" }).selectOption("22342");
    await page.getByLabel("Wie viele Personen?").fill("2");
    await page.getByRole("combobox", { name: /Deutsch-Niveau/ }).selectOption("B1");
    await page.getByRole("checkbox", { name: "Visum und Aufenthalt" }).check();
    await page.getByRole("checkbox", { name: "Wohnung finden" }).check();
    await screenshot(page, "portal-inquiry-form");
    await page.getByRole("button", { name: "Anfrage senden" }).click();
    await visible(page.getByText("Vielen Dank! Ihre Anfrage ist beim Welcome Center angekommen."));
    await visible(page.getByText("2 Personen · Deutsch B1").first());
    await screenshot(page, "portal-inquiries");
  });

  it("shows and edits the company profile", async () => {
    await mainNav(page).getByRole("link", { name: "Unser Unternehmen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Unser Unternehmen" }));
    await page.getByRole("button", { name: "Angaben zum Unternehmen bearbeiten" }).click();
    await page.getByRole("button", { name: "Ansprechperson hinzufügen" }).click();
    await page.getByLabel("Name", { exact: true }).last().fill("Henrik Brandt");
    await page
      .getByLabel(/^E-Mail/)
      .last()
      .fill("henrik@tischlerei-brandt.example");
    await screenshot(page, "portal-company-form");
    await page.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Angaben gespeichert."));
    await visible(page.getByRole("link", { name: "henrik@tischlerei-brandt.example" }));
    await screenshot(page, "portal-company");
  });

  it("saves an offer as a draft and publishes it later", async () => {
    await page.goto("/portal/offers/new");
    await page.getByRole("combobox", { name: "Art des Angebots" }).selectOption("apprenticeship");
    await page.getByLabel("Titel", { exact: true }).fill("Ausbildung zur Tischlerin / zum Tischler");
    await page.getByRole("combobox", { name: "Beruf" }).selectOption("22342");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Ausbildung zur Tischlerin / zum Tischler" }));
    await visible(page.getByText("Dieses Angebot ist ein Entwurf."));
    await visible(page.getByText("Entwurf", { exact: true }));
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await visible(
      page.getByText("Angebot „Ausbildung zur Tischlerin / zum Tischler“ ist jetzt veröffentlicht."),
    );
    await visible(page.getByText("Veröffentlicht", { exact: true }));
  });

  it("works on a portrait tablet", async () => {
    await page.setViewportSize(tabletPortrait);
    await page.goto(offerPath);
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
    await screenshot(page, "portal-offer-tablet");
    await page.goto("/portal/offers");
    await visible(page.getByRole("article").filter({ hasText: offerTitle }));
    await screenshot(page, "portal-offers-tablet");
    await page.goto("/portal/offers/new");
    await visible(page.getByRole("heading", { level: 1, name: "Neues Angebot" }));
    await screenshot(page, "portal-new-offer-tablet");
    await page.setViewportSize(desktop);
  });

  it("closes the offer and can open it again", async () => {
    await page.goto(offerPath);
    await page.getByRole("button", { name: "Angebot schließen" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Angebot schließen" }));
    await dialog.getByRole("button", { name: "Angebot schließen" }).click();
    await visible(page.getByText("Angebot geschlossen."));
    await visible(page.getByText("Geschlossen", { exact: true }));
    await visible(page.getByRole("button", { name: "Wieder öffnen" }));
  });

  it("keeps employers out of the advisor screens", async () => {
    await page.goto("/persons");
    await visible(page.getByRole("heading", { name: "Keine Berechtigung" }));
  });
});
