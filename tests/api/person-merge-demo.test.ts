import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { PersonSchema } from "#shared/schemas/person.ts";
import { DuplicatePairListSchema } from "#shared/schemas/person-merge.ts";
import { type Client, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let advisor: Client;
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
  advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
});

describe("demo duplicates", () => {
  it("show Katharina Meier and Katharina Mayer as a pair that sounds alike, ready to merge", async () => {
    const response = await advisor.get("/api/persons/duplicate-pairs");
    expect(response.status).toBe(200);
    const { items } = DuplicatePairListSchema.parse(await response.json());
    const pair = items.find((item) =>
      item.persons.every(
        (person) => person.givenNames === "Katharina" && /^Ma?[ey]e?[iy]?er$/.test(person.familyName),
      ),
    );
    expect(pair).toMatchObject({ match: "name", reason: "sounds_alike" });
    const [first, second] = await Promise.all(
      (pair?.persons ?? []).map(async (person) =>
        PersonSchema.parse(await (await advisor.get(`/api/persons/${person.id}`)).json()),
      ),
    );
    expect([first?.openCase, second?.openCase].filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(items.length, JSON.stringify(items.map((item) => item.reason))).toBeLessThan(60);
  });
});
