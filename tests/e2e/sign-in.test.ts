import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInChunks } from "../setup/sign-in-chunks.ts";
import {
  closePage,
  demoLogins,
  enterCode,
  mainNav,
  openPage,
  screenshot,
  signIn,
  signInWithForm,
  tabletPortrait,
  visible,
} from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

const allLinks = [
  "Meine Aufgaben",
  "Statistik",
  "Unsere Angebote",
  "Anfragen",
  "Unser Unternehmen",
  "Benutzer",
  "Zentren",
  "Protokoll",
  "Löschfristen",
];

const roles = [
  {
    role: "admin",
    links: ["Benutzer", "Zentren", "Protokoll", "Löschfristen", "Statistik"],
    home: "/admin/users",
    heading: "Benutzer",
  },
  { role: "advisor", links: ["Meine Aufgaben", "Statistik"], home: "/", heading: "Meine Aufgaben" },
  { role: "manager", links: ["Statistik"], home: "/statistics", heading: "Statistik" },
  {
    role: "employer",
    links: ["Unsere Angebote", "Anfragen", "Unser Unternehmen"],
    home: "/portal/offers",
    heading: "Unsere Angebote",
  },
] as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await openPage(browser);
});
afterEach(async () => {
  await closePage(page);
});

describe("sign-in", () => {
  for (const { role, links, home, heading } of roles) {
    it(`lands the ${role} on their home with only their navigation, and signs out for good`, async () => {
      await signInWithForm(page, demoLogins[role]);
      await visible(page.getByRole("heading", { level: 1, name: heading }));
      expect(new URL(page.url()).pathname).toBe(home);

      const nav = await visible(mainNav(page));
      for (const name of allLinks) {
        const count = await nav.getByRole("link", { name, exact: true }).count();
        expect(count, `${role} sees "${name}"`).toBe((links as readonly string[]).includes(name) ? 1 : 0);
      }
      expect(await nav.getByRole("link", { name: links[0] }).getAttribute("aria-current")).toBe("page");
      await visible(page.getByRole("banner").getByText("Welcome Center Hildesheim", { exact: false }));
      await screenshot(page, `home-${role}`);

      await page.getByRole("button", { name: "Abmelden" }).click();
      await visible(page.getByRole("heading", { name: "Anmelden" }));
      expect(new URL(page.url()).pathname).toBe("/login");

      await page.goto(home === "/" ? "/" : home);
      await visible(page.getByRole("heading", { name: "Anmelden" }));
      await page.reload();
      await visible(page.getByRole("heading", { name: "Anmelden" }));
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  }

  it("loads no script beyond the budgeted sign-in bundle until the form is used", async () => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith(".js")) scripts.push(pathname.slice(1));
    });
    await page.goto("/login");
    await visible(page.getByRole("heading", { name: "Anmelden" }));
    await page.waitForLoadState("networkidle");
    const budgeted = new Set(signInChunks());
    expect(scripts.filter((file) => !budgeted.has(file))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
  });

  it("shows a German error for a wrong password", async () => {
    await page.goto("/login");
    await screenshot(page, "login-de");
    await signIn(page, "advisor@hannover.example", "falsches-passwort");
    const alert = await visible(page.getByRole("alert"));
    expect(await alert.textContent()).toContain("E-Mail oder Passwort ist falsch.");
    await screenshot(page, "login-wrong-password");
  });

  it("says in words what is missing before sending anything", async () => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await visible(page.getByText("Bitte ausfüllen."));
    await visible(page.getByText("Bitte Passwort eingeben."));
    expect(await page.getByLabel("E-Mail").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("E-Mail").fill("advisor-at-hannover");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await visible(page.getByText("Keine gültige E-Mail-Adresse."));
  });

  it("tells a throttled user how long to wait", async () => {
    await page.route("**/api/auth/login", (route) =>
      route.fulfill({
        status: 429,
        headers: { "Retry-After": "42" },
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "too_many_requests", message: "Zu viele Versuche" } }),
      }),
    );
    await signInWithForm(page, demoLogins.manager);
    const alert = await visible(page.getByRole("alert"));
    expect(await alert.textContent()).toContain("Zu viele Versuche. Bitte in 42 Sekunden erneut versuchen.");
  });

  it("switches to English and keeps the choice after a reload", async () => {
    await page.goto("/login");
    await visible(page.getByRole("heading", { name: "Anmelden" }));
    await page.getByRole("button", { name: "English" }).click();
    await visible(page.getByRole("heading", { name: "Sign in" }));
    await visible(page.getByRole("button", { name: "Sign in" }));
    await visible(page.getByLabel("Password"));
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "login-en");

    await page.reload();
    await visible(page.getByRole("heading", { name: "Sign in" }));
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByLabel("E-mail").fill(demoLogins.manager);
    await page.getByLabel("Password").fill("ankommen-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await visible(
      page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Statistics" }),
    );
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(mainNav(page).getByRole("link", { name: "Statistik" }));
  });

  it("sends a signed-in user to a 403 page for another role's screen, and to 404 for nowhere", async () => {
    await signIn(page, demoLogins.advisor);
    await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
    await page.goto("/admin/users");
    await visible(page.getByRole("heading", { name: "Keine Berechtigung" }));
    await visible(mainNav(page));
    await screenshot(page, "forbidden");
    await page.goto("/gibt-es-nicht");
    await visible(page.getByRole("heading", { name: "Seite nicht gefunden" }));
    await screenshot(page, "not-found");
  });

  it("returns to the requested page after signing in", async () => {
    await page.goto("/admin/audit?action=auth.login");
    await visible(page.getByRole("heading", { name: "Anmelden" }));
    await page.getByLabel("E-Mail").fill(demoLogins.admin);
    await page.getByLabel("Passwort").fill("ankommen-demo");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await enterCode(page, demoLogins.admin);
    await visible(page.getByRole("heading", { level: 1, name: "Protokoll" }));
    expect(new URL(page.url()).search).toBe("?action=auth.login");
  });

  it("sends a user whose session ended back to sign-in, and then to where they were", async () => {
    await signIn(page, demoLogins.admin);
    await visible(page.getByRole("heading", { level: 1, name: "Benutzer" }));
    await page.context().clearCookies();
    await mainNav(page).getByRole("link", { name: "Zentren" }).click();
    await visible(page.getByText("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."));
    await page.getByLabel("E-Mail").fill(demoLogins.admin);
    await page.getByLabel("Passwort").fill("ankommen-demo");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await enterCode(page, demoLogins.admin);
    await visible(page.getByRole("heading", { level: 1, name: "Zentren" }));
  });

  it("works on a tablet in portrait", async () => {
    const tablet = await openPage(browser, tabletPortrait);
    try {
      await signIn(tablet, demoLogins.employer);
      await visible(tablet.getByRole("heading", { level: 1, name: "Unsere Angebote" }));
      expect(new URL(tablet.url()).pathname).toBe("/portal/offers");
      // The demo company's seeded offers, each a card with its title as a heading.
      const offers = await visible(tablet.getByRole("list", { name: "Angebote" }));
      await visible(offers.getByRole("heading", { name: "Ausbildung Tischler/in 2027" }));
      await visible(tablet.getByRole("link", { name: "Neues Angebot" }).first());
      await screenshot(tablet, "tablet-employer");
    } finally {
      await closePage(tablet);
    }
  });
});
