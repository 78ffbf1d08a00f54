import { describe, expect, it } from "vitest";
import { executeShaped } from "#server/db/query-shapes.ts";
import { createCentre } from "../factories/index.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { db } = await setupTestApp();

describe("query shapes compiled once", () => {
  it("runs a cached shape with each call's own values", async () => {
    const hildesheim = await createCentre(db, { name: "Shape Hildesheim" });
    const hameln = await createCentre(db, { name: "Shape Hameln" });
    const byId = (id: string) =>
      executeShaped(db, "test.centre-by-id", [id], (value) =>
        db.selectFrom("centres").select(["id", "name"]).where("id", "=", value(0)),
      );
    expect((await byId(hildesheim.id)).map((row) => row.name)).toEqual(["Shape Hildesheim"]);
    expect((await byId(hameln.id)).map((row) => row.name)).toEqual(["Shape Hameln"]);
    expect(await byId("no-such-centre")).toEqual([]);
  });

  it("builds a shape anew when a value does not reach the SQL as a plain parameter", async () => {
    await createCentre(db, { name: "Shape Holzminden" });
    await createCentre(db, { name: "Shape Nienburg" });
    const named = (part: string) =>
      executeShaped(db, "test.centre-name-like", [part], (value) =>
        db
          .selectFrom("centres")
          .select("name")
          .where("name", "like", `%${value(0)}%`),
      );
    expect((await named("Holz")).map((row) => row.name)).toEqual(["Shape Holzminden"]);
    expect((await named("Nien")).map((row) => row.name)).toEqual(["Shape Nienburg"]);
  });
});
