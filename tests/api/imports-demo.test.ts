import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { ImportRunListSchema } from "#shared/schemas/import.ts";
import { type Client, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let advisor: Client;
let otherAdvisor: Client;
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
  advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
  otherAdvisor = await signIn(app, "advisor@hannover.example", DEMO_PASSWORD);
});

describe("demo import history", () => {
  it("shows the Hildesheim advisor two finished imports, newest first, and Hannover none of them", async () => {
    const { items } = ImportRunListSchema.parse(await (await advisor.get("/api/imports")).json());
    expect(
      items.map((run) => [run.fileName, run.kind, run.status, run.counts.create, run.startedBy]),
    ).toEqual([
      ["Betriebe-Ansprechpersonen.csv", "companies", "done", 3, "Deniz Aydın"],
      ["Klientenliste-2026.xlsx", "persons", "done", 24, "Deniz Aydın"],
    ]);
    expect(items.every((run) => run.rowsDone === run.rowsTotal)).toBe(true);
    const other = ImportRunListSchema.parse(await (await otherAdvisor.get("/api/imports")).json());
    expect(other.items).toEqual([]);
  });
});
