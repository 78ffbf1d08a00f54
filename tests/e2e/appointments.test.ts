import fs from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, mainNav, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

describe("appointments", () => {
  it("books an appointment in the week view and finds it in the ICS download", async () => {
    const { page } = session;
    await mainNav(page).getByRole("link", { name: "Termine" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Termine" }));
    const weekTitle = page.getByRole("heading", { level: 2, name: /^Woche vom / });
    const thisWeek = await (await visible(weekTitle)).textContent();

    // Keyboard: the arrow keys page the week, "Heute" comes back.
    await page.getByRole("button", { name: "Nächste Woche" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => weekTitle.textContent()).not.toBe(thisWeek);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => weekTitle.textContent()).toBe(thisWeek);
    await page.getByRole("button", { name: "Nächste Woche" }).press("Enter");
    await expect.poll(() => weekTitle.textContent()).not.toBe(thisWeek);
    await page.getByRole("button", { name: "Heute" }).press("Enter");
    await expect.poll(() => weekTitle.textContent()).toBe(thisWeek);

    const form = page.getByRole("region", { name: "Termin buchen" });
    await form.getByLabel("Person suchen").fill("Müller");
    const picker = form.getByLabel("Person", { exact: true });
    await expect.poll(() => picker.locator("option").count()).toBeGreaterThan(1);
    await picker.selectOption({ label: "Müller, Jana (1988)" });
    await form.getByRole("textbox", { name: "Beginn", exact: true }).fill("11:15");
    await form.getByRole("textbox", { name: "Ende", exact: true }).fill("12:05");
    await form
      .getByRole("combobox", { name: "Art", exact: true })
      .selectOption({ label: "Dokumentenprüfung" });
    await form.getByRole("textbox", { name: /^Ort\b/ }).fill("Raum E2E, Erdgeschoss");
    await form.getByRole("button", { name: "Termin buchen" }).click();
    await visible(page.getByText(/^Termin am \d{2}\.\d{2}\.\d{4} um 11:15 gebucht$/));
    const booked = page.locator(".appointment", { hasText: "Raum E2E, Erdgeschoss" });
    await visible(booked);
    expect(await booked.textContent()).toContain("11:15–12:05");
    expect(await booked.textContent()).toContain("Müller");
    await screenshot(page, "appointments-week");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Als Kalenderdatei (ICS)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^termine-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = fs.readFileSync(await download.path(), "utf8");
    expect(text).not.toContain("Müller");
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    const event = events.find((item) => item.location === "Raum E2E, Erdgeschoss");
    expect(event?.summary).toBe("Dokumentenprüfung · J. M.");
    expect(berlinTimeOf(event?.startDate.toJSDate().toISOString() ?? "")).toBe("11:15");

    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
  });
});
