import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "#shared/time/calendar.ts";
import {
  closePage,
  demoLogins,
  mainNav,
  openPage,
  SHOTS_DIR,
  screenshot,
  signIn,
  tabletPortrait,
  visible,
} from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

let browser: Browser;
let page: Page;
let proposedName = "";
let offerPath = "";
let personPath = "";
const offerTitle = "Ausbildung Tischler/in 2027";
const esfProgramme = `Sprachcafé ESF ${Date.now().toString(36)}`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await signIn(page, demoLogins.advisor);
  await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
});
/** What a user sees at 1280×800 without scrolling. */
async function viewportShot(name: string) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

describe("advisor: companies, offers and placements", () => {
  it("finds Tischlerei Brandt and sees its contacts, inquiries and offers", async () => {
    await mainNav(page).getByRole("link", { name: "Unternehmen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Unternehmen" }));
    await page.getByRole("searchbox", { name: "Suche" }).fill("Brandt");
    await page.waitForURL(/q=Brandt/);
    await page.getByRole("link", { name: "Tischlerei Brandt" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Tischlerei Brandt" }));
    await visible(page.getByRole("heading", { level: 2, name: "Ansprechpersonen" }));
    await visible(page.getByRole("heading", { level: 2, name: "Anfragen" }));
    const offers = page.locator("#offers");
    await visible(offers.getByRole("link", { name: offerTitle }));
    await screenshot(page, "advisor-company");
    await viewportShot("advisor-company-view");
  });

  it("opens the offer and sees the ranked candidates with their explanations", async () => {
    await page.locator("#offers").getByRole("link", { name: offerTitle }).click();
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
    await visible(page.getByRole("heading", { level: 3, name: /^Vorgeschlagen/ }));
    const candidates = page.getByRole("list", { name: "Passende Personen, beste zuerst" });
    const first = await visible(candidates.getByRole("listitem").first());
    expect(await first.locator(".match-reasons").textContent()).toMatch(/Tischler|Berufs/);
    expect(await first.locator(".match-reasons").textContent()).toMatch(
      /erfüllt|unter|unbekannt|keine Sprachanforderung/,
    );
    offerPath = new URL(page.url()).pathname;
    await screenshot(page, "advisor-offer");
    await viewportShot("advisor-offer-top");
  });

  it("releases the contact after the company's Zusage with one click, recorded on the board and the person page", async () => {
    const accepted = page.getByRole("list", { name: "Zugesagt", exact: true });
    const waiting = await visible(
      accepted.getByRole("listitem").filter({ hasText: "Kontakt noch nicht freigegeben" }).first(),
    );
    const name = (await waiting.locator(".placement-card-name").textContent()) ?? "";
    expect(name).not.toBe("");
    await visible(waiting.getByText(/^Im Portal des Betriebs: K-[2-9A-HJ-NP-Z]{5}$/));
    await screenshot(page, "advisor-offer-awaiting-release");
    await waiting
      .getByRole("button", { name: `Kontakt freigeben: ${name} für Tischlerei Brandt GmbH` })
      .click();
    await visible(
      page.getByText(`Name und Kontaktdaten von ${name} sind für Tischlerei Brandt GmbH freigegeben.`),
    );
    const [year, month, day] = todayInBerlin().split("-");
    const released = `Kontakt freigegeben am ${day}.${month}.${year} von Deniz Aydın`;
    const card = accepted.getByRole("listitem").filter({ hasText: name });
    await visible(card.getByText(released));
    await expect.poll(() => card.getByRole("button", { name: /^Kontakt freigeben: / }).count()).toBe(0);
    await card.getByRole("link", { name }).click();
    await visible(page.getByRole("heading", { level: 1, name }));
    const placements = page.locator("#placements").getByRole("list", { name: "Vorschläge der Person" });
    await visible(placements.getByRole("listitem").filter({ hasText: offerTitle }).getByText(released));
    await page.goto(offerPath);
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
  });

  it("releases a contact from the person page too", async () => {
    const waiting = await page.evaluate(async () => {
      const page = await (await fetch("/api/placements?stage=accepted&limit=200")).json();
      return (page.items as { personId: string; offerTitle: string; canReleaseContact: boolean }[]).find(
        (item) => item.canReleaseContact,
      );
    });
    expect(waiting).toBeTruthy();
    await page.goto(`/persons/${waiting?.personId}`);
    const item = page
      .locator("#placements")
      .getByRole("list", { name: "Vorschläge der Person" })
      .getByRole("listitem")
      .filter({ hasText: waiting?.offerTitle ?? "" });
    await visible(item.getByText("Kontakt noch nicht freigegeben"));
    await item.getByRole("button", { name: /^Kontakt freigeben: .+/ }).click();
    await visible(item.getByText(/^Kontakt freigegeben am \d\d\.\d\d\.\d{4} von Deniz Aydın$/));
    await page.goto(offerPath);
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
  });

  it("proposes a candidate, who then shows on the board as proposed", async () => {
    const candidates = page.getByRole("list", { name: "Passende Personen, beste zuerst" });
    const proposable = candidates
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /vorschlagen$/ }) });
    const candidate = await visible(proposable.first());
    proposedName = (await candidate.locator(".candidate-name").textContent()) ?? "";
    expect(proposedName).not.toBe("");
    await candidate.getByRole("button", { name: `${proposedName} vorschlagen` }).click();
    await visible(page.getByText(`${proposedName} wurde vorgeschlagen.`));
    const proposedColumn = page.getByRole("list", { name: "Vorgeschlagen", exact: true });
    await visible(proposedColumn.getByRole("link", { name: proposedName }));
    const card = proposedColumn.getByRole("listitem").filter({ hasText: proposedName });
    await visible(card.getByRole("button", { name: `Gespräch: ${proposedName}` }));
    await card.getByRole("button", { name: `Notiz hinzufügen: ${proposedName}` }).click();
    const note = card.getByRole("form", { name: `Notiz bearbeiten: ${proposedName}` });
    await note.getByLabel("Notiz (nur für die Beratung)").fill("Bringt Zeugnisse zum Gespräch mit");
    await note.getByRole("button", { name: "Speichern" }).click();
    await visible(card.getByText("Notiz: Bringt Zeugnisse zum Gespräch mit"));
    await visible(
      candidates.getByRole("listitem").filter({ hasText: proposedName }).getByText("Schon vorgeschlagen"),
    );
    await screenshot(page, "advisor-offer-proposed");
    await viewportShot("advisor-offer-view");
  });

  it("shows the placement and matching offers on the person's page", async () => {
    await page
      .getByRole("list", { name: "Vorgeschlagen", exact: true })
      .getByRole("link", { name: proposedName })
      .click();
    await visible(page.getByRole("heading", { level: 1, name: proposedName }));
    personPath = new URL(page.url()).pathname;
    const section = page.locator("#placements");
    const placements = section.getByRole("list", { name: "Vorschläge der Person" });
    await visible(
      placements
        .getByRole("listitem")
        .filter({ hasText: offerTitle })
        .getByText("Vorgeschlagen", { exact: true }),
    );
    await visible(section.getByRole("heading", { name: "Passende Angebote" }));
    await section.scrollIntoViewIfNeeded();
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    await section.screenshot({ path: `${SHOTS_DIR}/advisor-person-placements.png` });
  });

  it("declines the proposal with a reason, which folds the card away", async () => {
    await page.locator("#placements").getByRole("link", { name: offerTitle }).first().click();
    await visible(page.getByRole("heading", { level: 1, name: offerTitle }));
    await page.getByRole("button", { name: `Absage …: ${proposedName}` }).click();
    const dialog = await visible(page.getByRole("dialog", { name: `Absage für ${proposedName}` }));
    await dialog.getByRole("button", { name: "Absage speichern" }).click();
    await visible(dialog.getByText("Bitte einen Grund auswählen."));
    await dialog
      .getByRole("combobox", { name: "Grund" })
      .selectOption({ label: "Qualifikation passt nicht" });
    await dialog.getByRole("button", { name: "Absage speichern" }).click();
    await visible(page.getByText(`${proposedName}: Abgesagt.`));
    const proposedColumn = page.getByRole("list", { name: "Vorgeschlagen", exact: true });
    await expect.poll(() => proposedColumn.getByRole("link", { name: proposedName }).count()).toBe(0);
    await page.getByText(/^Abgesagt oder abgebrochen/).click();
    await visible(page.locator(".board-folded").getByText("Qualifikation passt nicht").first());
  });

  it("filters regional offers in the URL, and lists programmes and agencies with seal warnings", async () => {
    await mainNav(page).getByRole("link", { name: "Angebote" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Angebote" }));
    await page.getByRole("combobox", { name: "Art" }).selectOption({ label: "Ausbildungsplatz" });
    await page.waitForURL(/type=apprenticeship/);
    const table = page.getByRole("table");
    await visible(table.getByRole("link").first());
    await expect.poll(() => table.getByRole("cell", { name: "Arbeitsstelle" }).count()).toBe(0);
    await visible(table.getByRole("cell", { name: "Ausbildungsplatz" }).first());
    await viewportShot("advisor-offers-list");

    await mainNav(page).getByRole("link", { name: "Programme" }).click();
    await visible(page.getByRole("heading", { level: 2, name: "Talent trifft Handwerk" }));
    await viewportShot("advisor-programmes");

    // The centre adds its own ESF Plus programme; the project number is asked for.
    await page.getByRole("button", { name: "Programm anlegen" }).click();
    const create = page.getByRole("form", { name: "Programm anlegen" });
    await create.getByRole("textbox", { name: "Name" }).fill(esfProgramme);
    await create.getByRole("combobox", { name: "Förderung" }).selectOption("esf_plus");
    await create.getByLabel("Beginn").fill("01.09.2026");
    await create.getByRole("button", { name: "Programm anlegen" }).click();
    const projectNumber = create.getByRole("textbox", { name: "ESF-Projektnummer" });
    await expect.poll(() => projectNumber.getAttribute("aria-invalid")).toBe("true");
    await projectNumber.fill("ESF-E2E-0001");
    await viewportShot("advisor-programme-create");
    await create.getByRole("button", { name: "Programm anlegen" }).click();
    const card = page.getByRole("region", { name: esfProgramme });
    await visible(card.getByText("ESF Plus · ESF-Projektnummer ESF-E2E-0001"));
    await card.getByRole("button", { name: `${esfProgramme} bearbeiten` }).click();
    const edit = card.getByRole("form", { name: `${esfProgramme} bearbeiten` });
    await edit.getByRole("textbox", { name: "Beschreibung" }).fill("Dienstags für Auszubildende");
    await edit.getByRole("button", { name: "Speichern" }).click();
    await visible(card.getByText("Dienstags für Auszubildende"));
    await visible(page.getByText(`Programm „${esfProgramme}“ gespeichert.`));

    await mainNav(page).getByRole("link", { name: "Agenturen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Anwerbeagenturen" }));
    await visible(page.getByText("Gütesiegel abgelaufen").first());
    await visible(page.getByText("Gütesiegel entzogen").first());
    await viewportShot("advisor-agencies");

    // A newly registered agency gets its seal later: edited in place, the warning goes away.
    const agencyName = `Care Bridge ${Date.now().toString(36)}`;
    await page.getByRole("button", { name: "Agentur erfassen" }).first().click();
    const registerForm = page.getByRole("form", { name: "Agentur erfassen" });
    await registerForm.getByRole("textbox", { name: "Name" }).fill(agencyName);
    await registerForm.getByRole("combobox", { name: "Land" }).selectOption("PH");
    await registerForm.getByRole("button", { name: "Agentur erfassen" }).click();
    const agencyRow = page.getByRole("row").filter({ hasText: agencyName });
    await visible(agencyRow.getByText("Kein gültiges Gütesiegel"));
    await agencyRow.getByRole("button", { name: `${agencyName} bearbeiten` }).click();
    const agencyForm = page.getByRole("form", { name: `${agencyName} bearbeiten` });
    await agencyForm.getByRole("combobox", { name: "Gütesiegel" }).selectOption("certified");
    await agencyForm.getByLabel("Siegel gültig bis").fill("30.06.2027");
    await viewportShot("advisor-agency-edit");
    await agencyForm.getByRole("button", { name: "Speichern" }).click();
    await visible(agencyRow.getByText("Siegel gültig", { exact: true }));
    await visible(agencyRow.getByText("30.06.2027"));
  });

  it("words the board and the match explanations in English", async () => {
    await page.goto(offerPath);
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { level: 2, name: "Proposals by stage" }));
    await visible(page.getByRole("heading", { level: 3, name: /^Proposed/ }));
    const candidates = page.getByRole("list", { name: "Matching persons, best first" });
    expect(await (await visible(candidates.getByRole("listitem").first())).textContent()).toMatch(
      /meets|below|no language requirement/,
    );
    await viewportShot("advisor-offer-english");
    await page.getByRole("button", { name: "Deutsch" }).click();
  });

  it("creates a company, edits its profile in place and records an inquiry", async () => {
    await page.goto("/companies/new");
    await visible(page.getByRole("heading", { level: 1, name: "Neues Unternehmen" }));
    await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
    await visible(page.getByText("Bitte ausfüllen.").first());
    await page.getByRole("textbox", { name: "Name" }).fill("Bäckerei Testfeld");
    await page.getByRole("combobox", { name: "Landkreis" }).selectOption("lk-hildesheim");
    await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Bäckerei Testfeld" }));

    await page.getByRole("button", { name: "Profil bearbeiten" }).click();
    const profile = page.getByRole("form", { name: "Profil" });
    await profile.getByRole("combobox", { name: /Größe/ }).selectOption({ label: "1–9 Beschäftigte" });
    await profile.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Unternehmen gespeichert."));
    await visible(page.locator("#profile").getByText("1–9 Beschäftigte"));

    await page.getByRole("button", { name: "Anfrage erfassen" }).click();
    const inquiry = page.getByRole("form", { name: "Anfrage erfassen" });
    await inquiry.getByRole("combobox", { name: "Beruf" }).selectOption("29212");
    await inquiry.getByRole("checkbox", { name: "Wohnung" }).check();
    await inquiry.getByRole("button", { name: "Anfrage erfassen" }).click();
    await visible(page.getByText("Anfrage erfasst."));
    const row = page.locator("#inquiries").getByRole("row").filter({ hasText: "Bäcker/in" });
    await visible(row.getByText("Wohnung"));
    await row.getByRole("combobox").selectOption("served");
    await visible(page.getByText("Status der Anfrage geändert."));
  });

  it("creates an offer with a German level per skill and publishes it", async () => {
    await page.locator("#offers").getByRole("link", { name: "Angebot anlegen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Neues Angebot" }));
    await page.getByRole("checkbox", { name: /Gleich veröffentlichen/ }).check();
    await page.getByRole("textbox", { name: "Titel" }).fill("Ausbildung Bäcker/in 2027");
    await page.getByRole("combobox", { name: "Beruf" }).selectOption("29212");
    await page.getByRole("textbox", { name: "Beginn" }).fill("01.08.2027");
    await page.getByRole("textbox", { name: "Ende" }).fill("01.07.2027");
    await page.getByRole("combobox", { name: "Sprechen" }).selectOption("B1");
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await visible(page.getByText("Das Ende liegt vor dem Beginn."));
    await page.getByRole("textbox", { name: "Ende" }).fill("");
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Ausbildung Bäcker/in 2027" }));
    await visible(page.getByText("Offen", { exact: true }).first());
    await visible(page.locator("#details").getByText("Sprechen B1"));
  });

  it("tells the advisor when someone else changed the company meanwhile", async () => {
    await page.getByRole("link", { name: "Bäckerei Testfeld" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Bäckerei Testfeld" }));
    const companyId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByRole("button", { name: "Profil bearbeiten" }).click();
    const changed = await page.evaluate(async (id) => {
      const current = await (await fetch(`/api/companies/${id}`)).json();
      const response = await fetch(`/api/companies/${id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ version: current.version, notes: "Von einer Kollegin geändert" }),
      });
      return response.status;
    }, companyId);
    expect(changed).toBe(200);
    const profile = page.getByRole("form", { name: "Profil" });
    await profile.getByRole("textbox", { name: "Name" }).fill("Bäckerei Testfeld & Söhne");
    await profile.getByRole("button", { name: "Speichern" }).click();
    await visible(profile.getByText("Jemand anderes hat diesen Datensatz inzwischen geändert."));
    await profile.getByRole("button", { name: "Neu laden" }).click();
    await visible(page.locator("#profile").getByText("Von einer Kollegin geändert"));
  });

  it("links an agency without a valid seal to the person, warns in the header, and records an enrolment", async () => {
    await page.goto(personPath);
    await visible(page.getByRole("heading", { level: 1, name: proposedName }));
    const section = page.locator("#placements");
    await section.getByRole("button", { name: "Agentur ändern" }).click();
    await section
      .getByRole("combobox", { name: "Agentur" })
      .selectOption({ label: "FastWork International (Gütesiegel entzogen)" });
    await section
      .getByRole("form", { name: "Agentur ändern" })
      .getByRole("button", { name: "Speichern" })
      .click();
    await visible(page.getByText("Agentur gespeichert."));
    await visible(page.getByText("Agentur FastWork International: Gütesiegel entzogen"));
    await viewportShot("advisor-person-header");

    await section.getByRole("button", { name: "Teilnahme eintragen" }).click();
    const enrol = section.getByRole("form", { name: "Teilnahme eintragen" });
    await enrol.getByRole("combobox", { name: "Programm" }).selectOption({ label: "Internationals Welcome" });
    await enrol.getByRole("button", { name: "Teilnahme eintragen" }).click();
    await visible(page.getByText("Teilnahme eingetragen."));
    const enrolments = section.getByRole("list", { name: "Programmteilnahmen der Person" });
    const item = enrolments.getByRole("listitem").filter({ hasText: "Internationals Welcome" });
    await item.getByRole("button", { name: "Austritt eintragen: Internationals Welcome" }).click();
    await item.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Austritt eingetragen."));
    await visible(item.getByText("Abgeschlossen"));

    // An ESF Plus programme: the entry data follows in the participant record (prefilled from the
    // profile, decision 0029), the results on leaving.
    await section.getByRole("button", { name: "Teilnahme eintragen" }).click();
    const esfEnrol = section.getByRole("form", { name: "Teilnahme eintragen" });
    await esfEnrol.getByRole("combobox", { name: "Programm" }).selectOption({ label: esfProgramme });
    await visible(
      esfEnrol.getByText(/^ESF-Plus-Programm: Die Eintrittsdaten werden aus dem Profil vorausgefüllt/),
    );
    await esfEnrol.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS_DIR}/advisor-enrol-esf.png` });
    await esfEnrol.getByRole("button", { name: "Teilnahme eintragen" }).click();
    const esfItem = enrolments.getByRole("listitem").filter({ hasText: esfProgramme });
    await visible(esfItem.getByRole("link", { name: `ESF-Plus-Teilnahmedaten: ${esfProgramme}` }));
    await esfItem.getByRole("button", { name: `Austritt eintragen: ${esfProgramme}` }).click();
    const exit = esfItem.getByRole("form", { name: `Austritt eintragen: ${esfProgramme}` });
    await exit.getByRole("checkbox", { name: "Ergebnisse jetzt erfassen" }).check();
    await exit.getByRole("checkbox", { name: "Qualifikation erworben" }).check();
    await exit.getByRole("checkbox", { name: "Erwerbstätig" }).check();
    await exit.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS_DIR}/advisor-exit-esf.png` });
    await exit.getByRole("button", { name: "Speichern" }).click();
    await visible(esfItem.getByText(/^Ergebnis vom .+: Qualifikation erworben, Erwerbstätig$/));

    // The person's case warns about the agency's seal the same way.
    const personId = personPath.split("/").pop();
    const caseId = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/cases?personId=${id}`)).json()).items[0]?.id as string | undefined,
      personId,
    );
    expect(caseId).toBeTruthy();
    await page.goto(`/cases/${caseId}`);
    await visible(page.getByRole("heading", { level: 1, name: `Fall: ${proposedName}` }));
    await visible(page.getByText("Agentur FastWork International: Gütesiegel entzogen"));
    await viewportShot("advisor-case-agency-warning");
  });

  it("shows the offer page on a tablet in portrait", async () => {
    const tablet = await openPage(browser, tabletPortrait);
    try {
      await signIn(tablet, demoLogins.advisor);
      await visible(tablet.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      await tablet.goto(offerPath);
      await visible(tablet.getByRole("heading", { level: 1, name: offerTitle }));
      await visible(tablet.getByRole("heading", { level: 3, name: /^Vorgeschlagen/ }));
      await screenshot(tablet, "tablet-advisor-offer");
    } finally {
      await closePage(tablet);
    }
  });
});
