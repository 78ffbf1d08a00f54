import fs from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePage, demoLogins, mainNav, openPage, signIn, visible } from "./browser.ts";
import { launchBrowser } from "./launch-browser.ts";

/** Small PNGs committed for the record; the suite rewrites them on each run. */
const DOCS_SHOTS = "docs/screenshots";

let browser: Browser;
let page: Page;

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

async function docsShot(target: Page | Locator, name: string) {
  fs.mkdirSync(DOCS_SHOTS, { recursive: true });
  await target.screenshot({ path: `${DOCS_SHOTS}/${name}.png` });
}

async function optionsOf(select: Locator) {
  return select.locator("option").evaluateAll((options) =>
    options
      .map((option) => ({
        value: (option as HTMLOptionElement).value,
        label: option.textContent?.trim() ?? "",
      }))
      .filter((option) => option.value !== ""),
  );
}

function expectNamedOptions(options: { value: string; label: string }[]) {
  const unnamed = options.filter(
    (option) => !option.label || option.label.toLowerCase() === option.value.toLowerCase(),
  );
  expect(unnamed).toEqual([]);
  const labels = options.map((option) => option.label);
  expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
}

/** The error text a field announces through aria-describedby. */
async function errorOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = ids.split(" ").find((id) => id.endsWith("-error"));
  return errorId ? ((await page.locator(`[id="${errorId}"]`).textContent()) ?? "").trim() : "";
}

describe("usability in the browser", () => {
  it("names every language and country in the new-person form, never by its code, none twice", async () => {
    await page.goto("/persons/new");
    await visible(page.getByRole("heading", { level: 1, name: "Neue Person" }));
    const languages = await optionsOf(page.getByRole("combobox", { name: "Sprache hinzufügen" }));
    const countries = await optionsOf(page.getByRole("combobox", { name: "Staatsangehörigkeit" }));
    expect(languages).toHaveLength(183);
    expect(countries).toHaveLength(250);
    expectNamedOptions(languages);
    expectNamedOptions(countries);
    expect(languages).toContainEqual({ value: "ab", label: "Abchasisch" });
    expect(languages).toContainEqual({ value: "tw", label: "Twi" });
  });

  it("says 'Bitte ausfüllen.' under every empty required field, the birth date included", async () => {
    await page.goto("/persons/new");
    await page.getByRole("button", { name: "Person anlegen" }).click();
    const birthDate = page.getByLabel("Geburtsdatum");
    await visible(page.getByText("Bitte ausfüllen.").first());
    expect(await errorOf(birthDate)).toBe("Bitte ausfüllen.");
    expect(await errorOf(page.getByLabel("Familienname"))).toBe("Bitte ausfüllen.");
    expect(await errorOf(page.getByRole("combobox", { name: "Staatsangehörigkeit" }))).toBe(
      "Bitte ausfüllen.",
    );
    expect(await page.getByText("Das Format stimmt nicht.").count()).toBe(0);
  });

  it("hints at Jana Müller for 'Mueller, Jana' without a birth date, more firmly with hers", async () => {
    await page.goto("/persons/new");
    await page.getByLabel("Familienname").fill("Mueller");
    await page.getByLabel("Vornamen").fill("Jana");
    const namesake = page
      .getByRole("alert")
      .filter({ hasText: "Eine Person mit diesem Namen gibt es schon" });
    await visible(namesake);
    await visible(namesake.getByRole("link", { name: "Jana Müller" }));
    expect(await namesake.textContent()).toContain("14.03.1988");

    await page.getByLabel("Geburtsdatum").fill("30.06.1991");
    await visible(page.getByRole("alert").filter({ hasText: "Gleicher Name, anderes Geburtsdatum" }));

    await page.getByLabel("Geburtsdatum").fill("14.03.1988");
    const likely = page.getByRole("alert").filter({ hasText: "Diese Person gibt es vielleicht schon" });
    await visible(likely);
    await visible(likely.getByRole("link", { name: "Jana Müller" }));
  });

  it("shows SVG flags with the country name beside them in the persons list", async () => {
    await page.goto("/persons");
    const nationality = page.locator("table .nationality:visible").first();
    await visible(nationality);
    const flag = nationality.locator("img.flag");
    await flag.waitFor({ state: "visible" });
    await page.waitForFunction(() => {
      const images = [...document.querySelectorAll<HTMLImageElement>("table .nationality img.flag")];
      const shown = images.filter((image) => image.offsetParent !== null);
      return shown.length > 0 && shown.every((image) => image.complete && image.naturalWidth > 0);
    });
    expect(await flag.getAttribute("src")).toMatch(/\.svg$/);
    const name = ((await nationality.textContent()) ?? "").trim();
    expect(name).toMatch(/^\p{L}[\p{L} .,()-]+$/u);
    expect(name).not.toMatch(/^[A-Z]{2}$/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await docsShot(page, "persons-after");
  });

  it("shows the German level in the words of the law in the language grid", async () => {
    await page.goto("/persons/new");
    await page.getByLabel("Familienname").fill("Satzprobe");
    await page.getByLabel("Vornamen").fill("Leyla");
    await page.getByLabel("Geburtsdatum").fill("11.02.1994");
    await page.getByRole("combobox", { name: "Staatsangehörigkeit" }).selectOption("TR");
    await page.getByRole("combobox", { name: "Wohnort" }).selectOption("lk-hildesheim");
    await page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Leyla Satzprobe" }));
    const section = page.locator("section#language");
    await section.getByRole("button", { name: "Eintrag erfassen" }).click();
    const form = page.getByRole("form", { name: "Zertifikat oder Einschätzung erfassen" });
    const speaking = form.getByRole("combobox", { name: "Sprechen" });
    expect(await optionsOf(speaking)).toContainEqual({
      value: "B1",
      label: "ausreichende Deutschkenntnisse (B1)",
    });
    await form.getByLabel("Datum").fill("01.09.2025");
    await speaking.selectOption("B1");
    await form.getByRole("button", { name: "Eintrag speichern" }).click();
    await visible(page.getByText("Spracheintrag gespeichert."));
    const row = section.locator("tr[data-skill=speaking]");
    await visible(row.getByText("ausreichende Deutschkenntnisse (B1)", { exact: false }));
    expect(await section.getByText("ausreichende ·").count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await docsShot(section, "language-grid-after");
  });

  it("shows the error state within a second when the API fails, and recovers on 'Erneut versuchen'", async () => {
    const isPersonList = (url: URL) => url.pathname === "/api/persons";
    const failing = (route: import("playwright-core").Route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "Interner Fehler" } }),
      });
    await page.route(isPersonList, failing);
    try {
      await page.goto("/");
      await visible(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
      const started = Date.now();
      await mainNav(page).getByRole("link", { name: "Personen" }).click();
      await visible(page.getByText("Die Daten konnten nicht geladen werden"), 5_000);
      expect(Date.now() - started).toBeLessThan(1_500);
      await docsShot(page, "persons-error-after");
    } finally {
      await page.unroute(isPersonList, failing);
    }
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await visible(page.locator("table .nationality:visible").first());
    expect(await page.getByText("Die Daten konnten nicht geladen werden").count()).toBe(0);
  });
});

const weightOf = (target: Locator) =>
  target.evaluate((element) => Number(getComputedStyle(element).fontWeight));
const underlineOf = (target: Locator) =>
  target.evaluate((element) => getComputedStyle(element).textDecorationLine);

describe("calm, dense screens at 1280 px", () => {
  it("puts every control of the persons filter bar on one line", async () => {
    await page.goto("/persons");
    const bar = await visible(page.getByRole("search", { name: "Personen filtern" }));
    const controls = bar.locator("input, select, button");
    expect(await controls.count()).toBeGreaterThanOrEqual(10);
    const tops = await controls.evaluateAll((elements) =>
      elements.map((element) => Math.round(element.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
  });

  it("keeps table cells, links and body text at normal weight and only headings bold", async () => {
    await page.goto("/persons");
    await visible(page.locator("table .nationality:visible").first());
    const row = page.locator("tbody tr").first();
    expect(await weightOf(row.locator("td").first())).toBeLessThan(600);
    expect(await weightOf(row.getByRole("link").first())).toBeLessThan(600);
    expect(await weightOf(page.locator("thead th").first())).toBeLessThan(600);
    expect(await weightOf(page.locator(".page-description"))).toBeLessThan(600);
    expect(await weightOf(page.getByRole("button", { name: "Nur meine" }))).toBeLessThan(600);
    expect(await weightOf(page.getByRole("heading", { level: 1, name: "Personen" }))).toBeGreaterThanOrEqual(
      600,
    );
    await page.goto("/");
    const overdue = await visible(page.getByRole("heading", { level: 2, name: /^Überfällig/ }));
    expect(await weightOf(overdue)).toBeGreaterThanOrEqual(600);
  });

  it("underlines a table link only while it is hovered", async () => {
    await page.goto("/persons");
    const link = await visible(page.locator("tbody tr").first().getByRole("link").first());
    await page.mouse.move(0, 0);
    expect(await underlineOf(link)).toBe("none");
    await link.hover();
    expect(await underlineOf(link)).toBe("underline");
  });

  it("folds the task groups by keyboard, keeps their counts and remembers them", async () => {
    await page.goto("/");
    const toggles = page.locator("main h2 > button");
    await visible(toggles.first());
    const names = await toggles.allTextContents();
    expect(names).toHaveLength(5);
    for (const name of names) expect(name).toMatch(/ \(\d+\)$/);
    const overdue = page.getByRole("button", { name: /^Überfällig \(\d+\)$/ });
    expect(await overdue.getAttribute("aria-expanded")).toBe("true");
    const firstOverdue = page.locator("#overdue-body li").first();
    await visible(firstOverdue);
    for (const index of names.keys()) {
      const toggle = toggles.nth(index);
      if ((await toggle.getAttribute("aria-expanded")) === "false") continue;
      await toggle.focus();
      await page.keyboard.press("Enter");
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    }
    expect(await firstOverdue.isVisible()).toBe(false);
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(folded).toBeLessThanOrEqual(800);
    await page.reload();
    await visible(overdue);
    expect(await overdue.getAttribute("aria-expanded")).toBe("false");
    await overdue.focus();
    await page.keyboard.press("Space");
    await visible(firstOverdue);
    expect(await overdue.getAttribute("aria-expanded")).toBe("true");
    await page.evaluate(() => window.localStorage.clear());
  });
});
