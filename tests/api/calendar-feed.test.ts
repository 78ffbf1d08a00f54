import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { AppointmentSchema, CalendarFeedCreatedSchema } from "#shared/schemas/appointment.ts";
import { berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let colleague: Client;
const anonymous = () => clientFor(app);

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  const second = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  colleague = await signIn(app, second.email, TEST_PASSWORD);
});

let serial = 0;
const personOf = () =>
  createPerson(db, cast.own.centre.id, {
    givenNames: "Amara",
    familyName: `Nwosu${serial++}x${Date.now().toString(36)}`,
  });

async function book(client: Client, body: Record<string, unknown>) {
  const response = await client.post("/api/appointments", body);
  expect(response.status, await response.clone().text()).toBe(201);
  return AppointmentSchema.parse(await response.json());
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

/** RFC 5545: every line ends in CRLF and is at most 75 octets long. */
function expectWellFormedLines(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n"))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

async function auditEntriesOf(action: string, userId: string) {
  return db
    .selectFrom("audit_log")
    .select(["id", "details", "user_id"])
    .where("action", "=", action)
    .where("user_id", "=", userId)
    .execute();
}

describe("calendar download", () => {
  it("is valid iCalendar with the right times on both sides of the change to winter time, naming no one", async () => {
    const person = await personOf();
    const location =
      "Welcome Center, Raum 3; Eingang B, Zollstraße 12 – bitte am Empfang melden, 2. Obergeschoss";
    const beforeSwitch = await book(advisor, {
      personId: person.id,
      type: "document_check",
      startsAt: "2026-10-24T07:00:00.000Z",
      endsAt: "2026-10-24T08:00:00.000Z",
      title: `Pass von ${person.family_name}`,
      location,
    });
    const afterSwitch = await book(advisor, {
      personId: person.id,
      type: "consultation",
      startsAt: "2026-10-25T08:00:00.000Z",
      endsAt: "2026-10-25T09:00:00.000Z",
      online: true,
    });

    const response = await advisor.get("/api/appointments.ics?from=2026-10-24&to=2026-10-25");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="termine-/);
    const text = await response.text();
    expectWellFormedLines(text);
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).not.toContain(person.family_name);
    expect(text).not.toContain("Amara");

    const events = eventsOf(text);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const before = byUid.get(`${beforeSwitch.id}@ankommen`);
    const after = byUid.get(`${afterSwitch.id}@ankommen`);
    // 09:00 in Berlin on both days: CEST (UTC+2) on the 24th, CET (UTC+1) after the switch on the 25th.
    expect(before?.startDate.toJSDate().toISOString()).toBe("2026-10-24T07:00:00.000Z");
    expect(after?.startDate.toJSDate().toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(berlinTimeOf(before?.startDate.toJSDate().toISOString() ?? "")).toBe("09:00");
    expect(berlinTimeOf(after?.startDate.toJSDate().toISOString() ?? "")).toBe("09:00");
    expect(before?.summary).toBe("Dokumentenprüfung · A. N.");
    expect(before?.location).toBe(location);
    expect(after?.summary).toBe("Beratung · A. N.");
    expect(after?.location).toBe("Online");
    expect(after?.description).toContain(`http://localhost/persons/${person.id}`);
  });

  it("is audited through the disclosure gate naming the persons in it", async () => {
    const person = await personOf();
    await book(advisor, {
      personId: person.id,
      type: "other",
      startsAt: "2026-09-01T08:00:00.000Z",
      endsAt: "2026-09-01T09:00:00.000Z",
    });
    const response = await advisor.get("/api/appointments.ics?from=2026-09-01&to=2026-09-01");
    expect(response.status).toBe(200);
    const entry = await db
      .selectFrom("audit_log")
      .select(["id", "action", "details"])
      .where("request_id", "=", response.headers.get("x-request-id") ?? "")
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("appointment.calendar.export");
    expect(JSON.parse(entry.details ?? "{}")).toMatchObject({ channel: "calendar_feed", via: "download" });
    const persons = await db
      .selectFrom("audit_persons")
      .select("person_id")
      .where("audit_id", "=", entry.id)
      .execute();
    expect(persons.map((row) => row.person_id)).toContain(person.id);
  });
});

describe("calendar subscription", () => {
  it("opens the advisor's own appointments by a secret address, audits every fetch, and 404s once revoked", async () => {
    const person = await personOf();
    const day = addDays(todayInBerlin(), 2);
    const mine = await book(advisor, {
      personId: person.id,
      type: "betriebssprachtag",
      startsAt: `${day}T07:00:00.000Z`,
      endsAt: `${day}T12:00:00.000Z`,
    });
    const cancelled = await book(advisor, {
      personId: person.id,
      type: "consultation",
      startsAt: `${day}T13:00:00.000Z`,
      endsAt: `${day}T14:00:00.000Z`,
    });
    await advisor.post(`/api/appointments/${cancelled.id}/cancel`, { version: 1 });
    const theirs = await book(colleague, {
      personId: person.id,
      type: "consultation",
      startsAt: `${day}T09:00:00.000Z`,
      endsAt: `${day}T10:00:00.000Z`,
    });

    expect(await (await advisor.get("/api/calendar-feed")).json()).toMatchObject({ active: false });
    const created = await advisor.post("/api/calendar-feed");
    expect(created.status).toBe(201);
    const { url } = CalendarFeedCreatedSchema.parse(await created.json());
    expect(url).toMatch(/^http:\/\/localhost\/api\/calendar-feed\/[\w-]{43}\.ics$/);
    const path = new URL(url).pathname;
    const token =
      path
        .split("/")
        .pop()
        ?.replace(/\.ics$/, "") ?? "";
    const stored = await db.selectFrom("calendar_feed_tokens").selectAll().execute();
    expect(stored.some((row) => row.token_hash.includes(token))).toBe(false);

    const auditedBefore = (await auditEntriesOf("appointment.calendar.export", cast.own.advisor.id)).length;
    for (let fetch = 0; fetch < 2; fetch++) {
      const response = await anonymous().get(path);
      expect(response.status).toBe(200);
      const text = await response.text();
      expectWellFormedLines(text);
      const uids = eventsOf(text).map((event) => event.uid);
      expect(uids).toContain(`${mine.id}@ankommen`);
      expect(uids).not.toContain(`${cancelled.id}@ankommen`);
      expect(uids).not.toContain(`${theirs.id}@ankommen`);
      expect(text).not.toContain(person.family_name);
    }
    const audited = await auditEntriesOf("appointment.calendar.export", cast.own.advisor.id);
    expect(audited.length).toBe(auditedBefore + 2);
    expect(JSON.parse(audited.at(-1)?.details ?? "{}")).toMatchObject({
      channel: "calendar_feed",
      via: "subscription",
    });
    expect(await (await advisor.get("/api/calendar-feed")).json()).toMatchObject({ active: true });

    const rotated = CalendarFeedCreatedSchema.parse(await (await advisor.post("/api/calendar-feed")).json());
    await expectError(await anonymous().get(path), 404, "not_found");
    expect((await anonymous().get(new URL(rotated.url).pathname)).status).toBe(200);

    const revoked = await advisor.delete("/api/calendar-feed");
    expect(revoked.status).toBe(204);
    await expectError(await anonymous().get(new URL(rotated.url).pathname), 404, "not_found");
    expect(await (await advisor.get("/api/calendar-feed")).json()).toMatchObject({ active: false });
  });

  it("answers 404 for an unknown token and for the token of a deactivated advisor", async () => {
    await expectError(await anonymous().get("/api/calendar-feed/unbekannt.ics"), 404, "not_found");
    const leaver = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const client = await signIn(app, leaver.email, TEST_PASSWORD);
    const { url } = CalendarFeedCreatedSchema.parse(await (await client.post("/api/calendar-feed")).json());
    expect((await anonymous().get(new URL(url).pathname)).status).toBe(200);
    await db.updateTable("users").set({ active: 0 }).where("id", "=", leaver.id).execute();
    await expectError(await anonymous().get(new URL(url).pathname), 404, "not_found");
  });
});
