import { beforeAll, describe, expect, it } from "vitest";
import {
  AppointmentListSchema,
  AppointmentSchema,
  EmployerAppointmentListSchema,
} from "#shared/schemas/appointment.ts";
import { createOfferRow, createPlacementRow, giveSharingConsent } from "../factories/employers.ts";
import {
  createCompany,
  createPerson,
  createTwoCentres,
  createUser,
  TEST_PASSWORD,
} from "../factories/index.ts";
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

let serial = 0;
const personOf = (centre = cast.own) =>
  createPerson(db, centre.centre.id, { familyName: `Okonkwo${serial++}x${Date.now().toString(36)}` });

async function book(client: Client, body: Record<string, unknown>) {
  const response = await client.post("/api/appointments", body);
  expect(response.status, await response.clone().text()).toBe(201);
  return AppointmentSchema.parse(await response.json());
}

const consultation = (personId: string, startsAt: string, endsAt: string) => ({
  personId,
  type: "consultation",
  startsAt,
  endsAt,
});

async function listOf(client: Client, query: string) {
  const response = await client.get(`/api/appointments?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return AppointmentListSchema.parse(await response.json()).items;
}

describe("appointments", () => {
  it("books, lists by Berlin days, changes with the version and cancels, each change audited", async () => {
    const person = await personOf();
    const booked = await book(advisor, {
      ...consultation(person.id, "2026-11-10T09:00:00+01:00", "2026-11-10T10:00:00+01:00"),
      title: "Anerkennung besprechen",
      location: "Raum 2",
    });
    expect(booked).toMatchObject({
      personId: person.id,
      personName: `${person.given_names} ${person.family_name}`,
      advisorId: cast.own.advisor.id,
      type: "consultation",
      startsAt: "2026-11-10T08:00:00.000Z",
      endsAt: "2026-11-10T09:00:00.000Z",
      title: "Anerkennung besprechen",
      location: "Raum 2",
      online: false,
      cancelledAt: null,
      version: 1,
    });
    expect((await listOf(advisor, "from=2026-11-09&to=2026-11-15")).map((item) => item.id)).toContain(
      booked.id,
    );
    expect((await listOf(advisor, "from=2026-11-11&to=2026-11-15")).map((item) => item.id)).not.toContain(
      booked.id,
    );

    const moved = await advisor.patch(`/api/appointments/${booked.id}`, {
      version: 1,
      startsAt: "2026-11-10T13:00:00.000Z",
      endsAt: "2026-11-10T14:00:00.000Z",
      online: true,
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    expect(AppointmentSchema.parse(await moved.json())).toMatchObject({
      startsAt: "2026-11-10T13:00:00.000Z",
      online: true,
      version: 2,
    });
    const stale = await advisor.patch(`/api/appointments/${booked.id}`, { version: 1, title: "Alt" });
    const conflict = await expectError(stale, 409, "conflict");
    expect(conflict.details).toMatchObject({ reason: "stale_version", current: { version: 2 } });

    const cancelled = await advisor.post(`/api/appointments/${booked.id}/cancel`, { version: 2 });
    expect(cancelled.status, await cancelled.clone().text()).toBe(200);
    expect(AppointmentSchema.parse(await cancelled.json()).cancelledAt).not.toBeNull();
    const listed = (await listOf(advisor, "from=2026-11-10&to=2026-11-10")).find(
      (item) => item.id === booked.id,
    );
    expect(listed?.cancelledAt).not.toBeNull();
    const again = await advisor.patch(`/api/appointments/${booked.id}`, { version: 3, title: "Neu" });
    await expectError(again, 409, "conflict");

    const actions = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", booked.id)
      .orderBy("at")
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      "appointment.create",
      "appointment.update",
      "appointment.cancel",
    ]);
  });

  it("answers 422 naming endsAt when the end is not after the start, on booking and on moving", async () => {
    const person = await personOf();
    const refused = await advisor.post(
      "/api/appointments",
      consultation(person.id, "2026-11-10T10:00:00.000Z", "2026-11-10T10:00:00.000Z"),
    );
    const error = await expectError(refused, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "endsAt" })]);

    const booked = await book(
      advisor,
      consultation(person.id, "2026-11-10T10:00:00.000Z", "2026-11-10T11:00:00.000Z"),
    );
    const moved = await advisor.patch(`/api/appointments/${booked.id}`, {
      version: 1,
      endsAt: "2026-11-10T09:00:00.000Z",
    });
    const movedError = await expectError(moved, 422, "validation_failed");
    expect(movedError.details).toEqual([expect.objectContaining({ path: "endsAt" })]);
  });

  it("reads from and to as Berlin days across the change to winter time, at most 92 days", async () => {
    const person = await personOf();
    // 25 October 2026, 23:30 in Berlin (CET, UTC+1) is 22:30 UTC: still the 25th.
    const late = await book(
      advisor,
      consultation(person.id, "2026-10-25T22:30:00.000Z", "2026-10-25T22:50:00.000Z"),
    );
    const onThe25th = await listOf(advisor, `from=2026-10-25&to=2026-10-25&personId=${person.id}`);
    expect(onThe25th.map((item) => item.id)).toEqual([late.id]);
    expect(await listOf(advisor, `from=2026-10-26&to=2026-10-26&personId=${person.id}`)).toEqual([]);

    const tooLong = await advisor.get("/api/appointments?from=2026-01-01&to=2026-04-30");
    const error = await expectError(tooLong, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "to" })]);
    const backwards = await advisor.get("/api/appointments?from=2026-02-01&to=2026-01-01");
    await expectError(backwards, 422, "validation_failed");
  });

  it("keeps each centre's appointments to itself: another centre's appointment answers 404", async () => {
    const person = await personOf();
    const booked = await book(
      advisor,
      consultation(person.id, "2026-11-12T10:00:00.000Z", "2026-11-12T11:00:00.000Z"),
    );
    await expectError(
      await otherAdvisor.patch(`/api/appointments/${booked.id}`, { version: 1, title: "Fremd" }),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.post(`/api/appointments/${booked.id}/cancel`, { version: 1 }),
      404,
      "not_found",
    );
    expect(
      (await listOf(otherAdvisor, "from=2026-11-12&to=2026-11-12")).map((item) => item.id),
    ).not.toContain(booked.id);
    const foreignPerson = await otherAdvisor.post(
      "/api/appointments",
      consultation(person.id, "2026-11-12T10:00:00.000Z", "2026-11-12T11:00:00.000Z"),
    );
    const error = await expectError(foreignPerson, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "personId" })]);
  });

  it("shows an employer the interview on its candidate: date, time, type and place, no name", async () => {
    const person = await personOf();
    await giveSharingConsent(db, person, cast.own.advisor.id);
    const offer = await createOfferRow(db, cast.own.company);
    const placement = await createPlacementRow(db, offer, person, "interview");
    const interview = await book(advisor, {
      ...consultation(person.id, "2026-11-13T09:00:00.000Z", "2026-11-13T10:00:00.000Z"),
      type: "employer_interview",
      placementId: placement.id,
      title: `Gespräch mit ${person.family_name}`,
      location: "Werkstatt, Hauptstraße 5",
    });
    await book(advisor, consultation(person.id, "2026-11-14T09:00:00.000Z", "2026-11-14T10:00:00.000Z"));

    const response = await employer.get(`/api/candidates/${placement.id}/appointments`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(EmployerAppointmentListSchema.parse(JSON.parse(text)).items).toEqual([
      {
        id: interview.id,
        type: "employer_interview",
        startsAt: "2026-11-13T09:00:00.000Z",
        endsAt: "2026-11-13T10:00:00.000Z",
        location: "Werkstatt, Hauptstraße 5",
        online: false,
      },
    ]);
    expect(text).not.toContain(person.family_name);
    expect(text).not.toContain(person.given_names);

    const otherCompany = await createCompany(db, cast.own.centre.id);
    const stranger = await createUser(db, {
      role: "employer",
      centreId: cast.own.centre.id,
      companyId: otherCompany.id,
    });
    const strangerClient = await signIn(app, stranger.email, TEST_PASSWORD);
    await expectError(
      await strangerClient.get(`/api/candidates/${placement.id}/appointments`),
      404,
      "not_found",
    );

    const wrongType = await advisor.post("/api/appointments", {
      ...consultation(person.id, "2026-11-13T09:00:00.000Z", "2026-11-13T10:00:00.000Z"),
      placementId: placement.id,
    });
    const error = await expectError(wrongType, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "placementId" })]);
  });

  it("lists the person's appointments in the Art. 15 export", async () => {
    const person = await personOf();
    const booked = await book(advisor, {
      ...consultation(person.id, "2026-11-18T09:00:00.000Z", "2026-11-18T10:00:00.000Z"),
      location: "Raum 4",
    });
    const response = await advisor.get(`/api/persons/${person.id}/export`);
    expect(response.status).toBe(200);
    const bundle = JSON.parse(await response.text()) as { appointments: unknown[] };
    expect(bundle.appointments).toEqual([expect.objectContaining({ id: booked.id, location: "Raum 4" })]);
  });

  it("refuses changes for an anonymised person and blanks the title and place of their appointments", async () => {
    const person = await personOf();
    const booked = await book(advisor, {
      ...consultation(person.id, "2026-11-16T09:00:00.000Z", "2026-11-16T10:00:00.000Z"),
      title: `Termin ${person.family_name}`,
      location: "Bei Familie im Wohnheim",
    });
    const anonymised = await advisor.post(`/api/persons/${person.id}/anonymise`, {
      version: 1,
      reason: "Antrag auf Löschung",
    });
    expect(anonymised.status, await anonymised.clone().text()).toBe(200);

    const listed = (await listOf(advisor, `from=2026-11-16&to=2026-11-16&personId=${person.id}`))[0];
    expect(listed).toMatchObject({ id: booked.id, title: null, location: null });
    const patched = await advisor.patch(`/api/appointments/${booked.id}`, { version: 1, title: "Neu" });
    expect((await expectError(patched, 409, "conflict")).details).toMatchObject({
      reason: "person_anonymised",
    });
    const newOne = await advisor.post(
      "/api/appointments",
      consultation(person.id, "2026-11-17T09:00:00.000Z", "2026-11-17T10:00:00.000Z"),
    );
    expect((await expectError(newOne, 409, "conflict")).details).toMatchObject({
      reason: "person_anonymised",
    });
  });
});
