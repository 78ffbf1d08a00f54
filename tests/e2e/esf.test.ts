import { describe, expect, it } from "vitest";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");
const PROGRAMME = "Talent trifft Handwerk";
const today = todayInBerlin();
const todayText = today.split("-").reverse().join(".");

async function headlineFigures() {
  const { page } = session;
  await page.goto("/statistics");
  const card = page.getByRole("region", { name: "ESF-Plus-Indikatoren" });
  const row = card.getByRole("row", { name: new RegExp(`^${PROGRAMME}`) });
  await visible(row);
  await visible(row.locator("td").first().filter({ hasText: /^\d+$/ }));
  const cells = await row.locator("td").allTextContents();
  return { participants: Number(cells[0]), employedUponLeaving: Number(cells[4]) };
}

/** A person of their own with a complete profile, enrolled today through the API (the part this test is not about). */
async function enrolledPerson() {
  const { page } = session;
  const origin = new URL(page.url()).origin;
  const familyName = `Esfova${Date.now().toString(36)}`;
  const person = await page.request.post("/api/persons", {
    headers: { Origin: origin },
    data: {
      familyName,
      givenNames: "Olena",
      birthDate: "2000-04-02",
      gender: "female",
      nationality: "UA",
      district: "lk-hildesheim",
      educationLevel: "4",
    },
  });
  expect(person.status()).toBe(201);
  const { id: personId } = (await person.json()) as { id: string };
  const programmes = (await (await page.request.get("/api/programmes")).json()) as {
    items: { id: string; name: string }[];
  };
  const programmeId = programmes.items.find((programme) => programme.name === PROGRAMME)?.id;
  const enrolment = await page.request.post("/api/enrolments", {
    headers: { Origin: origin },
    data: { programmeId, personId, enteredOn: today },
  });
  expect(enrolment.status()).toBe(201);
  return { personId, name: `Olena ${familyName}` };
}

describe("ESF+ participant data and the indicator report", () => {
  it("records entry data with rural area derived from the municipality, exits the participant, records the result and sees the report change", async () => {
    const { page } = session;
    const before = await headlineFigures();
    const person = await enrolledPerson();

    await page.goto(`/persons/${person.personId}`);
    await visible(page.getByRole("heading", { level: 1, name: person.name }));
    await page.getByRole("link", { name: `ESF-Plus-Teilnahmedaten: ${PROGRAMME}` }).click();
    await visible(page.getByRole("heading", { level: 1, name: `ESF-Plus-Teilnahmedaten: ${person.name}` }));
    await visible(page.getByText("Es fehlt: Erwerbsstatus, ländliches Gebiet, Bestätigung"));
    await visible(page.getByText("18 bis 29"));
    await page.getByLabel("Erwerbsstatus bei Eintritt").selectOption({ label: "Arbeitslos" });
    await page.getByLabel("Wohnort in ländlichem Gebiet").selectOption({ label: "Nein" });
    await page.getByLabel("Wohnort (Gemeinde) bei Eintritt").selectOption({ label: "Holle" });
    await visible(page.getByText("Abgeleitet aus dem Wohnort: Ländliches Gebiet (DEGURBA 3)"));
    expect(await page.getByLabel("Wohnort in ländlichem Gebiet").count()).toBe(0);
    await page.getByLabel("Angaben mit der Person geprüft und bestätigt").check();
    await page.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Vollständig."));
    expect(describeFindings(await axeViolations(page))).toBe("");

    await page.getByRole("link", { name: "Zur Person" }).click();
    await page.getByRole("button", { name: `Austritt eintragen: ${PROGRAMME}` }).click();
    const exit = page.getByRole("form", { name: `Austritt eintragen: ${PROGRAMME}` });
    await exit.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Abgeschlossen").first());

    await page.getByRole("link", { name: `ESF-Plus-Teilnahmedaten: ${PROGRAMME}` }).click();
    await visible(page.getByText("Es fehlt: Ergebnis bei Austritt"));
    const upon = page.getByRole("group", { name: "Ergebnis bei Austritt (bis vier Wochen danach)" });
    await upon.getByLabel("Erwerbstätig, auch selbstständig").check();
    await upon.getByLabel("Erfasst am").fill(todayText);
    await upon.getByLabel("Erfasst am").press("Tab");
    await page.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Im Zeitfenster erfasst."));
    await visible(page.getByText("Vollständig."));

    const after = await headlineFigures();
    expect(after.participants - before.participants).toBe(1);
    expect(after.employedUponLeaving - before.employedUponLeaving).toBe(1);
    expect(describeFindings(await axeViolations(page))).toBe("");

    await page.getByRole("link", { name: `Datenlücken: ${PROGRAMME}` }).click();
    await visible(page.getByRole("heading", { level: 1, name: `Datenlücken: ${PROGRAMME}` }));
    await visible(page.getByRole("link", { name: "Teilnehmendenliste herunterladen (XLSX)" }));
    expect(await page.getByRole("link", { name: `Ergänzen: ${person.name}` }).count()).toBe(0);
    expect(describeFindings(await axeViolations(page))).toBe("");
  });
});
