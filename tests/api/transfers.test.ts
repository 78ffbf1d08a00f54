import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { TransferListSchema, TransferSchema } from "#shared/schemas/transfer.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { samplePdf, uploadFile } from "../factories/documents.ts";
import { createOfferRow, createPlacementRow } from "../factories/employers.ts";
import { createCentre, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { insertCase, insertEnrolment, insertProgramme } from "../factories/stats.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let giver: Client;
let receiver: Client;
let bystander: Client;
let manager: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  const third = await createCentre(db, { district: "lk-holzminden" });
  const thirdAdvisor = await createUser(db, { role: "advisor", centreId: third.id });
  giver = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  receiver = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  bystander = await signIn(app, thirdAdvisor.email, TEST_PASSWORD);
  manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
});

const consent = () => ({ givenOn: todayInBerlin(), channel: "paper", noticeVersion: "2026-01" });

async function offer(personId: string, toCentreId = cast.other.centre.id) {
  const response = await giver.post(`/api/persons/${personId}/transfers`, { toCentreId, consent: consent() });
  expect(response.status, await response.clone().text()).toBe(201);
  return TransferSchema.parse(await response.json());
}

async function transfersOf(client: Client, query: string) {
  const response = await client.get(`/api/transfers?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return TransferListSchema.parse(await response.json()).items;
}

const auditOf = (transferId: string) =>
  db
    .selectFrom("audit_log")
    .select(["action", "centre_id", "user_id"])
    .where("entity_id", "=", transferId)
    .orderBy("at")
    .execute();

const centreOf = async (table: "cases" | "language_entries" | "person_consents" | "documents", id: string) =>
  (await db.selectFrom(table).select("centre_id").where("id", "=", id).executeTakeFirstOrThrow()).centre_id;

/** Tables whose rows name the person and still sit in the centre: moved, or relinked to the kept record, none stay. */
async function rowsLeftAt(centreId: string, personId: string) {
  const left: string[] = [];
  for (const table of await db.introspection.getTables()) {
    const columns = table.columns.map((column) => column.name);
    if (!columns.includes("person_id") || !columns.includes("centre_id")) continue;
    const { rows } = await sql<{ count: string | number }>`select count(*) as count from ${sql.table(
      table.name,
    )} where person_id = ${personId} and centre_id = ${centreId}`.execute(db);
    if (Number(rows[0]?.count) > 0) left.push(table.name);
  }
  return left;
}

describe("transfers between centres", () => {
  it("offers a person to another centre with the person's consent, which sees only initials, birth year and concerns", async () => {
    const file = await createCaseFile(db, giver, cast.own.centre.id);
    const offered = await offer(file.personId);
    expect(offered).toMatchObject({
      direction: "outgoing",
      status: "pending",
      personId: file.personId,
      toCentreId: cast.other.centre.id,
      preview: { concerns: ["job_search"] },
    });
    const consents = await (await giver.get(`/api/persons/${file.personId}/consents`)).json();
    expect(consents.items.map((item: { purpose: string }) => item.purpose)).toContain("centre_transfer");

    const [incoming] = (await transfersOf(receiver, "direction=incoming&status=pending")).filter(
      (item) => item.id === offered.id,
    );
    expect(incoming).toMatchObject({
      direction: "incoming",
      personId: null,
      fromCentreId: cast.own.centre.id,
    });
    expect(incoming?.preview?.initials).toMatch(/^\p{Lu}\. \p{Lu}\.$/u);
    expect(JSON.stringify(incoming)).not.toContain("Akte");
    await expectError(await receiver.get(`/api/persons/${file.personId}`), 404, "not_found");
    await expectError(await receiver.get(`/api/cases/${file.caseId}`), 404, "not_found");
    expect((await transfersOf(giver, `direction=outgoing&personId=${file.personId}`))[0]?.id).toBe(
      offered.id,
    );
    expect(await auditOf(offered.id)).toEqual(
      expect.arrayContaining([
        { action: "transfer.offer", centre_id: cast.own.centre.id, user_id: cast.own.advisor.id },
        { action: "transfer.offer", centre_id: cast.other.centre.id, user_id: cast.own.advisor.id },
      ]),
    );
  });

  it("moves the person, open case, timeline, language, documents and consents on acceptance; the giver answers 404 and keeps the entry", async () => {
    const file = await createCaseFile(db, giver, cast.own.centre.id);
    const closed = await insertCase(db, cast.own.centre.id, file.personId, "2025-01-10", "2025-06-30");
    const programme = await insertProgramme(db, cast.own.centre.id, `ESF ${Date.now()}`);
    const enrolment = await insertEnrolment(
      db,
      programme.id,
      { id: file.personId, centre_id: cast.own.centre.id },
      { enteredOn: "2025-02-01" },
    );
    const language = await giver.post(`/api/persons/${file.personId}/language`, {
      source: "assessment",
      date: todayInBerlin(),
      levels: { speaking: "B1" },
      assessorType: "advisor",
      assessorName: "Beraterin",
    });
    expect(language.status, await language.clone().text()).toBe(201);
    const languageId = ((await language.json()) as { id: string }).id;
    const upload = await uploadFile(app, giver, file.personId, {
      bytes: samplePdf(["Lebenslauf"]),
      type: "cv",
      mime: "application/pdf",
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const documentId = ((await upload.json()) as { document: { id: string } }).document.id;
    const ownPerson = { id: file.personId, centre_id: cast.own.centre.id };
    const placement = await createPlacementRow(db, await createOfferRow(db, cast.own.company), ownPerson);
    const booked = await giver.post("/api/appointments", {
      personId: file.personId,
      type: "consultation",
      startsAt: "2099-03-02T09:00:00.000Z",
      endsAt: "2099-03-02T10:00:00.000Z",
      location: "Raum 4",
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    const appointmentId = ((await booked.json()) as { id: string }).id;
    const offered = await offer(file.personId);

    const response = await receiver.post(`/api/transfers/${offered.id}/accept`, { version: offered.version });
    expect(response.status, await response.clone().text()).toBe(200);
    const accepted = TransferSchema.parse(await response.json());
    expect(accepted).toMatchObject({ status: "accepted", personId: file.personId, preview: null });

    const person = await receiver.get(`/api/persons/${file.personId}`);
    expect(person.status).toBe(200);
    expect(await person.json()).toMatchObject({ openCase: { id: file.caseId } });
    expect((await receiver.get(`/api/cases/${file.caseId}`)).status).toBe(200);
    const timeline = await (await receiver.get(`/api/cases/${file.caseId}/activities`)).json();
    expect(JSON.stringify(timeline)).toContain("Erstgespräch");
    expect(await centreOf("language_entries", languageId)).toBe(cast.other.centre.id);
    expect(await centreOf("documents", documentId)).toBe(cast.other.centre.id);
    expect(await centreOf("person_consents", file.consentId)).toBe(cast.other.centre.id);
    expect((await receiver.get(`/api/documents/${documentId}/content`)).status).toBe(200);

    await expectError(await giver.get(`/api/persons/${file.personId}`), 404, "not_found");
    await expectError(await giver.get(`/api/cases/${file.caseId}`), 404, "not_found");
    const [kept] = await transfersOf(giver, "direction=outgoing&status=accepted").then((items) =>
      items.filter((item) => item.id === offered.id),
    );
    expect(kept).toMatchObject({ status: "accepted", personId: null, toCentreName: cast.other.centre.name });

    const transferRow = await db
      .selectFrom("person_transfers")
      .select("kept_person_id")
      .where("id", "=", offered.id)
      .executeTakeFirstOrThrow();
    const keptPerson = await db
      .selectFrom("persons")
      .selectAll()
      .where("id", "=", transferRow.kept_person_id ?? "")
      .executeTakeFirstOrThrow();
    expect(keptPerson).toMatchObject({
      centre_id: cast.own.centre.id,
      family_name: "Übergeben",
      email: null,
    });
    await expectError(await giver.get(`/api/persons/${keptPerson.id}`), 404, "not_found");
    expect(await centreOf("cases", closed.id)).toBe(cast.own.centre.id);
    const stayed = await db
      .selectFrom("enrolments")
      .select(["centre_id", "person_id"])
      .where("id", "=", enrolment.id)
      .executeTakeFirstOrThrow();
    expect(stayed).toEqual({ centre_id: cast.own.centre.id, person_id: keptPerson.id });

    expect(await rowsLeftAt(cast.own.centre.id, file.personId)).toEqual([]);
    const keptPlacement = await db
      .selectFrom("placements")
      .select(["centre_id", "person_id"])
      .where("id", "=", placement.id)
      .executeTakeFirstOrThrow();
    expect(keptPlacement).toEqual({ centre_id: cast.own.centre.id, person_id: keptPerson.id });
    const cancelled = await db
      .selectFrom("appointments")
      .select(["centre_id", "person_id", "location", "cancelled_at"])
      .where("id", "=", appointmentId)
      .executeTakeFirstOrThrow();
    expect(cancelled).toMatchObject({
      centre_id: cast.own.centre.id,
      person_id: keptPerson.id,
      location: null,
    });
    expect(cancelled.cancelled_at).not.toBeNull();

    expect(await auditOf(offered.id)).toEqual(
      expect.arrayContaining([
        { action: "transfer.accept", centre_id: cast.own.centre.id, user_id: cast.other.advisor.id },
        { action: "transfer.accept", centre_id: cast.other.centre.id, user_id: cast.other.advisor.id },
      ]),
    );
  });

  it("leaves everything where it was when declined, and a declined or cancelled offer cannot be decided again", async () => {
    const file = await createCaseFile(db, giver, cast.own.centre.id);
    const offered = await offer(file.personId);
    const declined = await receiver.post(`/api/transfers/${offered.id}/decline`, { version: 1 });
    expect(declined.status, await declined.clone().text()).toBe(200);
    expect(TransferSchema.parse(await declined.json())).toMatchObject({
      status: "declined",
      personId: null,
      preview: null,
    });
    expect((await giver.get(`/api/persons/${file.personId}`)).status).toBe(200);
    expect(await centreOf("cases", file.caseId)).toBe(cast.own.centre.id);
    await expectError(await receiver.get(`/api/persons/${file.personId}`), 404, "not_found");
    await expectError(
      await receiver.post(`/api/transfers/${offered.id}/accept`, { version: 2 }),
      409,
      "conflict",
    );
    expect((await auditOf(offered.id)).filter((row) => row.action === "transfer.decline")).toHaveLength(2);

    const again = await offer(file.personId);
    const cancelled = await giver.post(`/api/transfers/${again.id}/cancel`, { version: 1 });
    expect(cancelled.status).toBe(200);
    expect(TransferSchema.parse(await cancelled.json())).toMatchObject({
      status: "cancelled",
      personId: file.personId,
    });
    await expectError(
      await receiver.post(`/api/transfers/${again.id}/accept`, { version: 2 }),
      409,
      "conflict",
    );
  });

  it("answers 404 to a centre that is not the one to decide, 403 to other roles, 409 to a second offer", async () => {
    const file = await createCaseFile(db, giver, cast.own.centre.id);
    const offered = await offer(file.personId);
    await expectError(
      await giver.post(`/api/transfers/${offered.id}/accept`, { version: 1 }),
      404,
      "not_found",
    );
    await expectError(
      await receiver.post(`/api/transfers/${offered.id}/cancel`, { version: 1 }),
      404,
      "not_found",
    );
    await expectError(
      await bystander.post(`/api/transfers/${offered.id}/accept`, { version: 1 }),
      404,
      "not_found",
    );
    expect((await transfersOf(bystander, "direction=incoming")).map((item) => item.id)).not.toContain(
      offered.id,
    );
    await expectError(
      await receiver.post(`/api/persons/${file.personId}/transfers`, {
        toCentreId: cast.own.centre.id,
        consent: consent(),
      }),
      404,
      "not_found",
    );
    await expectError(await manager.get("/api/transfers?direction=incoming"), 403, "forbidden");
    await expectError(
      await giver.post(`/api/persons/${file.personId}/transfers`, {
        toCentreId: cast.other.centre.id,
        consent: consent(),
      }),
      409,
      "conflict",
    );
  });

  it("refuses bad input with 422 naming the field", async () => {
    const file = await createCaseFile(db, giver, cast.own.centre.id);
    const cases: [unknown, string, string][] = [
      [{ toCentreId: "nope", consent: consent() }, "toCentreId", "transfer_unknown_centre"],
      [{ toCentreId: cast.own.centre.id, consent: consent() }, "toCentreId", "transfer_same_centre"],
      [
        { toCentreId: cast.other.centre.id, consent: { ...consent(), givenOn: "2999-01-01" } },
        "consent.givenOn",
        "future_date",
      ],
      [{ toCentreId: cast.other.centre.id }, "consent", "invalid_type"],
    ];
    for (const [body, path, code] of cases) {
      const error = await expectError(
        await giver.post(`/api/persons/${file.personId}/transfers`, body),
        422,
        "validation_failed",
      );
      expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
    }
    const query = await giver.get("/api/transfers?direction=sideways");
    expect((await expectError(query, 422, "validation_failed")).details).toEqual([
      expect.objectContaining({ path: "direction" }),
    ]);
    expect(await transfersOf(giver, `direction=outgoing&personId=${file.personId}`)).toEqual([]);
  });
});
