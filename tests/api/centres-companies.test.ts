import { beforeAll, describe, expect, it } from "vitest";
import { CentreListSchema, CentreSchema } from "#shared/schemas/centre.ts";
import { CompanySummaryListSchema } from "#shared/schemas/company.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
beforeAll(async () => {
  cast = await createTwoCentres(db);
});

describe("centres", () => {
  it("lets every staff role see the centres, sorted by name", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const { items } = CentreListSchema.parse(await (await advisor.get("/api/centres")).json());
    expect(items.map((centre) => centre.id).sort()).toEqual(
      [cast.own.centre.id, cast.other.centre.id].sort(),
    );
  });

  it("lets an admin create a centre, audited, and refuses a duplicate name", async () => {
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const response = await admin.post("/api/centres", {
      name: "Welcome Center Schaumburg",
      district: "lk-schaumburg",
    });
    expect(response.status).toBe(201);
    const centre = CentreSchema.parse(await response.json());
    expect(centre).toMatchObject({ name: "Welcome Center Schaumburg", district: "lk-schaumburg" });
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", centre.id)
      .execute();
    expect(audit).toEqual([{ action: "centre.create" }]);
    const error = await expectError(
      await admin.post("/api/centres", { name: "Welcome Center Schaumburg", district: "lk-schaumburg" }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "name", code: "centre_name_taken", message: "Ein Zentrum mit diesem Namen gibt es schon" },
    ]);
  });

  it("names the field for an unknown district", async () => {
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const error = await expectError(
      await admin.post("/api/centres", { name: "Welcome Center Celle", district: "lk-celle" }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "district" })]);
  });
});

describe("companies", () => {
  it("shows advisors and admins only their own centre's companies", async () => {
    for (const role of ["advisor", "admin"] as const) {
      const client = await signIn(app, cast.own[role].email, TEST_PASSWORD);
      const { items } = CompanySummaryListSchema.parse(await (await client.get("/api/companies")).json());
      expect(items.map((company) => company.id)).toEqual([cast.own.company.id]);
    }
  });
});
