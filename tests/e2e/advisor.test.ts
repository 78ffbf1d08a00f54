import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closePage,
  demoLogins,
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
let firstPersonUrl = "";
let caseUrl = "";
const taskTitle = "Zeugnisse übersetzen lassen";
const colleague = "Jana Wiechmann";
const activityText = "Erstberatung: Anerkennung als Elektroniker besprochen";

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

async function fillPerson(familyName: string) {
  await page.getByLabel("Familienname").fill(familyName);
  await page.getByLabel("Vornamen").fill("Jonas");
  await page.getByLabel("Geburtsdatum").fill("15.01.1990");
  await page.getByRole("combobox", { name: "Staatsangehörigkeit" }).selectOption("DE");
  await page.getByRole("combobox", { name: "Wohnort" }).selectOption("lk-hildesheim");
}

const personHeading = (name: string) => page.getByRole("heading", { level: 1, name });

describe("advisor", () => {
  it("creates a person, then is warned about the same person spelt differently and saves anyway", async () => {
    await mainNav(page).getByRole("link", { name: "Personen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Personen" }));
    await page.getByRole("link", { name: "Neue Person" }).first().click();
    await visible(page.getByRole("heading", { level: 1, name: "Neue Person" }));
    await page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(page.getByText("Bitte ausfüllen.").first());
    await fillPerson("Müller");
    await page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(personHeading("Jonas Müller"));
    await visible(page.getByText("Jonas Müller wurde angelegt."));
    firstPersonUrl = new URL(page.url()).pathname;

    await page.goto("/persons/new");
    await fillPerson("Mueller");
    const hint = await visible(page.getByRole("alert").filter({ hasText: "gibt es vielleicht schon" }));
    expect(await hint.getByRole("link", { name: "Jonas Müller" }).getAttribute("href")).toBe(firstPersonUrl);
    await screenshot(page, "advisor-duplicate-hint");
    await page.getByRole("button", { name: "Person anlegen" }).click();
    await page.getByRole("button", { name: "Trotzdem anlegen" }).click();
    await visible(personHeading("Jonas Mueller"));
  });

  it("opens a case for the person", async () => {
    await page.goto(firstPersonUrl);
    await visible(personHeading("Jonas Müller"));
    await page.getByRole("button", { name: "Neuen Fall eröffnen" }).click();
    await page.getByRole("button", { name: "Neuen Fall eröffnen" }).click();
    await visible(page.getByText("Bitte mindestens ein Anliegen auswählen."));
    await page.getByRole("checkbox", { name: "Anerkennung" }).check();
    await page.getByRole("button", { name: "Neuen Fall eröffnen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Fall: Jonas Müller" }));
    caseUrl = new URL(page.url()).pathname;
    await visible(page.getByRole("button", { name: "Beginnen" }));
  });

  it("adds an activity at the top of the timeline and a task", async () => {
    const text = page.getByRole("textbox", { name: "Text" });
    await text.fill("Telefonat vereinbart");
    await text.press("Control+Enter");
    await visible(page.getByText("Eintrag hinzugefügt.").first());
    await text.fill(activityText);
    await page.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    const timeline = page.getByRole("list", { name: "Verlauf" });
    await expect.poll(() => timeline.getByRole("listitem").first().textContent()).toContain(activityText);
    expect(await timeline.getByRole("listitem").count()).toBe(2);

    await page.getByRole("textbox", { name: "Aufgabe", exact: true }).fill(taskTitle);
    await page.getByRole("button", { name: "Aufgabe hinzufügen" }).click();
    await visible(page.getByRole("link", { name: taskTitle }));
    await screenshot(page, "advisor-case");
  });

  it("refuses a referral without consent to pass data to authorities, in words", async () => {
    await page.goto(caseUrl);
    const timeline = page.getByRole("list", { name: "Verlauf" });
    await visible(timeline.getByRole("listitem").first());
    const entries = await timeline.getByRole("listitem").count();
    await page.getByRole("combobox", { name: "Art" }).first().selectOption("referral");
    await page.getByRole("textbox", { name: "Text" }).fill("Weiterleitung an die IHK FOSA");
    await page.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    await visible(
      page
        .getByRole("alert")
        .filter({ hasText: "Ohne gültige Einwilligung in die Weiterleitung an Behörden" }),
    );
    expect(await timeline.getByRole("listitem").count()).toBe(entries);
  });

  it("assigns a task to a colleague", async () => {
    const assignee = page.getByRole("combobox", { name: "Zuständig" });
    await assignee.selectOption({ label: colleague });
    await page.getByRole("textbox", { name: "Aufgabe", exact: true }).fill("Termin bei der IHK");
    await page.getByRole("button", { name: "Aufgabe hinzufügen" }).click();
    const task = page.locator("#tasks").getByRole("listitem").filter({ hasText: "Termin bei der IHK" });
    expect(await (await visible(task)).textContent()).toContain(colleague);
    await expect.poll(() => assignee.locator("option:checked").textContent()).toBe("Deniz Aydın");
  });

  it("hands the case to a colleague and filters the persons list by advisor", async () => {
    await page.getByRole("button", { name: "Angaben zum Fall bearbeiten" }).click();
    await page
      .getByRole("form", { name: "Angaben zum Fall" })
      .getByRole("combobox", { name: "Beratung" })
      .selectOption({ label: colleague });
    await page.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Fall gespeichert."));

    await page.goto("/persons");
    await page.getByRole("combobox", { name: "Beratung" }).selectOption({ label: colleague });
    await page.waitForURL(/advisor=/);
    const table = page.getByRole("table");
    await visible(table.getByRole("link", { name: "Müller, Jonas" }));
    expect(await table.getByRole("link", { name: "Mueller, Jonas" }).count()).toBe(0);
    await page.getByRole("button", { name: "Nur meine" }).click();
    await expect.poll(() => table.getByRole("link", { name: "Müller, Jonas" }).count()).toBe(0);
  });

  it("finds both spellings when searching without umlauts", async () => {
    await mainNav(page).getByRole("link", { name: "Personen" }).click();
    await page.getByRole("searchbox", { name: "Suche" }).fill("muller");
    await page.waitForURL(/q=muller/);
    const table = page.getByRole("table");
    await visible(table.getByRole("link", { name: "Müller, Jonas" }));
    await visible(table.getByRole("link", { name: "Mueller, Jonas" }));
    await screenshot(page, "advisor-persons-search");
  });

  it("moves between rows with the arrow keys and opens one with Enter", async () => {
    await page.goto("/persons");
    const links = page.getByRole("table").locator("a[data-row-link]");
    await visible(links.nth(2));
    await links.first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe(await links.nth(2).textContent());
    await page.keyboard.press("ArrowUp");
    const target = (await links.nth(1).textContent()) ?? "";
    await page.keyboard.press("Enter");
    const [familyName = "", givenNames = ""] = target.split(", ");
    await visible(personHeading(`${givenNames} ${familyName}`));
  });

  it("closes the case with an outcome", async () => {
    await page.goto(caseUrl);
    await page.getByRole("button", { name: "Beginnen" }).click();
    await visible(page.getByText("Status geändert: Aktiv."));
    await page.getByRole("button", { name: "Abschließen" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Fall abschließen" }));
    await dialog.getByRole("button", { name: "Abschließen" }).click();
    await visible(dialog.getByText("Zum Abschließen bitte das Ergebnis angeben."));
    await dialog.getByRole("combobox", { name: "Ergebnis" }).selectOption("employment");
    await dialog.getByRole("button", { name: "Abschließen" }).click();
    await visible(page.getByRole("button", { name: "Wieder öffnen" }));
    const header = page.locator(".record-header");
    expect(await header.textContent()).toContain("Abgeschlossen");
    await screenshot(page, "advisor-case-closed");
  });

  it("shows the task sections on the home page", async () => {
    await mainNav(page).getByRole("link", { name: "Meine Aufgaben" }).click();
    for (const name of [/^Überfällig/, /^Heute/, /^Nächste 7 Tage/, /^Aufenthaltstitel laufen ab/]) {
      await visible(page.getByRole("heading", { level: 2, name }));
    }
    await visible(page.getByRole("heading", { level: 2, name: /^Fälle ohne Aktivität seit 30 Tagen/ }));
    const task = await visible(page.getByRole("link", { name: taskTitle }));
    await screenshot(page, "advisor-home");
    await task.click();
    await page.waitForURL((url) => url.pathname === caseUrl);
  });

  it("saves a profile section on its own and reports a stale version with a reload", async () => {
    await page.goto(firstPersonUrl);
    await page.getByRole("button", { name: "Profil bearbeiten" }).click();
    const form = page.getByRole("form", { name: "Profil" });
    await form.getByLabel("Telefon").fill("+49 5121 1234");
    await form.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Änderungen gespeichert."));
    await visible(page.locator("#profile").getByText("+49 5121 1234"));

    await page.route("**/api/persons/*", (route) =>
      route.request().method() === "PATCH"
        ? route.fulfill({
            status: 409,
            contentType: "application/json",
            body: JSON.stringify({
              error: {
                code: "conflict",
                message: "Veraltet",
                details: { reason: "stale_version", current: {} },
              },
            }),
          })
        : route.fallback(),
    );
    await page.getByRole("button", { name: "Profil bearbeiten" }).click();
    await form.getByLabel("Telefon").fill("+49 5121 9999");
    await form.getByRole("button", { name: "Speichern" }).click();
    await visible(page.getByText("Jemand anderes hat diesen Datensatz inzwischen geändert."));
    await page.unroute("**/api/persons/*");
    await page.getByRole("button", { name: "Neu laden" }).click();
    await form.waitFor({ state: "detached" });
    await visible(page.locator("#profile").getByText("+49 5121 1234"));

    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { level: 2, name: "Residence & recognition" }));
    await page.getByRole("button", { name: "Deutsch" }).click();
    await screenshot(page, "advisor-person");
  });

  it("fits a tablet in portrait", async () => {
    const tablet = await openPage(browser, tabletPortrait);
    try {
      await signIn(tablet, demoLogins.advisor);
      await visible(tablet.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      await tablet.goto(firstPersonUrl);
      await visible(tablet.getByRole("heading", { level: 1, name: "Jonas Müller" }));
      await visible(tablet.getByRole("heading", { level: 2, name: "Einwilligungen" }));
      await screenshot(tablet, "tablet-advisor-person");
    } finally {
      await closePage(tablet);
    }
  });
});
