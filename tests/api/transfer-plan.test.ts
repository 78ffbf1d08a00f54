import { describe, expect, it } from "vitest";
import { transferPlan } from "#server/modules/transfers/transfer-plan.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
const migrationTables = new Set(["kysely_migration", "kysely_migration_lock"]);

describe(`transfer plan (${lane})`, () => {
  it("decides for every table of the migrated schema what a transfer does with its rows", async () => {
    const tables = (await db.introspection.getTables())
      .map((table) => table.name)
      .filter((name) => !migrationTables.has(name))
      .sort();
    expect(
      tables,
      "add the new table to server/modules/transfers/transfer-plan.ts and decision 0041",
    ).toEqual(Object.keys(transferPlan).sort());
  });

  it("counts no table with a person column as having nothing about a person", async () => {
    const withPersons = (await db.introspection.getTables())
      .filter((table) => table.columns.some((column) => column.name === "person_id"))
      .map((table) => table.name);
    expect(withPersons.length).toBeGreaterThan(10);
    const undecided = withPersons.filter(
      (name) => transferPlan[name as keyof typeof transferPlan] === "no-person",
    );
    expect(undecided).toEqual([]);
  });
});
