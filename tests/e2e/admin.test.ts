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
const stamp = Date.now().toString(36);
const newUser = { name: `Mira Testmann ${stamp}`, email: `mira.${stamp}@hildesheim.example` };
let userCount = 0;

/** Each test that works on a user makes its own, so no test depends on another's data or order. */
async function userOfItsOwn(): Promise<{ name: string; email: string }> {
  userCount++;
  const user = {
    name: `Lena Eigen ${stamp} ${userCount}`,
    email: `lena.${stamp}.${userCount}@hildesheim.example`,
  };
  const response = await page.request.post("/api/users", {
    headers: { Origin: new URL(page.url()).origin },
    data: { ...user, role: "manager", password: "ein-sicheres-passwort" },
  });
  expect(response.status()).toBe(201);
  await page.goto("/admin/users");
  await visible(rowOf(user.name));
  return user;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await signIn(page, demoLogins.admin);
  await visible(page.getByRole("heading", { level: 1, name: "Benutzer" }));
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

const usersTable = () => page.getByRole("table");
const rowOf = (name: string) => usersTable().getByRole("row").filter({ hasText: name });

describe("admin", () => {
  it("lists the centre's users with role and last sign-in", async () => {
    await page.goto("/admin/users");
    await visible(rowOf("Jana Wiechmann"));
    const row = await rowOf("Deniz Aydın").textContent();
    expect(row).toContain("advisor@hildesheim.example");
    expect(row).toContain("Beratung");
    expect(await rowOf("Henrik Brandt").textContent()).toContain("Tischlerei Brandt GmbH");
    expect(await rowOf("Jana Wiechmann").textContent()).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await screenshot(page, "admin-users");
  });

  it("keeps search and role filter in the URL", async () => {
    await page.goto("/admin/users");
    await page.getByRole("combobox", { name: "Rolle" }).selectOption("employer");
    await page.waitForURL(/role=employer/);
    await rowOf("Deniz Aydın").waitFor({ state: "detached" });
    await visible(rowOf("Henrik Brandt"));
    await page.getByRole("button", { name: "Filter zurücksetzen" }).first().click();
    await page.getByRole("searchbox", { name: "Suche" }).fill("Oldenburg");
    await page.waitForURL(/q=Oldenburg/);
    await rowOf("Jana Wiechmann").waitFor({ state: "detached" });
    await visible(rowOf("Katrin Oldenburg"));
    await page.reload();
    await visible(rowOf("Katrin Oldenburg"));
    expect(await page.getByRole("searchbox", { name: "Suche" }).inputValue()).toBe("Oldenburg");
    await page.goto("/admin/users");
  });

  it("checks the new-user form in words, then creates the user and shows it in the list", async () => {
    await mainNav(page).getByRole("link", { name: "Benutzer" }).click();
    await page.getByRole("link", { name: "Neuer Benutzer" }).first().click();
    await visible(page.getByRole("heading", { level: 1, name: "Neuer Benutzer" }));
    await page.getByRole("button", { name: "Benutzer anlegen" }).click();
    await visible(page.getByText("Bitte Namen eingeben."));
    const email = page.getByRole("textbox", { name: "E-Mail" });
    await visible(
      page.locator(`[id="${await email.getAttribute("aria-describedby")}"]`).getByText("Bitte ausfüllen."),
    );
    await visible(page.getByText("Mindestens 12 Zeichen.").last());

    await page.getByRole("combobox", { name: "Rolle" }).selectOption("employer");
    const company = await visible(page.getByRole("combobox", { name: "Unternehmen" }));
    await expect.poll(() => company.locator("option").allTextContents()).toContain("Tischlerei Brandt GmbH");
    await page.getByRole("button", { name: "Benutzer anlegen" }).click();
    await visible(page.getByText("Arbeitgeber-Konten brauchen ein Unternehmen."));
    await screenshot(page, "admin-new-user-errors");

    await page.getByRole("combobox", { name: "Rolle" }).selectOption("advisor");
    expect(await page.getByRole("combobox", { name: "Unternehmen" }).count()).toBe(0);
    await page.getByLabel("Name").fill(newUser.name);
    await page.getByLabel("E-Mail").fill(newUser.email);
    await page.getByLabel("Erstes Passwort").fill("ein-sicheres-passwort");
    await page.getByRole("button", { name: "Benutzer anlegen" }).click();

    await visible(page.getByRole("heading", { level: 1, name: "Benutzer" }));
    await visible(
      page.getByText(
        `Konto für ${newUser.name} angelegt. Es gilt, sobald eine zweite Person es unter „Freigaben“ bestätigt.`,
      ),
    );
    const row = await visible(rowOf(newUser.name));
    expect(await row.textContent()).toContain(newUser.email);
    expect(await row.textContent()).toContain("Noch nie");
    expect(await row.textContent()).toContain("Wartet auf Freigabe");
    await screenshot(page, "admin-user-created");
  });

  it("refuses a second account with the same e-mail address", async () => {
    const existing = await userOfItsOwn();
    await page.goto("/admin/users/new");
    await page.getByLabel("Name").fill("Doppelt");
    await page.getByLabel("E-Mail").fill(existing.email);
    await page.getByLabel("Erstes Passwort").fill("ein-sicheres-passwort");
    await page.getByRole("button", { name: "Benutzer anlegen" }).click();
    await visible(page.getByText("Diese E-Mail-Adresse hat bereits ein Konto."));
    await page.goto("/admin/users");
  });

  it("deactivates and reactivates a user", async () => {
    const user = await userOfItsOwn();
    await rowOf(user.name)
      .getByRole("button", { name: `Deaktivieren: ${user.name}` })
      .click();
    await visible(page.getByText(`${user.name} wurde deaktiviert.`));
    expect(await rowOf(user.name).textContent()).toContain("Deaktiviert");
    await rowOf(user.name)
      .getByRole("button", { name: `Aktivieren: ${user.name}` })
      .click();
    await visible(page.getByText(`${user.name} wurde aktiviert.`));
    expect(await rowOf(user.name).textContent()).toContain("Aktiv");
  });

  it("resets a password in a dialog", async () => {
    const user = await userOfItsOwn();
    await rowOf(user.name)
      .getByRole("button", { name: `Passwort zurücksetzen: ${user.name}` })
      .click();
    const dialog = await visible(page.getByRole("dialog"));
    const field = dialog.getByLabel("Neues Passwort");
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill("kurz");
    await dialog.getByRole("button", { name: "Passwort zurücksetzen" }).click();
    await visible(dialog.getByText("Mindestens 12 Zeichen.").last());
    await screenshot(page, "admin-reset-password");
    await field.fill("ein-neues-passwort-123");
    await dialog.getByRole("button", { name: "Passwort zurücksetzen" }).click();
    await visible(page.getByText(`Das Passwort von ${user.name} wurde zurückgesetzt.`));
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("shows the stale-version conflict and offers a reload", async () => {
    const user = await userOfItsOwn();
    await page.route("**/api/users/*", (route) =>
      route.request().method() === "PATCH"
        ? route.fulfill({
            status: 409,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "conflict", message: "Veraltet", details: { reason: "stale_version" } },
            }),
          })
        : route.fallback(),
    );
    await rowOf(user.name)
      .getByRole("button", { name: `Deaktivieren: ${user.name}` })
      .click();
    await visible(page.getByText("Jemand anderes hat diesen Datensatz geändert", { exact: false }));
    await page.unroute("**/api/users/*");
    await page.getByRole("button", { name: "Neu laden" }).click();
    await page
      .getByText("Jemand anderes hat diesen Datensatz geändert", { exact: false })
      .waitFor({ state: "hidden" });
  });

  it("lists and creates centres", async () => {
    await mainNav(page).getByRole("link", { name: "Zentren" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Zentren" }));
    await visible(page.getByRole("row").filter({ hasText: "Welcome Center Region Hannover" }));
    await page.getByLabel("Name").fill(`Welcome Center Schaumburg ${stamp}`);
    await page.getByRole("combobox", { name: "Landkreis" }).selectOption("lk-schaumburg");
    await page.getByRole("button", { name: "Zentrum anlegen" }).click();
    await visible(page.getByRole("row").filter({ hasText: `Welcome Center Schaumburg ${stamp}` }));
    await screenshot(page, "admin-centres");
  });

  it("maintains the centre's programmes without seeing who takes part", async () => {
    await mainNav(page).getByRole("link", { name: "Programme" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Programme" }));
    const own = page.getByRole("region", { name: "Werkstatt-Deutsch Hildesheim" });
    await own.getByRole("button", { name: "Werkstatt-Deutsch Hildesheim bearbeiten" }).click();
    await visible(own.getByRole("form", { name: "Werkstatt-Deutsch Hildesheim bearbeiten" }));
    await screenshot(page, "admin-programmes");
    await own.getByRole("button", { name: "Abbrechen" }).click();
    await visible(page.getByRole("button", { name: "Programm anlegen" }));
    expect(await page.getByText("Teilnahmen anzeigen").count()).toBe(0);
    expect(await page.getByText("Aktive Teilnahmen").count()).toBe(0);
  });

  it("shows the sign-ins in the audit log, filterable by action", async () => {
    const user = await userOfItsOwn();
    // The admin's own session comes from the suite's setup; a colleague signs in meanwhile.
    const origin = new URL(page.url()).origin;
    const signedIn = await fetch(`${origin}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ email: user.email, password: "ein-sicheres-passwort" }),
    });
    expect(signedIn.status).toBe(200);
    await mainNav(page).getByRole("link", { name: "Protokoll" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Protokoll" }));
    const logins = page.getByRole("row").filter({ hasText: "Anmeldung" }).filter({ hasText: user.email });
    await visible(logins.first());
    await visible(page.getByRole("row").filter({ hasText: "Benutzer angelegt" }).first());
    await screenshot(page, "admin-audit");

    await page.getByRole("combobox", { name: "Aktion" }).selectOption("auth.login");
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.waitForURL(/action=auth.login/);
    await page
      .getByRole("row")
      .filter({ hasText: "Benutzer angelegt" })
      .first()
      .waitFor({ state: "detached" });
    await visible(logins.first());
  });

  it("names the persons an advisor read, and narrows the log to reads of one person", async () => {
    const advisorPage = await openPage(browser);
    await signIn(advisorPage, demoLogins.advisor);
    await visible(mainNav(advisorPage));
    const answer = await advisorPage.request.get("/api/persons?limit=1");
    const [person] = (await answer.json()).items as { familyName: string; givenNames: string }[];
    await closePage(advisorPage);
    const name = `${person?.familyName}, ${person?.givenNames}`;

    await page.goto("/admin/audit");
    // The filter form is drawn again once the user list arrives; choose only after that.
    await page
      .getByRole("combobox", { name: "Benutzer" })
      .locator("option", { hasText: demoLogins.admin })
      .waitFor({ state: "attached" });
    await page.getByRole("combobox", { name: "Zugriff" }).selectOption("read");
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.waitForURL(/kind=read/);
    const read = page.getByRole("row").filter({ hasText: "Personenliste gelesen" }).filter({ hasText: name });
    await visible(read.first());
    // The previous page stays on screen until the filtered one arrives.
    await expect.poll(() => page.getByRole("row").filter({ hasText: "Anmeldung" }).count()).toBe(0);
    await read.first().getByRole("button", { name }).click();
    await page.waitForURL(/personId=/);
    await visible(page.getByRole("status").filter({ hasText: `Nur Einträge zu ${name}` }));
    await screenshot(page, "admin-audit-person");
    await page.getByRole("button", { name: "Alle Personen zeigen" }).click();
    await page.waitForURL(
      (url) => !url.searchParams.has("personId") && url.searchParams.get("kind") === "read",
    );
  });

  it("pages through the audit log with the cursor", async () => {
    const entry = (id: string, action: string) => ({
      id,
      at: "2026-11-25T13:05:00Z",
      userId: null,
      userEmail: "someone@hildesheim.example",
      centreId: null,
      action,
      entity: "user",
      entityId: null,
      requestId: null,
      persons: [],
      personCount: 0,
    });
    await page.route("**/api/audit?*", (route) => {
      const cursor = new URL(route.request().url()).searchParams.get("cursor");
      const body =
        cursor === "page-2"
          ? { items: [entry("b", "auth.logout")], nextCursor: null }
          : { items: [entry("a", "auth.login")], nextCursor: "page-2" };
      return route.fulfill({ contentType: "application/json", body: JSON.stringify(body) });
    });
    await page.goto("/admin/audit");
    await visible(
      page.getByRole("row").filter({ hasText: "25.11.2026, 14:05" }).filter({ hasText: "Anmeldung" }),
    );
    await page.getByRole("button", { name: "Mehr laden" }).click();
    await visible(page.getByRole("row").filter({ hasText: "Abmeldung" }));
    await visible(page.getByText("Alle 2 Einträge angezeigt"));
    expect(await page.getByRole("button", { name: "Mehr laden" }).count()).toBe(0);
    await page.unroute("**/api/audit?*");
  });

  it("fits a tablet in portrait", async () => {
    const tablet = await openPage(browser, tabletPortrait);
    try {
      await signIn(tablet, demoLogins.admin);
      await visible(tablet.getByRole("heading", { level: 1, name: "Benutzer" }));
      await visible(tablet.getByRole("table"));
      await screenshot(tablet, "tablet-admin-users");
    } finally {
      await closePage(tablet);
    }
  });
});
