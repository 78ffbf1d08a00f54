import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import {
  demoLogins,
  mainNav,
  openPage,
  screenshot,
  signedInSession,
  signInWithForm,
  visible,
} from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

async function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }: { method: string; path: string; body: unknown }) => {
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

describe("transfer between centres", () => {
  it("offers a person from Hildesheim, Hannover accepts, and Hildesheim no longer finds the person", async () => {
    const { page, browser } = session;
    const familyName = `Umzug${Date.now().toString(36)}`;
    const created = await callApi(page, "POST", "/api/persons", {
      familyName,
      givenNames: "Amina",
      birthDate: "1993-08-17",
      nationality: "KE",
      district: "lk-hildesheim",
    });
    expect(created.status).toBe(201);
    const personId = String(created.body.id);
    const opened = await callApi(page, "POST", "/api/cases", {
      personId,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    });
    expect(opened.status).toBe(201);

    await page.goto(`/persons/${personId}`);
    await visible(page.getByRole("heading", { level: 1, name: new RegExp(familyName) }));
    await page.getByRole("button", { name: "An anderes Welcome Center übergeben" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "An anderes Welcome Center übergeben" }));
    await dialog.getByRole("button", { name: "Übergabe anbieten" }).click();
    await visible(dialog.locator(".field-error").first());
    await dialog
      .getByRole("combobox", { name: "Welcome Center" })
      .selectOption({ label: "Welcome Center Region Hannover" });
    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
    await dialog.getByRole("button", { name: "Übergabe anbieten" }).click();
    await visible(
      page.getByText(/^Übergabe an Welcome Center Region Hannover angeboten am \d{2}\.\d{2}\.\d{4}/),
    );
    await screenshot(page, "transfer-pending");

    const hannover = await openPage(browser);
    await signInWithForm(hannover, "advisor@hannover.example");
    await visible(hannover.getByRole("heading", { level: 1, name: "Meine Aufgaben" }));
    await mainNav(hannover).getByRole("link", { name: "Übergaben" }).click();
    await visible(hannover.getByRole("heading", { level: 1, name: "Übergaben" }));
    const row = hannover.getByRole("row", { name: /A\. U\., geboren 1993/ }).first();
    await visible(row);
    expect(await row.textContent()).toContain("Welcome Center Hildesheim");
    expect(await row.textContent()).not.toContain(familyName);
    const hannoverViolations = await axeViolations(hannover);
    expect(hannoverViolations, describeFindings(hannoverViolations)).toEqual([]);
    await screenshot(hannover, "transfers-incoming");
    await row.getByRole("button", { name: "Annehmen" }).click();
    await visible(hannover.getByRole("heading", { level: 1, name: new RegExp(familyName) }));
    await hannover.close();

    await page.reload();
    await visible(page.getByText(/nicht gefunden/).first());
    expect(await page.getByRole("heading", { level: 1, name: new RegExp(familyName) }).count()).toBe(0);
  });
});
