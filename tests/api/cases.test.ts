import { beforeAll, describe, expect, it } from "vitest";
import { type CaseStatus, caseStatuses } from "#shared/reference/cases.ts";
import { ActivityListSchema, ActivitySchema, CasePageSchema, CaseSchema } from "#shared/schemas/case.ts";
import { PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

async function openCase(personId: string, body: Record<string, unknown> = {}) {
  const response = await advisor.post("/api/cases", {
    personId,
    concerns: ["job_search"],
    sourceChannel: "walk_in",
    ...body,
  });
  expect(response.status).toBe(201);
  return CaseSchema.parse(await response.json());
}

const move = async (id: string, version: number, to: string, extra: Record<string, unknown> = {}) =>
  advisor.post(`/api/cases/${id}/transitions`, { version, to, ...extra });

describe("cases", () => {
  it("opens a case assigned to the advisor, shown on the person and filterable in the persons list", async () => {
    const person = await createPerson(db, cast.own.centre.id, { familyName: "Okafor", givenNames: "Chidi" });
    const opened = await openCase(person.id, { concerns: ["recognition", "language"] });
    expect(opened).toMatchObject({
      status: "new",
      advisorId: cast.own.advisor.id,
      personName: "Chidi Okafor",
      concerns: ["recognition", "language"],
    });
    const shown = PersonSchema.parse(await (await advisor.get(`/api/persons/${person.id}`)).json());
    expect(shown.openCase).toEqual({
      id: opened.id,
      status: "new",
      advisorId: cast.own.advisor.id,
      advisorName: cast.own.advisor.name,
    });
    const byStatus = PersonPageSchema.parse(
      await (await advisor.get("/api/persons?status=new&concern=language")).json(),
    );
    expect(byStatus.items.map((item) => item.id)).toContain(person.id);
  });

  it("refuses a second open case for the same person with 409", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await openCase(person.id);
    const error = await expectError(
      await advisor.post("/api/cases", {
        personId: person.id,
        concerns: ["family"],
        sourceChannel: "online",
      }),
      409,
      "conflict",
    );
    expect(error.message).toBe("Für diese Person gibt es schon einen offenen Fall");
    expect(error.details).toEqual({ reason: "open_case_exists" });
  });

  it("names the field for a person or advisor of another centre and for missing concerns", async () => {
    const foreign = await createPerson(db, cast.other.centre.id);
    const person = await createPerson(db, cast.own.centre.id);
    const unknownPerson = await expectError(
      await advisor.post("/api/cases", {
        personId: foreign.id,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
      }),
      422,
      "validation_failed",
    );
    expect(unknownPerson.details).toEqual([
      { path: "personId", code: "unknown_person", message: "Unbekannte Person" },
    ]);
    const foreignAdvisor = await expectError(
      await advisor.post("/api/cases", {
        personId: person.id,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
        advisorId: cast.other.advisor.id,
      }),
      422,
      "validation_failed",
    );
    expect(foreignAdvisor.details).toEqual([expect.objectContaining({ path: "advisorId" })]);
    const noConcern = await expectError(
      await advisor.post("/api/cases", { personId: person.id, concerns: [], sourceChannel: "walk_in" }),
      422,
      "validation_failed",
    );
    expect(noConcern.details).toEqual([
      { path: "concerns", code: "concern_required", message: "Mindestens ein Anliegen" },
    ]);
  });

  it("follows the workflow new → active ↔ on_hold → closed, closing only with an outcome", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCase(person.id);
    const skip = await expectError(
      await move(opened.id, 1, "closed", { outcome: "employment" }),
      409,
      "conflict",
    );
    expect(skip.message).toBe("Von „Neu“ nach „Abgeschlossen“ ist nicht möglich");
    const active = CaseSchema.parse(await (await move(opened.id, 1, "active")).json());
    const onHold = CaseSchema.parse(await (await move(opened.id, active.version, "on_hold")).json());
    const again = CaseSchema.parse(await (await move(opened.id, onHold.version, "active")).json());
    const noOutcome = await expectError(
      await move(opened.id, again.version, "closed"),
      422,
      "validation_failed",
    );
    expect(noOutcome.details).toEqual([
      { path: "outcome", code: "outcome_required", message: "Zum Abschließen bitte das Ergebnis angeben" },
    ]);
    const closed = CaseSchema.parse(
      await (await move(opened.id, again.version, "closed", { outcome: "apprenticeship" })).json(),
    );
    expect(closed).toMatchObject({
      status: "closed",
      outcome: "apprenticeship",
      closedOn: todayInBerlin(),
    });
    expect(
      PersonSchema.parse(await (await advisor.get(`/api/persons/${person.id}`)).json()).openCase,
    ).toBeNull();
    const actions = await db
      .selectFrom("audit_log")
      .select("details")
      .where("entity_id", "=", opened.id)
      .where("action", "=", "case.transition")
      .execute();
    expect(actions.map((row) => JSON.parse(row.details ?? "{}").to)).toEqual([
      "active",
      "on_hold",
      "active",
      "closed",
    ]);
  });

  it("reopens a closed case only through the explicit action", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCase(person.id);
    const active = CaseSchema.parse(await (await move(opened.id, 1, "active")).json());
    const closed = CaseSchema.parse(
      await (await move(opened.id, active.version, "closed", { outcome: "no_contact" })).json(),
    );
    const viaTransition = await expectError(await move(opened.id, closed.version, "active"), 409, "conflict");
    expect(viaTransition.message).toContain("wieder öffnen");
    expect(viaTransition.details).toMatchObject({
      reason: "transition_not_allowed",
      from: "closed",
      to: "active",
    });
    const entry = await expectError(
      await advisor.post(`/api/cases/${opened.id}/activities`, {
        type: "note",
        occurredOn: "2026-01-05",
        text: "nachgetragen",
      }),
      409,
      "conflict",
    );
    expect(entry.details).toEqual({ reason: "case_closed" });
    const task = await expectError(
      await advisor.post("/api/tasks", { caseId: opened.id, title: "x", dueOn: "2027-01-05" }),
      409,
      "conflict",
    );
    expect(task.details).toEqual({ reason: "case_closed" });
    const reopened = CaseSchema.parse(
      await (await advisor.post(`/api/cases/${opened.id}/reopen`, { version: closed.version })).json(),
    );
    expect(reopened).toMatchObject({ status: "active", outcome: null, closedOn: null });
    await expectError(
      await advisor.post(`/api/cases/${opened.id}/reopen`, { version: reopened.version }),
      409,
      "conflict",
    );
  });

  it("walks every pair of statuses: allows exactly the workflow's moves and leaves a refused case unchanged", async () => {
    const allowedMoves = new Set([
      "new→active",
      "active→on_hold",
      "active→closed",
      "on_hold→active",
      "on_hold→closed",
    ]);
    const pathTo: Record<CaseStatus, CaseStatus[]> = {
      new: [],
      active: ["active"],
      on_hold: ["active", "on_hold"],
      closed: ["active", "closed"],
    };
    const closing = (to: string) => (to === "closed" ? { outcome: "employment" } : {});
    const seen: string[] = [];
    for (const from of caseStatuses) {
      for (const to of caseStatuses) {
        const person = await createPerson(db, cast.own.centre.id);
        let current = await openCase(person.id);
        for (const step of pathTo[from]) {
          const response = await move(current.id, current.version, step, closing(step));
          expect(response.status, `setting up ${from}: ${step}`).toBe(200);
          current = CaseSchema.parse(await response.json());
        }
        expect(current.status).toBe(from);
        const response = await move(current.id, current.version, to, closing(to));
        const after = CaseSchema.parse(await (await advisor.get(`/api/cases/${current.id}`)).json());
        if (response.status === 200) {
          expect(after).toMatchObject({ status: to, version: current.version + 1 });
        } else {
          const error = await expectError(response, 409, "conflict");
          expect(error.details).toMatchObject({ reason: "transition_not_allowed", from, to });
          expect(after).toEqual(current);
        }
        seen.push(`${from}→${to}: ${response.status === 200 ? "allowed" : "refused"}`);
      }
      const person = await createPerson(db, cast.own.centre.id);
      let current = await openCase(person.id);
      for (const step of pathTo[from]) {
        current = CaseSchema.parse(
          await (await move(current.id, current.version, step, closing(step))).json(),
        );
      }
      const reopen = await advisor.post(`/api/cases/${current.id}/reopen`, { version: current.version });
      if (reopen.status === 200)
        expect(CaseSchema.parse(await reopen.json())).toMatchObject({ status: "active", outcome: null });
      else
        expect((await expectError(reopen, 409, "conflict")).details).toEqual({ reason: "case_not_closed" });
      seen.push(`reopen ${from}: ${reopen.status === 200 ? "allowed" : "refused"}`);
    }
    expect(seen).toEqual([
      ...caseStatuses.flatMap((from) => [
        ...caseStatuses.map(
          (to) => `${from}→${to}: ${allowedMoves.has(`${from}→${to}`) ? "allowed" : "refused"}`,
        ),
        `reopen ${from}: ${from === "closed" ? "allowed" : "refused"}`,
      ]),
    ]);
  });

  it("answers 409 with the current case for a stale version", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCase(person.id);
    await advisor.patch(`/api/cases/${opened.id}`, { version: 1, concerns: ["residence"] });
    const error = await expectError(
      await advisor.patch(`/api/cases/${opened.id}`, { version: 1, sourceChannel: "agency" }),
      409,
      "conflict",
    );
    expect(CaseSchema.parse((error.details as { current: unknown }).current)).toMatchObject({
      concerns: ["residence"],
      version: 2,
    });
  });

  it("hides other centres' cases: 404 on read and change, absent from lists", async () => {
    const foreignPerson = await createPerson(db, cast.other.centre.id);
    const otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    const foreign = CaseSchema.parse(
      await (
        await otherAdvisor.post("/api/cases", {
          personId: foreignPerson.id,
          concerns: ["family"],
          sourceChannel: "online",
        })
      ).json(),
    );
    await expectError(await advisor.get(`/api/cases/${foreign.id}`), 404, "not_found");
    await expectError(await move(foreign.id, 1, "active"), 404, "not_found");
    await expectError(await advisor.get(`/api/cases/${foreign.id}/activities`), 404, "not_found");
    await expectError(
      await advisor.post(`/api/cases/${foreign.id}/activities`, {
        type: "note",
        occurredOn: "2026-01-01",
        text: "x",
      }),
      404,
      "not_found",
    );
    const page = CasePageSchema.parse(await (await advisor.get("/api/cases?limit=200")).json());
    expect(page.items.map((item) => item.id)).not.toContain(foreign.id);
    expect(page.items.every((item) => item.personId !== foreignPerson.id)).toBe(true);
  });

  it("lists cases by status and name search, newest first", async () => {
    const person = await createPerson(db, cast.own.centre.id, {
      familyName: "Gonçalves",
      givenNames: "Maria",
    });
    const opened = await openCase(person.id, { openedOn: "2025-02-03" });
    const found = CasePageSchema.parse(
      await (await advisor.get("/api/cases?q=goncalves&status=open")).json(),
    );
    expect(found.items.map((item) => item.id)).toEqual([opened.id]);
    const all = CasePageSchema.parse(await (await advisor.get("/api/cases?limit=200")).json());
    const dates = all.items.map((item) => item.openedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("timeline", () => {
  it("lists activities newest first; only the author may edit, and the edit is audited", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCase(person.id);
    const add = (body: Record<string, unknown>) => advisor.post(`/api/cases/${opened.id}/activities`, body);
    const older = ActivitySchema.parse(
      await (
        await add({
          type: "consultation",
          occurredOn: "2026-01-10",
          durationMinutes: 45,
          text: "Erstgespräch",
        })
      ).json(),
    );
    await add({ type: "phone", occurredOn: "2026-02-01", text: "Rückruf wegen Zeugnissen" });
    const { items } = ActivityListSchema.parse(
      await (await advisor.get(`/api/cases/${opened.id}/activities`)).json(),
    );
    expect(items.map((item) => item.text)).toEqual(["Rückruf wegen Zeugnissen", "Erstgespräch"]);
    expect(CaseSchema.parse(await (await advisor.get(`/api/cases/${opened.id}`)).json()).lastActivityOn).toBe(
      "2026-02-01",
    );

    const colleague = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const other = await signIn(app, colleague.email, TEST_PASSWORD);
    await expectError(
      await other.patch(`/api/cases/${opened.id}/activities/${older.id}`, { version: 1, text: "geändert" }),
      403,
      "forbidden",
    );
    const edited = await advisor.patch(`/api/cases/${opened.id}/activities/${older.id}`, {
      version: 1,
      text: "Erstgespräch mit Dolmetscherin",
    });
    expect(ActivitySchema.parse(await edited.json())).toMatchObject({
      text: "Erstgespräch mit Dolmetscherin",
      version: 2,
    });
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("entity_id", "=", older.id)
      .orderBy("at")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["activity.create", "activity.update"]);
    expect(JSON.parse(audit[1]?.details ?? "{}").previousText).toBe("Erstgespräch");
  });

  it("names the field for an empty text, a future date or an unknown type", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCase(person.id);
    const error = await expectError(
      await advisor.post(`/api/cases/${opened.id}/activities`, {
        type: "fax",
        occurredOn: "2999-01-01",
        text: " ",
      }),
      422,
      "validation_failed",
    );
    expect((error.details as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
      "occurredOn",
      "text",
      "type",
    ]);
  });
});
