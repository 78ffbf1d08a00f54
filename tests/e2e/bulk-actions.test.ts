import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");
const stamp = Date.now().toString(36);

/** A person with an open case of its own, made through the API, so no other test's data changes. */
async function personWithCase(page: Page, givenNames: string, birthDate: string) {
  const headers = { Origin: new URL(page.url()).origin };
  const person = await page.request.post("/api/persons", {
    headers,
    data: {
      familyName: `Sammel${stamp}`,
      givenNames,
      birthDate,
      nationality: "TR",
      district: "lk-hildesheim",
    },
  });
  expect(person.status(), await person.text()).toBe(201);
  const { id } = (await person.json()) as { id: string };
  const opened = await page.request.post("/api/cases", {
    headers,
    data: { personId: id, concerns: ["job_search"], sourceChannel: "walk_in" },
  });
  expect(opened.status(), await opened.text()).toBe(201);
}

describe("bulk actions", () => {
  it("selects two persons with the keyboard, assigns them an advisor and shows the summary", async () => {
    const { page } = session;
    await personWithCase(page, "Ayla", "1990-05-01");
    await personWithCase(page, "Deniz", "1992-07-03");
    await page.goto(`/persons?q=Sammel${stamp}`);
    const first = page.getByRole("checkbox", { name: `Sammel${stamp}, Ayla auswählen` });
    await visible(first);
    await first.focus();
    await page.keyboard.press("Space");
    await page.getByRole("checkbox", { name: `Sammel${stamp}, Deniz auswählen` }).check();
    const bar = page.getByRole("region", { name: "Aktionen für die Auswahl" });
    await visible(bar.getByText("2 Zeilen ausgewählt"));

    await bar.getByLabel("Aktion", { exact: true }).selectOption({ label: "Beratung zuweisen" });
    const advisor = bar.getByLabel("Beratung", { exact: true });
    // Someone other than the advisor signed in (the preselected choice), so both cases change.
    const current = await advisor.inputValue();
    const options = await advisor
      .locator("option")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ value: (node as HTMLOptionElement).value, label: node.textContent ?? "" })),
      );
    const other = options.find((option) => option.value !== current)?.label ?? "";
    await advisor.selectOption({ label: other });
    await screenshot(page, "bulk-actions-persons");
    await bar.getByRole("button", { name: "Beratung zuweisen für die Auswahl ausführen" }).click();

    await visible(bar.getByText("Beratung zuweisen: Ergebnis"));
    await visible(bar.getByText("2 geändert"));
    await expect
      .poll(() =>
        page
          .getByRole("row")
          .filter({ hasText: `Sammel${stamp}` })
          .filter({ hasText: other })
          .count(),
      )
      .toBe(2);
    // The selection is cleared once the action ran; the summary stays until dismissed.
    await visible(bar.getByText(/Zeilen mit den Kästchen auswählen/));
    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);
  });
});
