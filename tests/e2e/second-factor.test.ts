import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeAt, currentStep } from "#server/modules/second-factor/totp.ts";
import { axeViolations, describeFindings } from "./axe.ts";
import { closePage, demoLogins, openPage, screenshot, signIn, signInWithForm, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

const FIRST_PASSWORD = "erstes-passwort-vom-admin";
const OWN_PASSWORD = "mein-eigenes-passwort-2026";
const newAdvisor = {
  name: `Mira Feldkamp ${Date.now().toString(36)}`,
  email: `mira-${Date.now().toString(36)}@hildesheim.example`,
};

let browser: Browser;
let admin: Page;
let manager: Page;
let page: Page;
let secret = "";

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await openPage(browser);
  await signIn(admin, demoLogins.admin);
  await visible(admin.getByRole("heading", { level: 1, name: "Benutzer" }));
  const created = await admin.request.post(`${inject("baseUrl")}/api/users`, {
    headers: { origin: inject("baseUrl") },
    data: { ...newAdvisor, role: "advisor", password: FIRST_PASSWORD },
  });
  expect(created.status()).toBe(201);
  manager = await openPage(browser);
  await signInWithForm(manager, demoLogins.manager);
  await visible(manager.getByRole("heading", { level: 1, name: "Statistik" }));
  page = await openPage(browser);
});
afterAll(async () => {
  for (const each of [admin, manager, page]) if (each) await closePage(each);
  await browser?.close();
});

describe("four eyes on Freigaben", () => {
  it("shows the admin their own request as waiting for someone else", async () => {
    await admin.goto("/admin/staff-requests");
    await visible(admin.getByRole("heading", { level: 1, name: "Freigaben" }));
    const row = await visible(admin.getByRole("row").filter({ hasText: newAdvisor.name }));
    expect(await row.textContent()).toContain("Rolle Beratung vergeben");
    expect(await row.textContent()).toContain("Ihre eigene Anfrage");
    expect(await row.getByRole("button").count()).toBe(0);
  });

  it("lets a manager confirm the new advisor account", async () => {
    await manager
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Freigaben" })
      .click();
    await visible(manager.getByRole("heading", { level: 1, name: "Freigaben" }));
    expect(describeFindings(await axeViolations(manager))).toBe("");
    await manager
      .getByRole("button", { name: `Rolle Beratung vergeben für ${newAdvisor.name} bestätigen` })
      .click();
    await visible(manager.getByText("Freigabe bestätigt."));
    const row = manager.getByRole("row").filter({ hasText: newAdvisor.name });
    await visible(row.getByText("Bestätigt von Katrin Oldenburg"));
    await screenshot(manager, "staff-requests");
  });
});

describe("the new advisor's first sign-in", () => {
  it("sets up the authenticator app with a QR code, shows recovery codes once, then asks for an own password", async () => {
    await signInWithForm(page, newAdvisor.email, FIRST_PASSWORD);
    await visible(page.getByRole("heading", { level: 1, name: "Authenticator-App einrichten" }));
    await visible(page.getByRole("img", { name: "QR-Code zum Einrichten der Authenticator-App" }));
    secret = ((await page.locator(".enrolment-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, "second-factor-enrolment");
    expect(describeFindings(await axeViolations(page))).toBe("");

    await page.getByLabel("Code", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Bestätigen" }).click();
    await visible(page.getByText("Der Code stimmt nicht oder ist schon abgelaufen"));

    await page.getByLabel("Code", { exact: true }).fill(codeAt(secret, currentStep() * 30_000));
    await page.getByRole("button", { name: "Bestätigen" }).click();
    const codes = await visible(page.getByRole("list", { name: "Wiederherstellungscodes" }));
    expect(await codes.getByRole("listitem").count()).toBe(8);
    await screenshot(page, "second-factor-recovery-codes");
    await page.getByRole("button", { name: "Codes gesichert, weiter" }).click();

    await visible(page.getByRole("heading", { level: 1, name: "Neues Passwort festlegen" }));
    await visible(page.getByText("Ihr Passwort wurde von der Administration vergeben oder zurückgesetzt."));
    await page.getByLabel("Bisheriges Passwort (von der Administration erhalten)").fill(FIRST_PASSWORD);
    await page.getByLabel("Neues Passwort").fill(OWN_PASSWORD);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
  });

  it("asks for the app's code at the next sign-in, in English too", async () => {
    await page.getByRole("button", { name: "Abmelden" }).click();
    await visible(page.getByRole("heading", { name: "Anmelden" }));
    await page.getByLabel("E-Mail").fill(newAdvisor.email);
    await page.getByLabel("Passwort").fill(OWN_PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Code eingeben" }));
    expect(describeFindings(await axeViolations(page))).toBe("");
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Enter code" }));
    await page.getByLabel("Code", { exact: true }).fill(codeAt(secret, (currentStep() + 1) * 30_000));
    await page.getByRole("button", { name: "Confirm" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "My tasks" }));
    await page.getByRole("button", { name: "Deutsch" }).click();
  });
});

describe("resetting the second factor", () => {
  it("is asked for in the users list and waits on Freigaben for a second person", async () => {
    await admin.goto(`/admin/users?q=${encodeURIComponent(newAdvisor.email)}`);
    await admin.getByRole("button", { name: `Zweiten Faktor zurücksetzen: ${newAdvisor.name}` }).click();
    await visible(admin.getByText(`Zurücksetzen für ${newAdvisor.name} angefragt`, { exact: false }));
    await manager.reload();
    const row = await visible(
      manager
        .getByRole("row")
        .filter({ hasText: newAdvisor.name })
        .filter({ hasText: "Zweiten Faktor zurücksetzen" }),
    );
    expect(await row.textContent()).toContain("Wartet");
    await visible(
      row.getByRole("button", { name: `Zweiten Faktor zurücksetzen für ${newAdvisor.name} ablehnen` }),
    );
  });
});

describe("the centre's switch", () => {
  it("shows on the centres screen that the second factor is required", async () => {
    await admin.goto("/admin/centres");
    await visible(admin.getByRole("heading", { level: 1, name: "Zentren" }));
    const own = admin.getByRole("row").filter({ hasText: "Welcome Center Hildesheim" });
    expect(
      await own.getByRole("checkbox", { name: "Pflicht für Beratung und Administration" }).isChecked(),
    ).toBe(true);
  });
});
