import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { demoLogins, signedInSession, visible } from "./browser.ts";

const REPORT_SHOTS = "reports/screenshots";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

const typed = (day: Date, separator: string) =>
  [day.getDate(), day.getMonth() + 1].map((part) => String(part).padStart(2, "0")).join(separator) +
  `${separator}${day.getFullYear()}`;

const yesterday = () => {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  return day;
};

describe("date field", () => {
  it("takes a typed German date, refuses a day that does not exist and shows the saved day", async () => {
    await session.page.goto("/persons/new");
    await visible(session.page.getByRole("heading", { level: 1, name: "Neue Person" }));
    const birthDate = session.page.getByRole("textbox", { name: "Geburtsdatum" });
    expect(await birthDate.getAttribute("placeholder")).toBe("TT.MM.JJJJ");
    await session.page.getByLabel("Familienname").fill("Datumsprobe");
    await session.page.getByLabel("Vornamen").fill("Lea");
    await session.page.getByRole("combobox", { name: "Staatsangehörigkeit" }).selectOption("AT");
    await session.page.getByRole("combobox", { name: "Wohnort" }).selectOption("lk-hildesheim");

    await session.page.getByRole("button", { name: "Person anlegen" }).click();
    const birthDateField = session.page.locator(".field").filter({ has: birthDate });
    await visible(birthDateField.getByText("Bitte ausfüllen."));

    await birthDate.fill("31.02.2026");
    await session.page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(birthDateField.getByText("Das Format stimmt nicht."));
    expect(await birthDate.getAttribute("aria-invalid")).toBe("true");

    await birthDate.fill("25.11.2026");
    await session.page.getByRole("button", { name: "Person anlegen" }).click();
    await visible(session.page.getByRole("heading", { level: 1, name: "Lea Datumsprobe" }));
    await visible(session.page.getByText("25.11.2026", { exact: true }));
  });

  it("shows a form's default day in German and lets the browser refuse an unreadable day in a row form", async () => {
    const today = typed(new Date(), ".");
    await session.page.getByRole("button", { name: "Einwilligung erfassen" }).click();
    const give = session.page.getByRole("form", { name: "Einwilligung erfassen" });
    expect(await give.getByRole("textbox", { name: "Erteilt am" }).inputValue()).toBe(today);
    await give.getByRole("button", { name: "Einwilligung speichern" }).click();
    await visible(session.page.getByText("Einwilligung gespeichert."));

    await session.page.getByRole("button", { name: /^Einwilligung .* widerrufen$/ }).click();
    const withdrawnOn = session.page.getByRole("textbox", { name: "Widerrufen am" });
    expect(await withdrawnOn.inputValue()).toBe(today);
    await withdrawnOn.fill("31.02.2026");
    await session.page.getByRole("button", { name: "Widerruf speichern" }).click();
    expect(await withdrawnOn.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
      "Das Format stimmt nicht.",
    );
    await visible(session.page.getByRole("button", { name: "Widerruf speichern" }));
    fs.mkdirSync(REPORT_SHOTS, { recursive: true });
    await session.page.locator("#consents").screenshot({ path: `${REPORT_SHOTS}/date-field-row-form.png` });

    await withdrawnOn.fill(today);
    await session.page.getByRole("button", { name: "Widerruf speichern" }).click();
    await visible(session.page.getByText("Widerruf gespeichert."));
    await visible(session.page.getByText(`Widerrufen am ${today}`));
  });

  it("picks a day in the calendar by keyboard, closes it with Escape and follows the language", async () => {
    await session.page.goto("/persons/new");
    const birthDate = session.page.getByRole("textbox", { name: "Geburtsdatum" });
    await birthDate.focus();
    await session.page.keyboard.press("Tab");
    const open = session.page.getByRole("button", { name: "Kalender öffnen" }).first();
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await open.getAttribute("aria-expanded")).toBe("false");

    await session.page.keyboard.press("Enter");
    const calendar = await visible(session.page.getByRole("dialog", { name: "Kalender: Geburtsdatum" }));
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.closest("[role=dialog]") !== null))
      .toBe(true);
    await session.page.keyboard.press("ArrowLeft");
    await session.page.keyboard.press("Enter");
    await calendar.waitFor({ state: "detached" });
    expect(await birthDate.inputValue()).toBe(typed(yesterday(), "."));
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);

    await session.page.keyboard.press("Enter");
    await visible(calendar);
    await session.page.keyboard.press("ArrowLeft");
    await session.page.keyboard.press("Escape");
    await calendar.waitFor({ state: "detached" });
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await birthDate.inputValue()).toBe(typed(yesterday(), "."));

    await session.page.getByRole("button", { name: "English" }).click();
    const englishDate = session.page.getByRole("textbox", { name: "Date of birth" });
    await expect.poll(() => englishDate.inputValue()).toBe(typed(yesterday(), "/"));
    expect(await englishDate.getAttribute("placeholder")).toBe("DD/MM/YYYY");
    await session.page.getByRole("button", { name: "Open calendar" }).first().click();
    const englishCalendar = await visible(
      session.page.getByRole("dialog", { name: "Calendar: Date of birth" }),
    );
    await visible(englishCalendar.getByRole("button", { name: `${typed(yesterday(), "/")}, selected` }));
    fs.mkdirSync(REPORT_SHOTS, { recursive: true });
    await session.page.screenshot({ path: `${REPORT_SHOTS}/date-field-en.png` });
    await session.page.keyboard.press("Escape");
    await session.page.getByRole("button", { name: "Deutsch" }).click();
    await expect.poll(() => birthDate.inputValue()).toBe(typed(yesterday(), "."));
  });
});
