import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "#server/db/connect.ts";
import type { Db } from "#server/db/database.ts";
import { runDailyDigest } from "#server/jobs/daily-jobs.ts";
import { newId } from "#server/lib/ids.ts";
import { createLogger } from "#server/lib/logger.ts";
import { nowIso } from "#server/lib/time.ts";
import { runDigest } from "#server/modules/digest/digest.service.ts";
import { createMailer } from "#server/modules/mail/mail.service.ts";
import { AppointmentSchema } from "#shared/schemas/appointment.ts";
import { MailSentSchema, MailSettingsSchema, OutboxListSchema } from "#shared/schemas/mail.ts";
import { PlacementSchema } from "#shared/schemas/placement.ts";
import { berlinInstant } from "#shared/time/berlin-clock.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createOfferRow, giveConsent, giveSharingConsent } from "../factories/employers.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { type ReceivedMail, startSmtpServer } from "../setup/smtp-server.ts";
import { buildApp, setupTestApp, testConfig } from "../setup/test-app.ts";

/** At the moment each mail arrives: the `mail.send` entries of the mail being sent (the audit comes first). */
const auditsAtArrival = new Map<string, number>();
const smtp = await startSmtpServer(async (mail) => {
  const sending = await db
    .selectFrom("mail_outbox")
    .select("id")
    .where("to_address", "=", String(mail.envelopeTo[0]))
    .where("status", "=", "sending")
    .execute();
  const entries = await db
    .selectFrom("audit_log")
    .select("id")
    .where("action", "=", "mail.send")
    .where("entity_id", "in", ["", ...sending.map((row) => row.id)])
    .execute();
  auditsAtArrival.set(mail.messageId ?? "", entries.length);
});
afterAll(() => smtp.close());

const { app, db, database } = await setupTestApp({ smtpUrl: smtp.url });
/** The same database without an SMTP server: mails stay in the outbox. */
const outboxApp = buildApp(database);
const mailer = createMailer(testConfig({ smtpUrl: smtp.url }), createLogger("silent"));
afterAll(() => mailer.transport.close());

const today = todayInBerlin();
const tomorrow = addDays(today, 1);
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let admin: Client;
let otherAdmin: Client;
let employer: Client;
let anonymous: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
  otherAdmin = await signIn(app, cast.other.admin.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
  anonymous = clientFor(app);
});

const headerOf = (mail: ReceivedMail | undefined, key: string) =>
  (mail?.headerLines.find((header) => header.key === key)?.line ?? "").replace(/\r?\n\s+/g, " ");
const textOf = (mail: ReceivedMail) => `${mail.subject ?? ""}\n${mail.text ?? ""}\n${String(mail.html)}`;

async function waitForMails(address: string, count: number) {
  const deadline = Date.now() + 5_000;
  while (smtp.to(address).length < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return smtp.to(address);
}

async function mailAuditsOf(mailId: string) {
  const entries = await db
    .selectFrom("audit_log")
    .leftJoin("audit_persons", "audit_persons.audit_id", "audit_log.id")
    .select(["audit_log.action", "audit_log.details", "audit_persons.person_id"])
    .where("audit_log.entity", "=", "mail")
    .where("audit_log.entity_id", "=", mailId)
    .execute();
  return entries.map((entry) => ({
    action: entry.action,
    personId: entry.person_id,
    details: JSON.parse(entry.details ?? "{}") as Record<string, unknown>,
  }));
}

const outboxRow = (dedupeKey: string) =>
  db.selectFrom("mail_outbox").selectAll().where("dedupe_key", "=", dedupeKey).executeTakeFirst();

/** An advisor of a fresh centre with one of everything the digest lists, for a person "Rami Akte…". */
async function advisorWithADueDay() {
  const centre = await createTwoCentres(db);
  const client = await signIn(app, centre.own.advisor.email, TEST_PASSWORD);
  const file = await createCaseFile(db, client, centre.own.centre.id);
  await db
    .updateTable("persons")
    .set({
      permit_expires_on: addDays(today, 10),
      email: "rami.privat@example.org",
      phone: "+49 5121 123456",
    })
    .where("id", "=", file.personId)
    .execute();
  const now = nowIso();
  await db
    .insertInto("documents")
    .values({
      id: newId(),
      centre_id: centre.own.centre.id,
      person_id: file.personId,
      status: "ready",
      type: "passport",
      file_name: "pass.pdf",
      content_type: "application/pdf",
      size_bytes: 10,
      sha256: null,
      valid_until: addDays(today, 20),
      note: null,
      uploaded_by: centre.own.advisor.id,
      created_at: now,
    })
    .execute();
  await db
    .insertInto("tasks")
    .values({
      id: newId(),
      centre_id: centre.own.centre.id,
      case_id: file.caseId,
      person_id: file.personId,
      title: "ESF Plus: Ergebnis bei Austritt erfassen",
      due_on: addDays(today, 3),
      assignee_id: centre.own.advisor.id,
      done_at: null,
      auto_key: `esf-immediate:${newId()}`,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const booked = await client.post("/api/appointments", {
    personId: file.personId,
    type: "document_check",
    startsAt: berlinInstant(tomorrow, "09:30"),
    endsAt: berlinInstant(tomorrow, "10:00"),
    title: "Pass von Rami Akte mitbringen",
  });
  expect(booked.status).toBe(201);
  const person = await db
    .selectFrom("persons")
    .selectAll()
    .where("id", "=", file.personId)
    .executeTakeFirstOrThrow();
  return { centre, client, file, person, advisor: centre.own.advisor };
}

describe("the advisors' daily digest", () => {
  it("mails each advisor what is due, by initials and links, in text and HTML, audited before it is sent", async () => {
    const { advisor: recipient, person, file } = await advisorWithADueDay();
    const result = await runDailyDigest({ db, instanceId: "digest-a" }, mailer, today);
    expect(result.status).toBe("ran");
    const [mail] = await waitForMails(recipient.email, 1);
    if (!mail) throw new Error("no digest arrived");
    expect(mail.subject).toBe(`Ankommen: Ihr Überblick für den ${today.split("-").reverse().join(".")}`);
    const text = mail.text ?? "";
    for (const heading of [
      "Fällige Aufgaben:",
      "Aufenthaltstitel laufen ab:",
      "Dokumente laufen ab:",
      "ESF-Plus-Ergebnisse fällig:",
      "Termine morgen:",
    ])
      expect(text).toContain(heading);
    expect(text).toContain(`${tomorrow.split("-").reverse().join(".")}, 09:30 · R. A. · Dokumentenprüfung`);
    expect(text).toContain(`http://localhost:3000/persons/${person.id}`);
    expect(text).toContain(`http://localhost:3000/cases/${file.caseId}`);
    expect(String(mail.html)).toContain("<h2>Termine morgen</h2>");
    for (const secret of [person.family_name, "Rami", "rami.privat@example.org", "123456", "Pass von"])
      expect(textOf(mail)).not.toContain(secret);
    expect(headerOf(mail, "list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:3000\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );

    const row = await outboxRow(`advisor_digest:${today}:${recipient.id}`);
    expect(row).toMatchObject({ status: "sent", kind: "advisor_digest", to_address: recipient.email });
    expect(await mailAuditsOf(row?.id ?? "")).toMatchObject([
      {
        action: "mail.send",
        personId: person.id,
        details: {
          kind: "advisor_digest",
          to: `user:${recipient.id}`,
          channel: "advisor_digest",
          recipient: "advisor_mailbox",
        },
      },
    ]);
    expect(auditsAtArrival.get(mail.messageId ?? "")).toBe(1);
  });

  it("sends nothing twice: a second run, a run taken over after a crash, a mail stuck while sending", async () => {
    const { advisor: recipient } = await advisorWithADueDay();
    const day = addDays(today, -2);
    await runDigest(db, mailer, "first-run", day);
    expect(await waitForMails(recipient.email, 1)).toHaveLength(1);
    // The run is retried (its instance died after sending): the claimed mail is not sent again.
    const again = await runDigest(db, mailer, "second-run", day);
    expect(again.skipped).toBeGreaterThanOrEqual(1);
    // An instance claimed the next day's mail and stopped before handing it over: the retry delivers it once.
    const nextDay = addDays(today, -3);
    await runDigest(db, mailer, "crashed-run", nextDay);
    await waitForMails(recipient.email, 2);
    await db
      .updateTable("mail_outbox")
      .set({ status: "queued", sent_at: null })
      .where("dedupe_key", "=", `advisor_digest:${nextDay}:${recipient.id}`)
      .execute();
    const before = smtp.to(recipient.email).length;
    await runDigest(db, mailer, "heir-run", nextDay);
    await runDigest(db, mailer, "heir-run-2", nextDay);
    expect(await waitForMails(recipient.email, before + 1)).toHaveLength(before + 1);
    // One found `sending` may have reached the server already: it is left alone.
    await db
      .updateTable("mail_outbox")
      .set({ status: "sending" })
      .where("dedupe_key", "=", `advisor_digest:${nextDay}:${recipient.id}`)
      .execute();
    await runDigest(db, mailer, "third-run", nextDay);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.to(recipient.email)).toHaveLength(before + 1);
  });

  it("runs once when two instances start the day's digest at the same moment", async () => {
    const { advisor: recipient } = await advisorWithADueDay();
    const handles: DatabaseHandle[] = [];
    const instance = (): Db => {
      if (!database.url && !database.sqliteFile) return db;
      const handle = database.url
        ? connectDatabase({ databaseUrl: database.url, poolSize: 3 })
        : connectDatabase({ sqliteFile: database.sqliteFile ?? "" });
      handles.push(handle);
      return handle.db;
    };
    try {
      const [first, second] = [instance(), instance()];
      for (let round = 0; round < 3; round++) {
        const day = addDays(today, -10 - round);
        const results = await Promise.all([
          runDailyDigest({ db: first, instanceId: "a" }, mailer, day),
          runDailyDigest({ db: second, instanceId: "b" }, mailer, day),
        ]);
        expect(results.map((result) => result.status).sort()).toEqual(["ran", "skipped"]);
        expect(await waitForMails(recipient.email, round + 1)).toHaveLength(round + 1);
      }
      const runs = await db.selectFrom("job_runs").selectAll().where("job", "=", "advisor-digest").execute();
      expect(runs.filter((run) => run.run_key === addDays(today, -10))).toHaveLength(1);
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });
});

async function proposal() {
  const person = await createPerson(db, cast.own.centre.id, {
    familyName: `Nowakowska${Date.now().toString(36)}`,
    givenNames: "Zofia",
    email: "zofia.nowakowska@example.org",
    phone: "+49 5121 987654",
  });
  await giveSharingConsent(db, person, cast.own.advisor.id);
  const offer = await createOfferRow(db, cast.own.company, { title: "Ausbildung Elektroniker/in" });
  const response = await advisor.post("/api/placements", {
    offerId: offer.id,
    personId: person.id,
    advisorNote: "Zofia spricht gut Deutsch",
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return { person, offer, placement: PlacementSchema.parse(await response.json()) };
}

describe("mails to employers", () => {
  it("tells the company's users of a proposal and an interview by pseudonym and link, nothing of the person", async () => {
    const before = smtp.to(cast.own.employer.email).length;
    const { person, offer, placement } = await proposal();
    const booked = await advisor.post("/api/appointments", {
      personId: person.id,
      placementId: placement.id,
      type: "employer_interview",
      startsAt: berlinInstant(tomorrow, "14:00"),
      endsAt: berlinInstant(tomorrow, "15:00"),
      title: "Gespräch mit Zofia",
      location: "Werkstatt Nowakowska-Straße 1",
    });
    expect(booked.status).toBe(201);
    const appointment = AppointmentSchema.parse(await booked.json());
    const mails = (await waitForMails(cast.own.employer.email, before + 2)).slice(before);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Ankommen: Neue Kandidatin oder neuer Kandidat für Ihr Angebot",
      "Ankommen: Vorstellungsgespräch vereinbart",
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain(placement.pseudonym);
      expect(mail.text).toContain(`http://localhost:3000/portal/offers/${offer.id}`);
      const seen = textOf(mail).toLowerCase();
      for (const secret of [
        person.family_name,
        person.given_names,
        "zofia",
        "nowakowska",
        "987654",
        "5121",
        "Gespräch mit",
        "spricht gut",
      ])
        expect(seen).not.toContain(secret.toLowerCase());
    }
    expect(mails[1]?.text).toContain(`${tomorrow.split("-").reverse().join(".")}, 14:00`);
    const proposed = await outboxRow(`employer_notice:proposed:${placement.id}:${cast.own.employer.id}`);
    const interview = await outboxRow(`employer_notice:interview:${appointment.id}:${cast.own.employer.id}`);
    for (const row of [proposed, interview]) {
      expect(row?.status).toBe("sent");
      expect(await mailAuditsOf(row?.id ?? "")).toMatchObject([
        {
          action: "mail.send",
          personId: person.id,
          details: { kind: "employer_notice", channel: "employer_notice", recipient: "employer" },
        },
      ]);
    }
  });

  it("sends no notice to an employer user who switched that kind off in their settings", async () => {
    const colleague = await createUser(db, {
      role: "employer",
      centreId: cast.own.centre.id,
      companyId: cast.own.company.id,
    });
    const client = await signIn(app, colleague.email, TEST_PASSWORD);
    const updated = await client.patch("/api/mail-settings", {
      language: "en",
      unsubscribed: ["employer_notice"],
    });
    expect(updated.status).toBe(200);
    expect(MailSettingsSchema.parse(await updated.json())).toEqual({
      language: "en",
      kinds: [{ kind: "employer_notice", subscribed: false }],
    });
    const before = smtp.to(cast.own.employer.email).length;
    const { placement } = await proposal();
    await waitForMails(cast.own.employer.email, before + 1);
    expect(smtp.to(colleague.email)).toHaveLength(0);
    expect(await outboxRow(`employer_notice:proposed:${placement.id}:${colleague.id}`)).toBeUndefined();
    expect(await outboxRow(`employer_notice:proposed:${placement.id}:${cast.own.employer.id}`)).toBeDefined();
    const refused = await client.patch("/api/mail-settings", { unsubscribed: ["advisor_digest"] });
    const error = await expectError(refused, 422, "validation_failed");
    expect(error.details).toEqual([
      expect.objectContaining({ path: "unsubscribed.0", code: "unknown_field" }),
    ]);
  });
});

async function appointmentOf(options: { consent: boolean; email?: string | null; languages?: string[] }) {
  const person = await createPerson(db, cast.own.centre.id, {
    familyName: `Osei${Date.now().toString(36)}`,
    givenNames: "Kwame",
    email: options.email === undefined ? "kwame.osei@example.org" : options.email,
    ...(options.languages && { languages: options.languages }),
  });
  if (options.consent) await giveConsent(db, person, cast.own.advisor.id, "counselling");
  const response = await advisor.post("/api/appointments", {
    personId: person.id,
    type: "consultation",
    startsAt: berlinInstant(tomorrow, "11:00"),
    endsAt: berlinInstant(tomorrow, "11:45"),
    location: "Welcome Center, Raum 3",
  });
  expect(response.status).toBe(201);
  return { person, appointment: AppointmentSchema.parse(await response.json()) };
}

describe("appointment confirmations to the person", () => {
  it("sends the time and place on request, with the person's consent, audited, once per version", async () => {
    const { person, appointment } = await appointmentOf({ consent: true });
    const response = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect(response.status, await response.clone().text()).toBe(201);
    const sent = MailSentSchema.parse(await response.json());
    expect(sent.status).toBe("sent");
    const [mail] = await waitForMails("kwame.osei@example.org", 1);
    expect(mail?.subject).toBe(`Ihr Termin am ${tomorrow.split("-").reverse().join(".")}, 11:00`);
    expect(mail?.text).toContain("11:00 – 11:45 · Beratung, Welcome Center, Raum 3");
    expect(textOf(mail as ReceivedMail)).not.toContain(person.family_name);
    expect(await mailAuditsOf(sent.id)).toMatchObject([
      { action: "mail.send", personId: person.id, details: { channel: "appointment_confirmation" } },
    ]);
    const twice = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect((await expectError(twice, 409, "conflict")).details).toMatchObject({
      reason: "mail_already_sent",
    });
  });

  it("writes in English when asked (or when the person speaks English and no German)", async () => {
    const { appointment } = await appointmentOf({
      consent: true,
      email: "english@example.org",
      languages: ["en"],
    });
    const response = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect(response.status).toBe(201);
    const [mail] = await waitForMails("english@example.org", 1);
    expect(mail?.subject).toMatch(/^Your appointment on /);
    expect(mail?.text).toContain("Counselling");
    expect(String(mail?.html)).toContain('<html lang="en">');
  });

  it("refuses without the counselling consent: 409, nothing sent, nothing left in the outbox", async () => {
    const { appointment } = await appointmentOf({ consent: false, email: "no.consent@example.org" });
    const response = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect((await expectError(response, 409, "conflict")).details).toMatchObject({
      reason: "no_mail_consent",
      purpose: "counselling",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.to("no.consent@example.org")).toHaveLength(0);
    expect(await outboxRow(`appointment_confirmation:${appointment.id}:v1`)).toBeUndefined();
  });

  it("refuses a person without an address, and another centre's appointment is not found", async () => {
    const { appointment } = await appointmentOf({ consent: true, email: null });
    const response = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect((await expectError(response, 409, "conflict")).details).toMatchObject({
      reason: "no_mail_address",
    });
    const other = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    await expectError(
      await other.post(`/api/appointments/${appointment.id}/confirmation`, {}),
      404,
      "not_found",
    );
  });
});

describe("mails and erasure", () => {
  it("drops the mails to an anonymised person's address and blanks the texts naming them", async () => {
    const { person, appointment } = await appointmentOf({ consent: true, email: "erase.me@example.org" });
    const sent = MailSentSchema.parse(
      await (await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {})).json(),
    );
    const { advisor: recipient, person: digestPerson } = await advisorWithADueDay();
    const day = addDays(today, -5);
    await runDigest(db, mailer, "before-erasure", day);
    const digestKey = `advisor_digest:${day}:${recipient.id}`;
    expect((await outboxRow(digestKey))?.text_body).toContain("R. A.");
    for (const [erased, client] of [
      [person, advisor],
      [digestPerson, await signIn(app, recipient.email, TEST_PASSWORD)],
    ] as const) {
      const response = await client.post(`/api/persons/${erased.id}/anonymise`, {
        version: erased.version,
        reason: "Antrag auf Löschung",
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }
    expect(await db.selectFrom("mail_outbox").select("id").where("id", "=", sent.id).execute()).toEqual([]);
    expect(await outboxRow(digestKey)).toMatchObject({ subject: "", text_body: "", html_body: "" });
  });
});

describe("unsubscribing by the signed link", () => {
  it("stops that kind for that mailbox, without signing in; a changed link is refused naming the field", async () => {
    const { appointment, person } = await appointmentOf({ consent: true, email: "leave.me@example.org" });
    expect((await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {})).status).toBe(201);
    const [mail] = await waitForMails("leave.me@example.org", 1);
    const link = String(mail?.text).match(/https?:\/\/\S+\/unsubscribe\?token=(\S+)/);
    const token = link?.[1] ?? "";
    expect(token).not.toBe("");

    const forged = await anonymous.post("/api/mail-settings/unsubscribe", {
      token: `${token.slice(0, -2)}xx`,
    });
    const error = await expectError(forged, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "token", code: "mail_link_invalid" })]);

    const done = await anonymous.post("/api/mail-settings/unsubscribe", { token });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ kind: "appointment_confirmation" });
    const audit = await db
      .selectFrom("audit_log")
      .select(["entity", "entity_id"])
      .where("action", "=", "mail.unsubscribe")
      .where("entity_id", "=", person.id)
      .execute();
    expect(audit).toEqual([{ entity: "person", entity_id: person.id }]);

    const moved = await advisor.patch(`/api/appointments/${appointment.id}`, {
      version: appointment.version,
      location: "Raum 4",
    });
    expect(moved.status).toBe(200);
    const again = await advisor.post(`/api/appointments/${appointment.id}/confirmation`, {});
    expect((await expectError(again, 409, "conflict")).details).toMatchObject({
      reason: "mail_unsubscribed",
    });
    expect(smtp.to("leave.me@example.org")).toHaveLength(1);
  });

  it("stops the digest for an advisor who followed its link", async () => {
    const { advisor: recipient } = await advisorWithADueDay();
    const day = addDays(today, -20);
    await runDigest(db, mailer, "before-unsubscribe", day);
    const [mail] = await waitForMails(recipient.email, 1);
    const token = headerOf(mail, "list-unsubscribe").match(/token=([^>]+)/)?.[1] ?? "";
    expect((await anonymous.post("/api/mail-settings/unsubscribe", { token })).status).toBe(200);
    await runDigest(db, mailer, "after-unsubscribe", addDays(today, -21));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.to(recipient.email)).toHaveLength(1);
    const own = await signIn(app, recipient.email, TEST_PASSWORD);
    expect(MailSettingsSchema.parse(await (await own.get("/api/mail-settings")).json()).kinds).toEqual([
      { kind: "advisor_digest", subscribed: false },
    ]);
  });
});

describe("the outbox without SMTP_URL", () => {
  it("keeps mails as held, for the centre's admin to read; other centres' admins see none of them", async () => {
    const { appointment } = await appointmentOf({ consent: true, email: "held@example.org" });
    const outboxAdvisor = await signIn(outboxApp, cast.own.advisor.email, TEST_PASSWORD);
    const response = await outboxAdvisor.post(`/api/appointments/${appointment.id}/confirmation`, {
      language: "de",
    });
    expect(response.status).toBe(201);
    const sent = MailSentSchema.parse(await response.json());
    expect(sent.status).toBe("held");
    expect(smtp.to("held@example.org")).toHaveLength(0);

    const list = await admin.get("/api/admin/outbox?limit=100");
    expect(list.status).toBe(200);
    const entry = OutboxListSchema.parse(await list.json()).items.find((item) => item.id === sent.id);
    expect(entry).toMatchObject({ kind: "appointment_confirmation", to: "held@example.org", status: "held" });
    expect(entry?.text).toContain("Beratung, Welcome Center, Raum 3");

    const foreign = OutboxListSchema.parse(await (await otherAdmin.get("/api/admin/outbox")).json());
    expect(foreign.items.map((item) => item.id)).not.toContain(sent.id);
    await expectError(await advisor.get("/api/admin/outbox"), 403, "forbidden");
    await expectError(await employer.get("/api/admin/outbox"), 403, "forbidden");
  });
});
