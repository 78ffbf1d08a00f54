import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

/** Calls the API from the signed-in page (same origin, its session cookie), as the app itself does. */
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

async function newPerson(page: Page, familyName: string, birthDate: string) {
  const created = await callApi(page, "POST", "/api/persons", {
    familyName,
    givenNames: "Amina",
    birthDate,
    nationality: "KE",
    district: "lk-hildesheim",
  });
  expect(created.status).toBe(201);
  return String(created.body.id);
}

describe("merging a duplicate pair from the duplicates screen", () => {
  it("lists the pair, takes a value from the other record, confirms, and lands on the survivor", async () => {
    const { page } = session;
    const suffix = Date.now().toString(36).replace(/\d/g, "x");
    const schmidt = `Schmidt${suffix}`;
    const schmitt = `Schmitt${suffix}`;
    const survivorId = await newPerson(page, schmidt, "1993-08-17");
    const mergedId = await newPerson(page, schmitt, "1993-08-27");
    const opened = await callApi(page, "POST", "/api/cases", {
      personId: mergedId,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    });
    expect(opened.status).toBe(201);

    await page.goto("/persons");
    await page.getByRole("link", { name: "Dubletten prüfen" }).click();
    await visible(page.getByRole("heading", { level: 1, name: "Mögliche Dubletten" }));
    const compare = page.getByRole("button", { name: `${schmidt}, Amina und ${schmitt}, Amina vergleichen` });
    await visible(compare);
    expect(describeFindings(await axeViolations(page))).toBe("");
    await compare.click();

    await visible(page.getByRole("heading", { name: "Zusammenführen: Wert je Feld wählen" }));
    await page.getByRole("radio", { name: `Amina ${schmidt}, angelegt am`, exact: false }).check();
    await page
      .getByRole("radio", { name: `${schmitt} (Wert von Amina ${schmitt} für Familienname)` })
      .check();
    expect(describeFindings(await axeViolations(page))).toBe("");
    await page.getByRole("button", { name: "Zusammenführen …" }).click();

    const dialog = await visible(
      page.getByRole("dialog", { name: `Amina ${schmitt} in Amina ${schmidt} zusammenführen?` }),
    );
    await visible(dialog.getByText(/Das lässt sich nicht rückgängig machen/));
    await visible(dialog.getByText(`1 Feld wird von Amina ${schmitt} übernommen.`));
    expect(describeFindings(await axeViolations(page))).toBe("");
    await screenshot(page, "person-merge-confirm");
    await dialog.getByRole("button", { name: "Endgültig zusammenführen" }).click();

    await visible(page.getByRole("heading", { level: 1, name: `Amina ${schmitt}` }));
    expect(new URL(page.url()).pathname).toBe(`/persons/${survivorId}`);
    const cases = await callApi(page, "GET", `/api/cases?personId=${survivorId}`);
    expect((cases.body.items as unknown[]).length).toBe(1);

    await page.goto(`/persons/${mergedId}`);
    await visible(page.getByRole("heading", { level: 1, name: `Amina ${schmitt}` }));
    expect(new URL(page.url()).pathname).toBe(`/persons/${survivorId}`);
    await screenshot(page, "person-merge-survivor");
  });

  it("says why a pair with two open cases cannot be merged yet, and merges nothing", async () => {
    const { page } = session;
    const suffix = Date.now().toString(36).replace(/\d/g, "x");
    const ids = [
      await newPerson(page, `Fischer${suffix}`, "1991-02-03"),
      await newPerson(page, `Vischer${suffix}`, "1991-03-02"),
    ];
    for (const personId of ids) {
      const opened = await callApi(page, "POST", "/api/cases", {
        personId,
        concerns: ["language"],
        sourceChannel: "walk_in",
      });
      expect(opened.status).toBe(201);
    }
    await page.goto("/persons/duplicates");
    await page
      .getByRole("button", { name: `Fischer${suffix}, Amina und Vischer${suffix}, Amina vergleichen` })
      .click();
    await page.getByRole("button", { name: "Zusammenführen …" }).click();
    const dialog = await visible(page.getByRole("dialog"));
    await dialog.getByRole("button", { name: "Endgültig zusammenführen" }).click();
    await visible(
      dialog.getByText(
        "Beide Personen haben einen offenen Fall. Bitte schließen Sie zuerst einen der Fälle ab.",
      ),
    );
    for (const personId of ids)
      expect((await callApi(page, "GET", `/api/persons/${personId}`)).status).toBe(200);
  });
});
