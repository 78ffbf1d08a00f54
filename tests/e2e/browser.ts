import fs from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { freshCode, noteUsedStep, secretOf } from "../setup/second-factor.ts";
import { launchBrowser } from "./launch-browser.ts";

export const DEMO_PASSWORD = "ankommen-demo";
export const SHOTS_DIR = "/tmp/shots";
export const demoLogins = {
  admin: "admin@hildesheim.example",
  advisor: "advisor@hildesheim.example",
  manager: "manager@hildesheim.example",
  employer: "employer@tischlerei-brandt.example",
} as const;

type Viewport = { width: number; height: number };
export const desktop: Viewport = { width: 1280, height: 800 };
export const tabletPortrait: Viewport = { width: 768, height: 1024 };

/** A fresh context per test: no cookies, no stored language, German browser. */
export async function openPage(browser: Browser, viewport: Viewport = desktop): Promise<Page> {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport, locale: "de-DE" });
  return context.newPage();
}

export async function closePage(page: Page) {
  await page.context().close();
}

export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.waitFor({ state: "visible", timeout });
  return locator;
}

const demoSessions = inject("demoSessions");
for (const [email, step] of Object.entries(demoSessions.steps)) noteUsedStep(email, step);

/**
 * Signs in as a demo account. Admins and advisors reuse the session the suite's global setup opened
 * with their code (a code is accepted once per 30 s, and many files sign in as the same account); the
 * sign-in form itself is exercised by `signInWithForm`.
 */
/** The shared session of a demo account that needs a second factor, or undefined for one that does not. */
export const demoSessionCookie = (email: string): string | undefined => demoSessions.cookies[email];

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const cookie = password === DEMO_PASSWORD ? demoSessions.cookies[email] : undefined;
  if (!cookie) return signInWithForm(page, email, password);
  await page.context().addCookies([{ name: "ankommen_session", value: cookie, url: inject("baseUrl") }]);
  await page.goto("/login");
}

/** The sign-in form, and for accounts with a known secret the code step after it. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  if (password === DEMO_PASSWORD && secretOf(email)) await enterCode(page, email);
}

export async function enterCode(page: Page, email: string) {
  await visible(page.getByRole("heading", { level: 1, name: "Code eingeben" }));
  await page.getByLabel("Code", { exact: true }).fill(await freshCode(email));
  await page.getByRole("button", { name: "Bestätigen" }).click();
}

export function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Hauptnavigation" });
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

export type Session = { browser: Browser; page: Page };

/**
 * One browser and one page signed in as `email` for a whole test file, open once its home heading
 * shows and closed after the file's tests. `prepare` runs on the page before the sign-in (init
 * scripts, routes). Call it at the top of the file; read `session.page` inside the tests.
 */
export function signedInSession(
  email: string,
  home: string,
  prepare?: (page: Page) => Promise<unknown>,
): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await openPage(session.browser);
    await prepare?.(session.page);
    await signIn(session.page, email);
    await visible(session.page.getByRole("heading", { level: 1, name: home }));
  });
  afterAll(async () => {
    if (session.page) await closePage(session.page);
    await session.browser?.close();
  });
  return session;
}
