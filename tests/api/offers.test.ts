import { beforeAll, describe, expect, it } from "vitest";
import { CompanyPageSchema, CompanySchema, CompanySummaryListSchema } from "#shared/schemas/company.ts";
import { InquiryPageSchema, InquirySchema } from "#shared/schemas/inquiry.ts";
import { OfferPageSchema, OfferSchema } from "#shared/schemas/offer.ts";
import { createOfferRow } from "../factories/employers.ts";
import { createCompany, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
});

describe("companies", () => {
  it("creates a company with contacts, audited, and finds it by name with or without umlauts", async () => {
    const response = await advisor.post("/api/companies", {
      name: "Bäckerei Müller",
      sector: "craft",
      chamber: "hwk",
      district: "lk-hildesheim",
      sizeBand: "micro",
      contacts: [{ name: "Eva Müller", function: "Inhaberin", email: "eva@mueller.example" }],
    });
    expect(response.status).toBe(201);
    const company = CompanySchema.parse(await response.json());
    expect(company).toMatchObject({
      centreId: cast.own.centre.id,
      contacts: [{ name: "Eva Müller", function: "Inhaberin", email: "eva@mueller.example", phone: null }],
      agency: null,
      openOffers: 0,
    });
    for (const q of ["muller", "Mueller", "Müller"]) {
      const page = CompanyPageSchema.parse(
        await (await advisor.get(`/api/companies?q=${encodeURIComponent(q)}`)).json(),
      );
      expect(
        page.items.map((item) => item.id),
        q,
      ).toEqual([company.id]);
    }
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", company.id)
      .execute();
    expect(audit).toEqual([{ action: "company.create" }]);
    await expectError(await otherAdvisor.get(`/api/companies/${company.id}`), 404, "not_found");
  });

  it("pages the list by name and still parses as the old summary list", async () => {
    for (const name of ["Aaa Test 1", "Aaa Test 2", "Aaa Test 3"])
      await createCompany(db, cast.own.centre.id, { name });
    const first = CompanyPageSchema.parse(
      await (await advisor.get("/api/companies?q=aaa%20test&limit=2")).json(),
    );
    expect(first.items.map((item) => item.name)).toEqual(["Aaa Test 1", "Aaa Test 2"]);
    const second = CompanyPageSchema.parse(
      await (await advisor.get(`/api/companies?q=aaa%20test&limit=2&cursor=${first.nextCursor}`)).json(),
    );
    expect(second).toMatchObject({ items: [{ name: "Aaa Test 3" }], nextCursor: null });
    CompanySummaryListSchema.parse(await (await advisor.get("/api/companies")).json());
  });

  it("names the field for invalid input and answers a stale version with the current record", async () => {
    const invalid = await expectError(
      await advisor.post("/api/companies", {
        name: "",
        district: "lk-celle",
        contacts: [{ name: "X", email: "nope" }],
      }),
      422,
      "validation_failed",
    );
    expect((invalid.details as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
      "contacts.0.email",
      "district",
      "name",
    ]);
    const company = await createCompany(db, cast.own.centre.id);
    const updated = await advisor.patch(`/api/companies/${company.id}`, {
      version: 1,
      notes: "Ruft montags zurück",
    });
    expect(CompanySchema.parse(await updated.json())).toMatchObject({
      notes: "Ruft montags zurück",
      version: 2,
    });
    const stale = await expectError(
      await advisor.patch(`/api/companies/${company.id}`, { version: 1, notes: "x" }),
      409,
      "conflict",
    );
    expect(stale.details).toMatchObject({ reason: "stale_version", current: { id: company.id, version: 2 } });
  });
});

describe("inquiries", () => {
  it("records an inquiry for a company of the centre and lists it newest first", async () => {
    const company = await createCompany(db, cast.own.centre.id);
    const older = await advisor.post("/api/inquiries", {
      companyId: company.id,
      occupation: "26212",
      receivedOn: "2025-03-04",
    });
    expect(older.status).toBe(201);
    const newer = InquirySchema.parse(
      await (
        await advisor.post("/api/inquiries", {
          companyId: company.id,
          occupation: "34212",
          peopleCount: 3,
          helpWanted: ["visa", "recognition"],
          receivedOn: "2025-09-10",
        })
      ).json(),
    );
    expect(newer).toMatchObject({ district: "lk-hildesheim", status: "open", peopleCount: 3 });
    const page = InquiryPageSchema.parse(
      await (await advisor.get(`/api/inquiries?companyId=${company.id}`)).json(),
    );
    expect(page.items.map((item) => item.receivedOn)).toEqual(["2025-09-10", "2025-03-04"]);
    const served = await advisor.patch(`/api/inquiries/${newer.id}`, { version: 1, status: "served" });
    expect(InquirySchema.parse(await served.json()).status).toBe("served");
    const foreign = await expectError(
      await otherAdvisor.post("/api/inquiries", { companyId: company.id, occupation: "26212" }),
      422,
      "validation_failed",
    );
    expect(foreign.details).toEqual([
      { path: "companyId", code: "unknown_company", message: "Unbekanntes Unternehmen" },
    ]);
    const badCode = await expectError(
      await advisor.post("/api/inquiries", {
        companyId: company.id,
        occupation: "99999",
        helpWanted: ["visa", "visa"],
      }),
      422,
      "validation_failed",
    );
    expect([...new Set((badCode.details as { path: string }[]).map((issue) => issue.path))].sort()).toEqual([
      "helpWanted",
      "occupation",
    ]);
  });
});

describe("offers", () => {
  it("creates a draft offer for a company of the centre and opens it", async () => {
    const response = await advisor.post("/api/offers", {
      companyId: cast.own.company.id,
      type: "apprenticeship",
      title: "Ausbildung Elektroniker/in",
      occupation: "26212",
      startsOn: "2027-08-01",
      places: 2,
      languageRequirement: { speaking: "B1", writing: "A2" },
    });
    expect(response.status).toBe(201);
    const offer = OfferSchema.parse(await response.json());
    expect(offer).toMatchObject({ status: "draft", placesTaken: 0, canEdit: true, openedOn: null });
    const opened = await advisor.post(`/api/offers/${offer.id}/transitions`, { version: 1, to: "open" });
    expect(OfferSchema.parse(await opened.json())).toMatchObject({ status: "open", version: 2 });
    const filled = await expectError(
      await advisor.post(`/api/offers/${offer.id}/transitions`, { version: 2, to: "filled" }),
      409,
      "conflict",
    );
    expect(filled.details).toEqual({
      reason: "transition_not_allowed",
      from: "open",
      to: "filled",
      allowed: ["closed"],
    });
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", offer.id)
      .orderBy("at")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["offer.create", "offer.transition"]);
  });

  it("shows advisors of every centre the open offers, but drafts only to the company's centre", async () => {
    const open = await createOfferRow(db, cast.own.company, { title: "Regional offen" });
    const draft = await createOfferRow(db, cast.own.company, { status: "draft", title: "Noch Entwurf" });
    const theirs = OfferPageSchema.parse(await (await otherAdvisor.get("/api/offers?limit=200")).json());
    const ids = theirs.items.map((item) => item.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    const seen = OfferSchema.parse(await (await otherAdvisor.get(`/api/offers/${open.id}`)).json());
    expect(seen.canEdit).toBe(false);
    await expectError(await otherAdvisor.get(`/api/offers/${draft.id}`), 404, "not_found");
    await expectError(
      await otherAdvisor.patch(`/api/offers/${open.id}`, { version: 1, title: "Gekapert" }),
      404,
      "not_found",
    );
    const centreOnly = OfferPageSchema.parse(
      await (await otherAdvisor.get("/api/offers?view=centre")).json(),
    );
    expect(centreOnly.items.map((item) => item.id)).not.toContain(open.id);
    const ownList = OfferPageSchema.parse(await (await advisor.get("/api/offers?status=draft")).json());
    expect(ownList.items.map((item) => item.id)).toContain(draft.id);
  });

  it("refuses fewer places than taken, an end before the start, and a foreign company", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 3, places_taken: 2 });
    const fewer = await expectError(
      await advisor.patch(`/api/offers/${offer.id}`, { version: 1, places: 1 }),
      422,
      "validation_failed",
    );
    expect(fewer.details).toEqual([
      { path: "places", code: "places_taken", params: { count: 2 }, message: "Schon 2 Plätze vergeben" },
    ]);
    const dates = await expectError(
      await advisor.patch(`/api/offers/${offer.id}`, {
        version: 1,
        startsOn: "2027-05-01",
        endsOn: "2027-04-01",
      }),
      422,
      "validation_failed",
    );
    expect(dates.details).toEqual([
      { path: "endsOn", code: "end_before_start", message: "Ende vor dem Beginn" },
    ]);
    const full = await advisor.patch(`/api/offers/${offer.id}`, { version: 1, places: 2 });
    expect(OfferSchema.parse(await full.json())).toMatchObject({ status: "filled", places: 2 });
    const foreign = await expectError(
      await advisor.post("/api/offers", {
        companyId: cast.other.company.id,
        type: "job",
        title: "x",
        occupation: "26212",
      }),
      422,
      "validation_failed",
    );
    expect(foreign.details).toEqual([
      { path: "companyId", code: "unknown_company", message: "Unbekanntes Unternehmen" },
    ]);
    const company = await createCompany(db, cast.own.centre.id);
    const otherCompany = await advisor.get(`/api/offers?companyId=${company.id}`);
    expect(OfferPageSchema.parse(await otherCompany.json()).items).toEqual([]);
  });

  it("keeps managers and admins out of offers", async () => {
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    await expectError(await manager.get("/api/offers"), 403, "forbidden");
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    await expectError(await admin.post("/api/offers", {}), 403, "forbidden");
  });
});
