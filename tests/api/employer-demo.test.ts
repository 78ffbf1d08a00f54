import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { placementStages } from "#shared/reference/employers.ts";
import { AgencyListSchema } from "#shared/schemas/agency.ts";
import { OfferPageSchema } from "#shared/schemas/offer.ts";
import { CandidatePageSchema } from "#shared/schemas/placement.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
}, 120_000);

describe("employer demo data", () => {
  it("tells the region's story: few company inquiries in 2024, clearly more in 2025, fewer in August and December", async () => {
    const rows = await db.selectFrom("inquiries").select("received_on").execute();
    const byYear = new Map<string, number>();
    const byMonth = new Map<string, number>();
    for (const { received_on } of rows) {
      byYear.set(received_on.slice(0, 4), (byYear.get(received_on.slice(0, 4)) ?? 0) + 1);
      byMonth.set(received_on.slice(0, 7), (byMonth.get(received_on.slice(0, 7)) ?? 0) + 1);
    }
    expect(Object.fromEntries(byYear)).toEqual({ "2024": 25, "2025": 90, "2026": 70 });
    const month = (key: string) => byMonth.get(key) ?? 0;
    expect(month("2025-08")).toBeLessThan(month("2025-09"));
    expect(month("2025-12")).toBeLessThan(month("2025-11"));
  });

  it("has companies, offers and placements in every stage", async () => {
    const companies = await db.selectFrom("companies").select("id").execute();
    expect(companies.length).toBeGreaterThanOrEqual(55);
    const offers = await db.selectFrom("offers").select("status").execute();
    expect(offers.length).toBeGreaterThanOrEqual(70);
    const stages = new Set(
      (await db.selectFrom("placements").select("stage").execute()).map((row) => row.stage),
    );
    expect([...stages].sort()).toEqual([...placementStages].sort());
    const offerRows = await db
      .selectFrom("offers")
      .select(["id", "places", "places_taken", "status"])
      .execute();
    for (const offer of offerRows) {
      expect(offer.places_taken).toBeLessThanOrEqual(offer.places);
      const taken = await db
        .selectFrom("placements")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("offer_id", "=", offer.id)
        .where("stage", "in", ["accepted", "running", "completed"])
        .executeTakeFirstOrThrow();
      expect(Number(taken.n)).toBe(offer.places_taken);
    }
  });

  it("gives the demo employer two open offers with consenting candidates in several stages", async () => {
    const employer = await signIn(app, "employer@tischlerei-brandt.example", "ankommen-demo");
    const offers = OfferPageSchema.parse(await (await employer.get("/api/offers?status=open")).json());
    expect(offers.items.length).toBeGreaterThanOrEqual(2);
    const candidates = CandidatePageSchema.parse(await (await employer.get("/api/candidates")).json());
    const offersWithCandidates = new Set(candidates.items.map((item) => item.offerId));
    expect(offersWithCandidates.size).toBeGreaterThanOrEqual(2);
    expect(new Set(candidates.items.map((item) => item.stage)).size).toBeGreaterThanOrEqual(4);
  });

  it("shows accepted placements both released and awaiting release, with the advisor's task", async () => {
    const accepted = await db
      .selectFrom("placements")
      .select(["id", "contact_released_at", "contact_released_by"])
      .where("stage", "=", "accepted")
      .execute();
    const released = accepted.filter((row) => row.contact_released_at !== null);
    const awaiting = accepted.filter((row) => row.contact_released_at === null);
    expect(released.length).toBeGreaterThan(0);
    expect(awaiting.length).toBeGreaterThan(0);
    for (const row of released) expect(row.contact_released_by).not.toBeNull();
    const unreleasedLater = await db
      .selectFrom("placements")
      .select("id")
      .where("stage", "in", ["running", "completed"])
      .where("contact_released_at", "is", null)
      .execute();
    expect(unreleasedLater).toEqual([]);
    const tasks = await db
      .selectFrom("tasks")
      .select("title")
      .where("auto_key", "like", "contact-release:%")
      .where("done_at", "is", null)
      .execute();
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks[0]?.title).toMatch(/^Zusage von .+ für .+: Kontakt freigeben$/);
    const employer = await signIn(app, "employer@tischlerei-brandt.example", "ankommen-demo");
    const candidates = CandidatePageSchema.parse(await (await employer.get("/api/candidates")).json());
    const states = candidates.items.map((item) => `${item.stage}:${item.contact ? "released" : "hidden"}`);
    expect(states).toEqual(expect.arrayContaining(["accepted:hidden", "running:released"]));
  });

  it("has three agencies with different seal states", async () => {
    const advisor = await signIn(app, "advisor@hildesheim.example", "ankommen-demo");
    const { items } = AgencyListSchema.parse(await (await advisor.get("/api/agencies")).json());
    expect(items.map((item) => item.sealWarning).sort()).toEqual(["expired", "revoked", null].sort());
  });
});
