import { beforeAll, describe, expect, it } from "vitest";
import { onCrossCentre } from "#server/db/cross-centre.ts";
import { CENTRE_COLUMN_TABLES } from "#server/db/scope-guard.ts";
import { AgencySchema } from "#shared/schemas/agency.ts";
import { OfferSchema } from "#shared/schemas/offer.ts";
import { PlacementSchema } from "#shared/schemas/placement.ts";
import { createOfferRow, createPlacementRow, giveSharingConsent } from "../factories/employers.ts";
import { createCompany, createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

/** The holes of issue 12, item 7: each request of centre B on centre A's record is 404 and changes nothing. */
const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
});

describe("the guard's list of centre tables", () => {
  it("holds every table of the migrated database that has a centre_id column, and no other", async () => {
    const tables = await db.introspection.getTables();
    const withCentre = tables
      .filter((table) => table.columns.some((column) => column.name === "centre_id"))
      .map((table) => table.name)
      .sort();
    expect(withCentre).toEqual([...CENTRE_COLUMN_TABLES].sort());
  });
});

const offerRow = (id: string) =>
  db.selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const placementRow = (id: string) =>
  db.selectFrom("placements").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

async function consentingPerson(centreId: string, advisorId: string, openCase = false) {
  const person = await createPerson(db, centreId, {
    familyName: `Scope${Math.random().toString(36).slice(2, 7)}`,
  });
  await giveSharingConsent(db, person, advisorId);
  if (openCase)
    await db
      .updateTable("persons")
      .set({ open_case_id: "case-of-test" })
      .where("id", "=", person.id)
      .execute();
  return person;
}

describe("offers of another centre", () => {
  it("answers 404 to a change of another centre's open offer and leaves it as it was", async () => {
    const offer = await createOfferRow(db, cast.own.company, { title: "Ausbildung Koch/Köchin" });
    await expectError(
      await otherAdvisor.patch(`/api/offers/${offer.id}`, { version: 1, title: "Übernommen" }),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.post(`/api/offers/${offer.id}/transitions`, { version: 1, to: "closed" }),
      404,
      "not_found",
    );
    expect(await offerRow(offer.id)).toMatchObject({
      title: "Ausbildung Koch/Köchin",
      status: "open",
      version: 1,
    });
    const seen = OfferSchema.parse(await (await otherAdvisor.get(`/api/offers/${offer.id}`)).json());
    expect(seen).toMatchObject({ title: "Ausbildung Koch/Köchin", canEdit: false });
  });

  it("still lets an advisor take a place on another centre's offer, as a named cross-centre write", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 2 });
    const person = await consentingPerson(cast.other.centre.id, cast.other.advisor.id);
    const proposed = await otherAdvisor.post("/api/placements", { offerId: offer.id, personId: person.id });
    expect(proposed.status).toBe(201);
    const placement = PlacementSchema.parse(await proposed.json());
    const purposes: string[] = [];
    const stop = onCrossCentre((purpose) => purposes.push(purpose));
    const accepted = await otherAdvisor.post(`/api/placements/${placement.id}/transitions`, {
      version: 1,
      to: "accepted",
    });
    stop();
    expect(accepted.status).toBe(200);
    expect(purposes).toContain("foreign-offer-place");
    expect(await offerRow(offer.id)).toMatchObject({ places_taken: 1, status: "open", version: 2 });
  });
});

describe("placements of another centre", () => {
  it("answers 404 to a note, a stage change and a contact release by id, and writes nothing", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 1 });
    const person = await consentingPerson(cast.own.centre.id, cast.own.advisor.id);
    const placement = await createPlacementRow(db, offer, person, "accepted");
    await expectError(
      await otherAdvisor.patch(`/api/placements/${placement.id}`, { version: 1, advisorNote: "fremd" }),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.post(`/api/placements/${placement.id}/transitions`, {
        version: 1,
        to: "cancelled",
        reason: "moved_away",
      }),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.post(`/api/placements/${placement.id}/contact-release`, { version: 1 }),
      404,
      "not_found",
    );
    expect(await placementRow(placement.id)).toMatchObject({
      advisor_note: placement.advisor_note,
      stage: "accepted",
      contact_released_at: null,
      version: 1,
    });
    expect(await offerRow(offer.id)).toMatchObject({ places_taken: 0, version: 1 });
  });
});

describe("lists that counted with a hand-written centre filter", () => {
  it("counts an agency's companies and persons of the reader's centre only", async () => {
    const agency = AgencySchema.parse(
      await (await advisor.post("/api/agencies", { name: "Scope Agentur", country: "VN" })).json(),
    );
    const company = await createCompany(db, cast.own.centre.id, { name: "Scope GmbH" });
    await db.updateTable("companies").set({ agency_id: agency.id }).where("id", "=", company.id).execute();
    const person = await createPerson(db, cast.own.centre.id);
    expect((await advisor.put(`/api/persons/${person.id}/agency`, { agencyId: agency.id })).status).toBe(200);
    const own = AgencySchema.parse(await (await advisor.get(`/api/agencies/${agency.id}`)).json());
    expect(own).toMatchObject({ companyCount: 1, personCount: 1 });
    const other = AgencySchema.parse(await (await otherAdvisor.get(`/api/agencies/${agency.id}`)).json());
    expect(other).toMatchObject({ companyCount: 0, personCount: 0 });
    await expectError(
      await otherAdvisor.put(`/api/persons/${person.id}/agency`, { agencyId: null }),
      404,
      "not_found",
    );
    const link = await db
      .selectFrom("person_agencies")
      .selectAll()
      .where("person_id", "=", person.id)
      .execute();
    expect(link).toMatchObject([{ agency_id: agency.id, centre_id: cast.own.centre.id }]);
  });

  it("matches an offer only with the reader's centre's consenting persons", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const mine = await consentingPerson(cast.own.centre.id, cast.own.advisor.id, true);
    const theirs = await consentingPerson(cast.other.centre.id, cast.other.advisor.id, true);
    const response = await advisor.get(`/api/offers/${offer.id}/candidates`);
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { personId: string }[] };
    const ids = items.map((item) => item.personId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });
});
