import { beforeAll, describe, expect, it } from "vitest";
import { PersonAccessHistorySchema } from "#shared/schemas/audit.ts";
import { PlacementSchema } from "#shared/schemas/placement.ts";
import { createOfferRow, giveSharingConsent } from "../factories/employers.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let employer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
});

async function historyOf(personId: string) {
  const response = await advisor.get(`/api/persons/${personId}/access-history`);
  expect(response.status, await response.clone().text()).toBe(200);
  return PersonAccessHistorySchema.parse(await response.json()).items;
}

describe("a person's access history", () => {
  it("lists who read and changed the person, newest first, with role and centre — its own reading first", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    expect((await advisor.get(`/api/persons/${person.id}`)).status).toBe(200);
    expect((await advisor.get(`/api/persons/${person.id}/consents`)).status).toBe(200);
    const changed = await advisor.patch(`/api/persons/${person.id}`, {
      version: 1,
      phone: "+49 5121 123456",
    });
    expect(changed.status, await changed.clone().text()).toBe(200);

    const items = await historyOf(person.id);
    expect(items.map((item) => [item.action, item.kind, item.area])).toEqual([
      ["person.access_history", "read", "person"],
      ["person.update", "change", "person"],
      ["consent.list", "read", "consent"],
      ["person.read", "read", "person"],
    ]);
    for (const item of items)
      expect(item).toMatchObject({
        role: "advisor",
        userName: cast.own.advisor.name,
        centreName: cast.own.centre.name,
        companyName: null,
      });
    const times = items.map((item) => item.at);
    expect([...times].sort().reverse()).toEqual(times);
    // Nothing of anyone else: another person's reads stay in their own history.
    const other = await createPerson(db, cast.own.centre.id);
    expect((await advisor.get(`/api/persons/${other.id}`)).status).toBe(200);
    expect((await historyOf(person.id)).filter((item) => item.action === "person.read")).toHaveLength(1);
  });

  it("names the company that saw the candidate and the release of the contact, also after a decline", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await giveSharingConsent(db, person, cast.own.advisor.id);
    const offer = await createOfferRow(db, cast.own.company, { title: `Praktikum ${Math.random()}` });
    const proposed = await advisor.post("/api/placements", { offerId: offer.id, personId: person.id });
    expect(proposed.status, await proposed.clone().text()).toBe(201);
    const placement = PlacementSchema.parse(await proposed.json());
    expect((await employer.get(`/api/candidates/${placement.id}`)).status).toBe(200);
    const accepted = await employer.post(`/api/candidates/${placement.id}/transitions`, {
      version: placement.version,
      to: "accepted",
    });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    const current = PlacementSchema.parse(
      await (await advisor.get(`/api/placements/${placement.id}`)).json(),
    );
    const released = await advisor.post(`/api/placements/${placement.id}/contact-release`, {
      version: current.version,
    });
    expect(released.status, await released.clone().text()).toBe(200);
    const declined = await employer.post(`/api/candidates/${placement.id}/transitions`, {
      version: PlacementSchema.parse(await released.json()).version,
      to: "declined",
      reason: "other",
      note: "Betrieb hat umgeplant",
    });
    expect(declined.status, await declined.clone().text()).toBe(200);

    const items = await historyOf(person.id);
    const byEmployer = items.filter((item) => item.role === "employer");
    expect(byEmployer.length).toBeGreaterThan(0);
    for (const item of byEmployer)
      expect(item).toMatchObject({ userName: cast.own.employer.name, companyName: cast.own.company.name });
    expect(byEmployer.map((item) => item.area)).toContain("candidate");
    expect(items.filter((item) => item.kind === "release")).toEqual([
      expect.objectContaining({
        action: "placement.contact_release",
        role: "advisor",
        userName: cast.own.advisor.name,
      }),
    ]);
  });

  it("is the person's centre's business only", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await expectError(await otherAdvisor.get(`/api/persons/${person.id}/access-history`), 404, "not_found");
    await expectError(await employer.get(`/api/persons/${person.id}/access-history`), 403, "forbidden");
    await expectError(await advisor.get("/api/persons/does-not-exist/access-history"), 404, "not_found");
  });
});
