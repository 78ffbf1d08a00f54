import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AxeFinding, axeViolations, describeFindings } from "./axe.ts";
import { closePage, demoLogins, mainNav, openPage, signIn, tabletPortrait, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Role = keyof typeof demoLogins;

/** A screen is ready when its heading shows, nothing is still loading, and the network has gone quiet. */
async function settle(page: Page) {
  await visible(page.locator("main h1").first());
  await page.waitForLoadState("networkidle");
  await page.locator("main .loading").first().waitFor({ state: "detached", timeout: 10_000 });
}

async function signedIn(role: Role, viewport?: Parameters<typeof openPage>[1]): Promise<Page> {
  const page = await openPage(browser, viewport);
  await signIn(page, demoLogins[role]);
  await visible(mainNav(page));
  await settle(page);
  return page;
}

async function navPaths(page: Page): Promise<string[]> {
  const hrefs = await mainNav(page)
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  return hrefs;
}

/** The records a list links to, in its order, so detail screens are checked with the demo data a user sees. */
async function recordPaths(
  page: Page,
  listPath: string,
  linkPattern: RegExp,
  count: number,
): Promise<string[]> {
  await page.goto(listPath);
  await settle(page);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const records = [...new Set(hrefs.filter((candidate) => linkPattern.test(candidate)))].slice(0, count);
  expect(records, `record links on ${listPath}`).toHaveLength(count);
  return records;
}

async function firstRecordPath(page: Page, listPath: string, linkPattern: RegExp): Promise<string> {
  const [first] = await recordPaths(page, listPath, linkPattern, 1);
  return first as string;
}

/** Runs axe on each path and returns one block per screen with findings, empty when all are clean. */
async function reportOn(page: Page, screens: { path: string; ready?: (page: Page) => Promise<void> }[]) {
  const report: string[] = [];
  for (const screen of screens) {
    const findings = await findingsOn(page, screen.path, screen.ready);
    if (findings.length > 0) report.push(`${screen.path}\n${describeFindings(findings)}`);
  }
  return report.join("\n\n");
}

async function findingsOn(
  page: Page,
  path: string,
  ready?: (page: Page) => Promise<void>,
): Promise<AxeFinding[]> {
  await page.goto(path);
  await settle(page);
  if (ready) await ready(page);
  return axeViolations(page);
}

/**
 * Every chart has drawn, so the SVG axe checks is the one a user sees, not a placeholder. Cards load as
 * they scroll into view, so each is scrolled to as a user would.
 */
async function chartsDrawn(page: Page) {
  const figures = page.locator("[data-figure]");
  await visible(figures.first());
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const count = await figures.count();
      const drawn = await page.locator("[data-figure] .recharts-surface").count();
      return count > 0 && drawn >= count;
    })
    .toBe(true);
}

async function screensOf(
  page: Page,
  role: Role,
): Promise<{ path: string; ready?: (page: Page) => Promise<void> }[]> {
  const screens: { path: string; ready?: (page: Page) => Promise<void> }[] = (await navPaths(page)).map(
    (path) => ({
      path,
      ready: path === "/statistics" ? chartsDrawn : undefined,
    }),
  );
  if (role === "advisor") {
    screens.push(
      { path: await firstRecordPath(page, "/persons", /^\/persons\/(?!new$|duplicates$)[^/]+$/) },
      { path: await firstRecordPath(page, "/cases", /^\/cases\/[^/]+$/) },
      { path: await firstRecordPath(page, "/companies", /^\/companies\/(?!new)[^/]+$/) },
      { path: await firstRecordPath(page, "/offers", /^\/offers\/(?!new)[^/]+$/) },
      { path: "/persons/new" },
      { path: "/persons/duplicates" },
      { path: "/companies/new" },
      { path: "/offers/new" },
    );
  }
  if (role === "employer") {
    screens.push(
      { path: await firstRecordPath(page, "/portal/offers", /^\/portal\/offers\/(?!new)[^/]+$/) },
      { path: "/portal/offers/new" },
      { path: "/portal/inquiries/new" },
    );
  }
  if (role === "admin") screens.push({ path: "/admin/users/new" });
  // With the year before beside it, each card draws two charts and offers one CSV per year.
  if (role === "manager") screens.push({ path: "/statistics?compare=1", ready: chartsDrawn });
  return screens;
}

describe("accessibility", () => {
  it("finds no axe violation on the sign-in page", async () => {
    const page = await openPage(browser);
    try {
      await page.goto("/login");
      await visible(page.getByRole("button", { name: "Anmelden" }));
      expect(describeFindings(await axeViolations(page))).toBe("");
    } finally {
      await closePage(page);
    }
  });

  for (const role of Object.keys(demoLogins) as Role[]) {
    it(`finds no axe violation on any main screen of the ${role}`, async () => {
      const page = await signedIn(role);
      try {
        expect(await reportOn(page, await screensOf(page, role))).toBe("");
      } finally {
        await closePage(page);
      }
      // The advisor has some twenty screens; two shared cores can make that slower than one minute.
    }, 120_000);
  }

  it("finds no axe violation on the first ten person pages, with their consents, languages and programmes", async () => {
    const page = await signedIn("advisor");
    try {
      const persons = await recordPaths(page, "/persons", /^\/persons\/[^/]+$/, 10);
      expect(
        await reportOn(
          page,
          persons.map((path) => ({ path })),
        ),
      ).toBe("");
    } finally {
      await closePage(page);
    }
  }, 120_000);
});

describe("accessibility in English", () => {
  it("finds no axe violation on the admin's users and the advisor's tasks, person and offer board", async () => {
    const report: string[] = [];
    for (const role of ["admin", "advisor"] as const) {
      const page = await signedIn(role);
      try {
        await page.evaluate(() => window.localStorage.setItem("ankommen.language", "en"));
        const screens =
          role === "admin"
            ? ["/admin/users"]
            : [
                "/",
                ...(await recordPaths(page, "/persons", /^\/persons\/[^/]+$/, 3)),
                await firstRecordPath(page, "/offers", /^\/offers\/(?!new)[^/]+$/),
              ];
        await page.goto(screens[0] as string);
        // The app sets the document's language once its code has run, which may be after the load event.
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
        report.push(
          await reportOn(
            page,
            screens.map((path) => ({ path })),
          ),
        );
      } finally {
        await closePage(page);
      }
    }
    expect(report.filter(Boolean).join("\n\n")).toBe("");
  }, 90_000);
});

describe("accessibility at tablet portrait", () => {
  it("finds no axe violation on the advisor's tasks, person and offer board at 768 × 1024", async () => {
    const page = await signedIn("advisor", tabletPortrait);
    try {
      const screens = [
        "/",
        await firstRecordPath(page, "/persons", /^\/persons\/[^/]+$/),
        await firstRecordPath(page, "/offers", /^\/offers\/(?!new)[^/]+$/),
      ];
      expect(
        await reportOn(
          page,
          screens.map((path) => ({ path })),
        ),
      ).toBe("");
    } finally {
      await closePage(page);
    }
  });
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? "",
      tag: element?.tagName.toLowerCase() ?? "",
      text: element?.textContent?.trim() ?? "",
      label: element?.getAttribute("aria-label") ?? "",
      inDialog: Boolean(element?.closest("dialog[open]")),
    };
  });

describe("keyboard", () => {
  it("offers 'Zum Inhalt springen' as the first Tab stop, which moves focus to the main content", async () => {
    const page = await signedIn("advisor");
    try {
      await page.goto("/persons");
      await settle(page);
      await page.keyboard.press("Tab");
      const first = await focused(page);
      expect(first).toMatchObject({ tag: "a", text: "Zum Inhalt springen" });
      await page.keyboard.press("Enter");
      expect(await focused(page)).toMatchObject({ tag: "main", id: "main" });
      await page.keyboard.press("Tab");
      const next = await focused(page);
      expect(await page.locator("main").evaluate((main) => main.contains(document.activeElement))).toBe(true);
      expect(next.tag).not.toBe("main");
    } finally {
      await closePage(page);
    }
  });

  it("keeps Tab inside the reset-password dialog and returns focus to its opener on Escape and on close", async () => {
    const page = await signedIn("admin");
    try {
      await page.goto("/admin/users");
      await settle(page);
      const opener = page.getByRole("button", { name: /^Passwort zurücksetzen: / }).first();
      const openerLabel = await opener.getAttribute("aria-label");
      await opener.focus();
      await page.keyboard.press("Enter");
      const dialog = await visible(page.getByRole("dialog", { name: /^Passwort zurücksetzen: / }));
      expect((await focused(page)).inDialog).toBe(true);
      const stops: string[] = [];
      for (let step = 0; step < 8; step++) {
        await page.keyboard.press("Tab");
        const stop = await focused(page);
        expect(stop.inDialog, `Tab stop ${step + 1} (${stop.tag} ${stop.label || stop.text})`).toBe(true);
        stops.push(stop.label || stop.text || stop.tag);
      }
      // Eight presses pass every control of the small dialog at least once: focus wrapped, it did not leave.
      expect(new Set(stops).size).toBeLessThan(stops.length);
      await page.keyboard.press("Shift+Tab");
      expect((await focused(page)).inDialog).toBe(true);

      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect(await focused(page)).toMatchObject({ tag: "button", label: openerLabel });
      // The dialog's form unmounts once the app has taken the close; a user cannot press Enter faster.
      await expect.poll(() => page.locator("dialog .dialog-body *").count()).toBe(0);

      await page.keyboard.press("Enter");
      await visible(dialog);
      await dialog.getByRole("button", { name: "Schließen" }).click();
      await dialog.waitFor({ state: "hidden" });
      expect(await focused(page)).toMatchObject({ tag: "button", label: openerLabel });
    } finally {
      await closePage(page);
    }
  });
});
