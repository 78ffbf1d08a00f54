import { beforeAll, describe, expect, it } from "vitest";
import { CaseSchema } from "#shared/schemas/case.ts";
import { OfferSchema } from "#shared/schemas/offer.ts";
import { CandidateSchema, PlacementPageSchema, PlacementSchema } from "#shared/schemas/placement.ts";
import {
  createOfferRow,
  createPlacementRow,
  giveConsent,
  giveSharingConsent,
  withdrawSharingConsent,
} from "../factories/employers.ts";
import { createCompany, createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
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

async function consentingPerson(centre = cast.own) {
  const person = await createPerson(db, centre.centre.id, {
    familyName: `Yilmaz${Math.random().toString(36).slice(2, 7)}`,
  });
  await giveSharingConsent(db, person, centre.advisor.id);
  return person;
}

async function propose(client: Client, offerId: string, personId: string) {
  const response = await client.post("/api/placements", { offerId, personId });
  expect(response.status, await response.clone().text()).toBe(201);
  return PlacementSchema.parse(await response.json());
}

const move = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/placements/${id}/transitions`, body);

describe("placements", () => {
  it("proposes a consenting person of the centre for an open offer of another centre, audited", async () => {
    const offer = await createOfferRow(db, cast.other.company);
    const person = await consentingPerson();
    const placement = await propose(advisor, offer.id, person.id);
    expect(placement).toMatchObject({
      offerId: offer.id,
      companyId: cast.other.company.id,
      personId: person.id,
      stage: "proposed",
      sharingConsent: true,
      allowedStages: ["interview", "accepted", "declined", "cancelled"],
    });
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "centre_id"])
      .where("entity_id", "=", placement.id)
      .execute();
    expect(audit).toEqual([{ action: "placement.create", centre_id: cast.own.centre.id }]);
    const page = PlacementPageSchema.parse(
      await (await advisor.get(`/api/placements?offerId=${offer.id}`)).json(),
    );
    expect(page.items.map((item) => item.id)).toEqual([placement.id]);
    // The offer's centre sees the offer, but not the other centre's person placed on it.
    const theirs = PlacementPageSchema.parse(
      await (await otherAdvisor.get(`/api/placements?offerId=${offer.id}`)).json(),
    );
    expect(theirs.items).toEqual([]);
    await expectError(await otherAdvisor.get(`/api/placements/${placement.id}`), 404, "not_found");
  });

  it("refuses a person without sharing consent, a duplicate proposal, a closed offer and another centre's person", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const noConsent = await createPerson(db, cast.own.centre.id);
    await giveConsent(db, noConsent, cast.own.advisor.id, "counselling");
    const refused = await expectError(
      await advisor.post("/api/placements", { offerId: offer.id, personId: noConsent.id }),
      409,
      "conflict",
    );
    expect(refused.details).toEqual({ reason: "no_sharing_consent" });
    const person = await consentingPerson();
    await propose(advisor, offer.id, person.id);
    const twice = await expectError(
      await advisor.post("/api/placements", { offerId: offer.id, personId: person.id }),
      409,
      "conflict",
    );
    expect(twice.details).toEqual({ reason: "already_proposed" });
    const closed = await createOfferRow(db, cast.own.company, { status: "closed" });
    const notOpen = await expectError(
      await advisor.post("/api/placements", { offerId: closed.id, personId: person.id }),
      409,
      "conflict",
    );
    expect(notOpen.details).toEqual({ reason: "offer_not_open" });
    const foreign = await consentingPerson(cast.other);
    const unknown = await expectError(
      await advisor.post("/api/placements", { offerId: offer.id, personId: foreign.id }),
      422,
      "validation_failed",
    );
    expect(unknown.details).toEqual([
      { path: "personId", code: "unknown_person", message: "Unbekannte Person" },
    ]);
    const draftOfOtherCentre = await createOfferRow(db, cast.other.company, { status: "draft" });
    const hidden = await expectError(
      await advisor.post("/api/placements", { offerId: draftOfOtherCentre.id, personId: person.id }),
      422,
      "validation_failed",
    );
    expect(hidden.details).toEqual([
      { path: "offerId", code: "unknown_offer", message: "Unbekanntes Angebot" },
    ]);
  });

  it("walks the stages, sets the dates, fills the offer with its last place and frees it again", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 1 });
    const placement = await propose(advisor, offer.id, (await consentingPerson()).id);
    const interview = PlacementSchema.parse(
      await (
        await move(advisor, placement.id, { version: 1, to: "interview", on: placement.proposedOn })
      ).json(),
    );
    expect(interview.interviewOn).toBe(placement.proposedOn);
    const accepted = PlacementSchema.parse(
      await (await move(advisor, placement.id, { version: 2, to: "accepted" })).json(),
    );
    expect(accepted.stage).toBe("accepted");
    expect(accepted.acceptedOn).not.toBeNull();
    const filled = OfferSchema.parse(await (await advisor.get(`/api/offers/${offer.id}`)).json());
    expect(filled).toMatchObject({ status: "filled", placesTaken: 1 });
    const cancelled = await move(advisor, placement.id, {
      version: 3,
      to: "cancelled",
      reason: "moved_away",
    });
    expect(cancelled.status).toBe(200);
    expect(PlacementSchema.parse(await cancelled.json())).toMatchObject({
      stage: "cancelled",
      endReason: "moved_away",
    });
    const reopened = OfferSchema.parse(await (await advisor.get(`/api/offers/${offer.id}`)).json());
    expect(reopened).toMatchObject({ status: "open", placesTaken: 0 });
  });

  it("answers 409 with the reason for a transition the workflow does not allow, 422 without a reason", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const placement = await propose(advisor, offer.id, (await consentingPerson()).id);
    const wrong = await expectError(
      await move(advisor, placement.id, { version: 1, to: "completed" }),
      409,
      "conflict",
    );
    expect(wrong.details).toEqual({
      reason: "transition_not_allowed",
      from: "proposed",
      to: "completed",
      allowed: ["interview", "accepted", "declined", "cancelled"],
    });
    const noReason = await expectError(
      await move(advisor, placement.id, { version: 1, to: "declined" }),
      422,
      "validation_failed",
    );
    expect(noReason.details).toEqual([
      { path: "reason", code: "reason_required", message: "Bitte einen Grund angeben" },
    ]);
    const wrongReason = await expectError(
      await move(advisor, placement.id, { version: 1, to: "declined", reason: "moved_away" }),
      422,
      "validation_failed",
    );
    expect(wrongReason.details).toEqual([expect.objectContaining({ path: "reason" })]);
    const stale = await expectError(
      await move(advisor, placement.id, { version: 7, to: "interview" }),
      409,
      "conflict",
    );
    expect(stale.details).toMatchObject({
      reason: "stale_version",
      current: { id: placement.id, version: 1 },
    });
  });

  it("never hands out more places than the offer has, also for concurrent acceptances", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 2 });
    const placements = [];
    for (let index = 0; index < 5; index++)
      placements.push(await propose(advisor, offer.id, (await consentingPerson()).id));
    const responses = await Promise.all(
      placements.map((placement) => move(advisor, placement.id, { version: 1, to: "accepted" })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 409, 409, 409]);
    for (const response of responses.filter((item) => item.status === 409)) {
      const body = (await response.json()) as { error: { details: { reason: string } } };
      expect(["offer_full", "offer_not_open"]).toContain(body.error.details.reason);
    }
    const row = await db
      .selectFrom("offers")
      .select(["places_taken", "status"])
      .where("id", "=", offer.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ places_taken: 2, status: "filled" });
    const taken = await db
      .selectFrom("placements")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("offer_id", "=", offer.id)
      .where("stage", "=", "accepted")
      .executeTakeFirstOrThrow();
    expect(Number(taken.n)).toBe(2);
  });

  it("closes the person's open case with the outcome of a completed apprenticeship", async () => {
    const offer = await createOfferRow(db, cast.own.company, { type: "apprenticeship" });
    const person = await consentingPerson();
    const opened = await advisor.post("/api/cases", {
      personId: person.id,
      concerns: ["apprenticeship"],
      sourceChannel: "walk_in",
    });
    const caseRecord = CaseSchema.parse(await opened.json());
    const placement = await propose(advisor, offer.id, person.id);
    expect(placement.caseId).toBe(caseRecord.id);
    let version = placement.version;
    for (const to of ["accepted", "running"]) {
      const moved = PlacementSchema.parse(await (await move(advisor, placement.id, { version, to })).json());
      version = moved.version;
    }
    const done = await move(advisor, placement.id, { version, to: "completed", closeCase: true });
    expect(done.status).toBe(200);
    const closed = CaseSchema.parse(await (await advisor.get(`/api/cases/${caseRecord.id}`)).json());
    expect(closed).toMatchObject({ status: "closed", outcome: "apprenticeship" });
    // The support span the statistics count by ends with the case.
    const span = await db
      .selectFrom("persons")
      .select(["support_from", "support_until"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(span).toEqual({ support_from: caseRecord.openedOn, support_until: closed.closedOn });
  });

  it("keeps employers out of the advisor's placement API", async () => {
    await expectError(await employer.get("/api/placements"), 403, "forbidden");
    const offer = await createOfferRow(db, cast.own.company);
    const person = await consentingPerson();
    const placement = await createPlacementRow(db, offer, person);
    await expectError(await employer.get(`/api/placements/${placement.id}`), 403, "forbidden");
    await expectError(
      await employer.post(`/api/placements/${placement.id}/transitions`, { version: 1, to: "interview" }),
      403,
      "forbidden",
    );
  });

  it("lets the advisor keep a note, with a stale version answered 409", async () => {
    const company = await createCompany(db, cast.own.centre.id);
    const offer = await createOfferRow(db, company);
    const placement = await propose(advisor, offer.id, (await consentingPerson()).id);
    const noted = await advisor.patch(`/api/placements/${placement.id}`, {
      version: 1,
      advisorNote: "Bringt Zeugnisse mit",
    });
    expect(PlacementSchema.parse(await noted.json()).advisorNote).toBe("Bringt Zeugnisse mit");
    await expectError(
      await advisor.patch(`/api/placements/${placement.id}`, { version: 1, advisorNote: "x" }),
      409,
      "conflict",
    );
  });

  describe("contact release", () => {
    const release = (client: Client, id: string, version: number) =>
      client.post(`/api/placements/${id}/contact-release`, { version });
    const candidateOf = async (id: string) =>
      CandidateSchema.parse(await (await employer.get(`/api/candidates/${id}`)).json());

    async function acceptedByEmployer(places = 1) {
      const offer = await createOfferRow(db, cast.own.company, {
        places,
        title: `Ausbildung ${Math.random()}`,
      });
      const person = await consentingPerson();
      const opened = await advisor.post("/api/cases", {
        personId: person.id,
        concerns: ["apprenticeship"],
        sourceChannel: "walk_in",
      });
      expect(opened.status).toBe(201);
      const placement = await propose(advisor, offer.id, person.id);
      const accepted = await employer.post(`/api/candidates/${placement.id}/transitions`, {
        version: placement.version,
        to: "accepted",
      });
      expect(accepted.status, await accepted.clone().text()).toBe(200);
      return { offer, person, placement: await current(placement.id) };
    }
    const current = async (id: string) =>
      PlacementSchema.parse(await (await advisor.get(`/api/placements/${id}`)).json());

    it("gives the advisor a task on the employer's Zusage and lets the employer go no further before the release", async () => {
      const { offer, person, placement } = await acceptedByEmployer();
      expect(placement).toMatchObject({
        stage: "accepted",
        contactReleasedAt: null,
        contactReleasedBy: null,
        canReleaseContact: true,
      });
      const tasks = await db
        .selectFrom("tasks")
        .select(["title", "assignee_id", "done_at"])
        .where("person_id", "=", person.id)
        .execute();
      expect(tasks).toEqual([
        {
          title: `Zusage von ${cast.own.company.name} für ${offer.title}: Kontakt freigeben`,
          assignee_id: cast.own.advisor.id,
          done_at: null,
        },
      ]);
      const refused = await expectError(
        await employer.post(`/api/candidates/${placement.id}/transitions`, {
          version: placement.version,
          to: "running",
        }),
        409,
        "conflict",
      );
      expect(refused.details).toEqual({ reason: "contact_not_released", from: "accepted", to: "running" });
      expect((await candidateOf(placement.id)).stage).toBe("accepted");
    });

    it("releases with one click: recorded, audited for the person, the task done, the employer may go on", async () => {
      const { person, placement } = await acceptedByEmployer();
      const response = await release(advisor, placement.id, placement.version);
      expect(response.status, await response.clone().text()).toBe(200);
      const released = PlacementSchema.parse(await response.json());
      expect(released).toMatchObject({
        contactReleasedBy: { id: cast.own.advisor.id, name: cast.own.advisor.name },
        canReleaseContact: false,
        version: placement.version + 1,
      });
      expect(Date.parse(released.contactReleasedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
      const audit = await db
        .selectFrom("audit_log")
        .select(["action", "entity", "entity_id", "user_id", "details"])
        .where("action", "=", "placement.contact_release")
        .where("entity_id", "=", person.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ entity: "person", user_id: cast.own.advisor.id });
      expect(JSON.parse(String(audit[0]?.details))).toMatchObject({
        placementId: placement.id,
        companyId: cast.own.company.id,
      });
      const task = await db
        .selectFrom("tasks")
        .select("done_at")
        .where("person_id", "=", person.id)
        .executeTakeFirstOrThrow();
      expect(task.done_at).not.toBeNull();
      const seen = await candidateOf(placement.id);
      expect(seen.contact?.fullName).toBe(released.personName);
      const running = await employer.post(`/api/candidates/${placement.id}/transitions`, {
        version: seen.version,
        to: "running",
      });
      expect(running.status).toBe(200);
      expect(CandidateSchema.parse(await running.json()).contact?.fullName).toBe(released.personName);
      const twice = await expectError(
        await release(advisor, placement.id, released.version + 1),
        409,
        "conflict",
      );
      expect(twice.details).toMatchObject({ reason: "contact_already_released" });
    });

    it("hides the contact again after a decline, while the advisor still sees who released it to whom", async () => {
      const { person, placement } = await acceptedByEmployer();
      const released = PlacementSchema.parse(
        await (await release(advisor, placement.id, placement.version)).json(),
      );
      const declined = await employer.post(`/api/candidates/${placement.id}/transitions`, {
        version: released.version,
        to: "declined",
        reason: "impression",
      });
      expect(declined.status).toBe(200);
      const seen = CandidateSchema.parse(await declined.json());
      expect(seen).toMatchObject({ stage: "declined", contact: null, contactReleasedAt: null });
      expect(JSON.stringify(seen)).not.toContain(person.family_name);
      const advisorView = await current(placement.id);
      expect(advisorView).toMatchObject({
        stage: "declined",
        contactReleasedAt: released.contactReleasedAt,
        contactReleasedBy: { id: cast.own.advisor.id },
        companyName: cast.own.company.name,
        canReleaseContact: false,
      });
      const ofPerson = PlacementPageSchema.parse(
        await (await advisor.get(`/api/placements?personId=${person.id}`)).json(),
      );
      expect(ofPerson.items[0]?.contactReleasedAt).toBe(released.contactReleasedAt);
      const personAudit = (await (
        await (
          await signIn(app, cast.own.admin.email, TEST_PASSWORD)
        ).get(`/api/audit?entity=person&entityId=${person.id}&action=placement.contact_release`)
      ).json()) as { items: { userId: string }[] };
      expect(personAudit.items.map((item) => item.userId)).toEqual([cast.own.advisor.id]);
    });

    it("refuses before the Zusage, after an end, without consent; another centre's placement is 404", async () => {
      const offer = await createOfferRow(db, cast.own.company);
      const early = await propose(advisor, offer.id, (await consentingPerson()).id);
      expect(early.canReleaseContact).toBe(false);
      const notYet = await expectError(await release(advisor, early.id, early.version), 409, "conflict");
      expect(notYet.details).toEqual({ reason: "placement_not_accepted", stage: "proposed" });
      const { person, placement } = await acceptedByEmployer();
      await withdrawSharingConsent(db, person.id);
      expect((await current(placement.id)).canReleaseContact).toBe(false);
      const withdrawn = await expectError(
        await release(advisor, placement.id, placement.version),
        409,
        "conflict",
      );
      expect(withdrawn.details).toEqual({ reason: "sharing_consent_withdrawn" });
      const stale = await expectError(
        await release(advisor, placement.id, placement.version + 5),
        409,
        "conflict",
      );
      expect(stale.details).toMatchObject({ reason: "stale_version" });
      await expectError(await release(otherAdvisor, placement.id, placement.version), 404, "not_found");
      await expectError(await release(employer, placement.id, placement.version), 403, "forbidden");
      const unchanged = await current(placement.id);
      expect(unchanged).toMatchObject({ contactReleasedAt: null, version: placement.version });
      const audit = await db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "placement.contact_release")
        .where("entity_id", "=", person.id)
        .execute();
      expect(audit).toEqual([]);
    });
  });
});
