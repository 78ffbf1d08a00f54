import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { nowIso } from "#server/lib/time.ts";
import { BulkSummarySchema, MAX_BULK_IDS } from "#shared/schemas/bulk.ts";
import { CaseSchema } from "#shared/schemas/case.ts";
import { TaskPageSchema } from "#shared/schemas/task.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let colleague: { id: string; name: string };
let foreign: { personId: string; caseId: string };

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  colleague = await createUser(db, { role: "advisor", centreId: cast.own.centre.id, name: "Kollegin Kaya" });
  const otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  foreign = await createCaseFile(db, otherAdvisor, cast.other.centre.id);
}, 30_000);

const ownCaseFile = () => createCaseFile(db, advisor, cast.own.centre.id);
const today = () => todayInBerlin();

async function summaryOf(response: Response) {
  expect(response.status, await response.clone().text()).toBe(200);
  return BulkSummarySchema.parse(await response.json());
}

async function caseOf(id: string) {
  const response = await advisor.get(`/api/cases/${id}`);
  expect(response.status).toBe(200);
  return CaseSchema.parse(await response.json());
}

async function step(caseId: string, to: string, extra: object = {}) {
  const { version } = await caseOf(caseId);
  const response = await advisor.post(`/api/cases/${caseId}/transitions`, { version, to, ...extra });
  expect(response.status, await response.clone().text()).toBe(200);
}

const bulkAudit = (action: string) =>
  db
    .selectFrom("audit_log")
    .select(["id", "details", "user_id"])
    .where("action", "=", action)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .execute();

const personsOfAudit = async (auditId: string) =>
  (await db.selectFrom("audit_persons").select("person_id").where("audit_id", "=", auditId).execute())
    .map((row) => row.person_id)
    .sort();

const anonymised = async () => {
  const person = await createPerson(db, cast.own.centre.id, { familyName: `Anonym${Date.now()}` });
  await db.updateTable("persons").set({ anonymised_at: nowIso() }).where("id", "=", person.id).execute();
  return person.id;
};

describe("POST /api/persons/bulk", () => {
  it("assigns an advisor to each chosen person's open case and says why the others stayed as they were", async () => {
    const [first, second] = [await ownCaseFile(), await ownCaseFile()];
    const withoutCase = (await createPerson(db, cast.own.centre.id, { familyName: "Ohnefall" })).id;
    const erased = await anonymised();
    const ids = [first.personId, second.personId, withoutCase, erased, foreign.personId];
    const summary = await summaryOf(
      await advisor.post("/api/persons/bulk", { action: "assign_advisor", advisorId: colleague.id, ids }),
    );
    expect(summary).toEqual({
      action: "assign_advisor",
      requested: 5,
      changed: [first.personId, second.personId],
      unchanged: [],
      refused: [
        { id: withoutCase, reason: "no_open_case" },
        { id: erased, reason: "person_anonymised" },
        { id: foreign.personId, reason: "not_found" },
      ],
    });
    expect((await caseOf(first.caseId)).advisorName).toBe("Kollegin Kaya");
    expect((await caseOf(second.caseId)).advisorName).toBe("Kollegin Kaya");
    // The persons list shows the new advisor at once (its open-case columns follow the case).
    const list = (await (await advisor.get(`/api/persons?advisor=${colleague.id}&limit=100`)).json()) as {
      items: { id: string; openCase: { advisorName: string } | null }[];
    };
    expect(list.items.find((item) => item.id === first.personId)?.openCase?.advisorName).toBe(
      "Kollegin Kaya",
    );

    const [entry] = await bulkAudit("case.bulk_assign");
    expect(entry?.user_id).toBe(cast.own.advisor.id);
    expect(JSON.parse(entry?.details ?? "{}")).toMatchObject({
      list: "persons",
      selection: "ids",
      parameters: { action: "assign_advisor", advisorId: colleague.id },
      changed: [first.personId, second.personId],
      caseIds: [first.caseId, second.caseId],
      refused: summary.refused,
    });
    expect(await personsOfAudit(entry?.id ?? "")).toEqual([first.personId, second.personId].sort());

    const again = await summaryOf(
      await advisor.post("/api/persons/bulk", {
        action: "assign_advisor",
        advisorId: colleague.id,
        ids: [first.personId],
      }),
    );
    expect(again).toMatchObject({ changed: [], unchanged: [first.personId], refused: [] });
  });

  it("adds the same task to each chosen person's open case, for the advisor who asked unless one is named", async () => {
    const [first, second] = [await ownCaseFile(), await ownCaseFile()];
    const summary = await summaryOf(
      await advisor.post("/api/persons/bulk", {
        action: "add_task",
        title: "Zeugnisse nachreichen",
        dueOn: today(),
        ids: [first.personId, second.personId, foreign.personId],
      }),
    );
    expect(summary.changed).toEqual([first.personId, second.personId]);
    expect(summary.refused).toEqual([{ id: foreign.personId, reason: "not_found" }]);
    for (const file of [first, second]) {
      const tasks = TaskPageSchema.parse(
        await (await advisor.get(`/api/tasks?caseId=${file.caseId}`)).json(),
      );
      const added = tasks.items.filter((task) => task.title === "Zeugnisse nachreichen");
      expect(added).toHaveLength(1);
      expect(added[0]?.assigneeId).toBe(cast.own.advisor.id);
    }
    const [entry] = await bulkAudit("task.bulk_create");
    expect(entry?.details).not.toContain("Zeugnisse");
  });

  it("reaches every person the list shows with the filter, and no one else", async () => {
    const files = [await ownCaseFile(), await ownCaseFile()];
    const family = `Filterfamilie${Date.now()}`;
    for (const file of files) {
      const person = (await (await advisor.get(`/api/persons/${file.personId}`)).json()) as {
        version: number;
      };
      const response = await advisor.patch(`/api/persons/${file.personId}`, {
        version: person.version,
        familyName: family,
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }
    const summary = await summaryOf(
      await advisor.post("/api/persons/bulk", {
        action: "assign_advisor",
        advisorId: colleague.id,
        filter: { q: family },
      }),
    );
    expect(summary.requested).toBe(2);
    expect([...summary.changed].sort()).toEqual(files.map((file) => file.personId).sort());
    const [entry] = await bulkAudit("case.bulk_assign");
    expect(JSON.parse(entry?.details ?? "{}")).toMatchObject({ selection: "filter", filter: { q: family } });
  });

  it("refuses an advisor of another centre as a whole, naming the field, and changes nothing", async () => {
    const file = await ownCaseFile();
    const before = await caseOf(file.caseId);
    const error = await expectError(
      await advisor.post("/api/persons/bulk", {
        action: "assign_advisor",
        advisorId: cast.other.advisor.id,
        ids: [file.personId],
      }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: "advisorId", code: "not_an_active_advisor" }),
    ]);
    expect((await caseOf(file.caseId)).version).toBe(before.version);
  });

  it("asks for the chosen ids or a filter, one of the two", async () => {
    for (const target of [{}, { ids: ["x"], filter: {} }]) {
      const error = await expectError(
        await advisor.post("/api/persons/bulk", {
          action: "assign_advisor",
          advisorId: colleague.id,
          ...target,
        }),
        422,
        "validation_failed",
      );
      expect(error.details).toEqual([expect.objectContaining({ path: "ids", code: "bulk_ids_or_filter" })]);
    }
  });

  it(`refuses more than ${MAX_BULK_IDS} ids, naming the field`, async () => {
    const ids = Array.from({ length: MAX_BULK_IDS + 1 }, (_, index) => `id-${index}`);
    const error = await expectError(
      await advisor.post("/api/persons/bulk", { action: "assign_advisor", advisorId: colleague.id, ids }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: "ids", code: "max_count", params: { count: MAX_BULK_IDS } }),
    ]);
  });

  it(`refuses a filter that matches more than ${MAX_BULK_IDS} persons, naming the filter`, async () => {
    const crowded = await createTwoCentres(db);
    const rows = Array.from({ length: MAX_BULK_IDS + 1 }, (_, index) => index);
    for (let start = 0; start < rows.length; start += 100)
      await Promise.all(
        rows
          .slice(start, start + 100)
          .map((index) => createPerson(db, crowded.own.centre.id, { familyName: `Viele${index}` })),
      );
    const crowdedAdvisor = await signIn(app, crowded.own.advisor.email, TEST_PASSWORD);
    const error = await expectError(
      await crowdedAdvisor.post("/api/persons/bulk", {
        action: "add_task",
        title: "Zu viele",
        dueOn: today(),
        filter: {},
      }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: "filter", code: "bulk_too_many", params: { count: MAX_BULK_IDS } }),
    ]);
    const tasks = await db
      .selectFrom("tasks")
      .select("id")
      .where("centre_id", "=", crowded.own.centre.id)
      .execute();
    expect(tasks).toEqual([]);
  }, 60_000);
});

describe("POST /api/cases/bulk", () => {
  it("closes each open case with the outcome and refuses the closed, the new and another centre's", async () => {
    const [active, fresh, closed] = [await ownCaseFile(), await ownCaseFile(), await ownCaseFile()];
    await step(active.caseId, "active");
    await step(closed.caseId, "active");
    await step(closed.caseId, "closed", { outcome: "moved_away" });
    const summary = await summaryOf(
      await advisor.post("/api/cases/bulk", {
        action: "close",
        outcome: "employment",
        ids: [active.caseId, fresh.caseId, closed.caseId, foreign.caseId],
      }),
    );
    expect(summary).toEqual({
      action: "close",
      requested: 4,
      changed: [active.caseId],
      unchanged: [],
      refused: [
        { id: fresh.caseId, reason: "transition_not_allowed" },
        { id: closed.caseId, reason: "case_closed" },
        { id: foreign.caseId, reason: "not_found" },
      ],
    });
    expect(await caseOf(active.caseId)).toMatchObject({
      status: "closed",
      outcome: "employment",
      closedOn: today(),
    });
    expect((await caseOf(closed.caseId)).outcome).toBe("moved_away");
    const person = (await (await advisor.get(`/api/persons/${active.personId}`)).json()) as {
      openCase: unknown;
    };
    expect(person.openCase).toBeNull();
    const [entry] = await bulkAudit("case.bulk_close");
    expect(JSON.parse(entry?.details ?? "{}")).toMatchObject({ list: "cases", caseIds: [active.caseId] });
    expect(await personsOfAudit(entry?.id ?? "")).toEqual([active.personId]);
  });

  it("assigns an advisor and adds a task to cases, refusing closed cases", async () => {
    const [open, closed] = [await ownCaseFile(), await ownCaseFile()];
    await step(closed.caseId, "active");
    await step(closed.caseId, "closed", { outcome: "no_contact" });
    const assigned = await summaryOf(
      await advisor.post("/api/cases/bulk", {
        action: "assign_advisor",
        advisorId: colleague.id,
        ids: [open.caseId, closed.caseId],
      }),
    );
    expect(assigned).toMatchObject({
      changed: [open.caseId],
      refused: [{ id: closed.caseId, reason: "case_closed" }],
    });
    const tasked = await summaryOf(
      await advisor.post("/api/cases/bulk", {
        action: "add_task",
        title: "Rückruf",
        dueOn: today(),
        assigneeId: colleague.id,
        ids: [open.caseId, closed.caseId],
      }),
    );
    expect(tasked).toMatchObject({
      changed: [open.caseId],
      refused: [{ id: closed.caseId, reason: "case_closed" }],
    });
    const tasks = TaskPageSchema.parse(await (await advisor.get(`/api/tasks?caseId=${open.caseId}`)).json());
    expect(tasks.items.find((task) => task.title === "Rückruf")?.assigneeName).toBe("Kollegin Kaya");
  });

  it("reaches the cases the list shows with the filter: here one person's cases", async () => {
    const [chosen, other] = [await ownCaseFile(), await ownCaseFile()];
    const summary = await summaryOf(
      await advisor.post("/api/cases/bulk", {
        action: "add_task",
        title: "Termin vereinbaren",
        dueOn: today(),
        filter: { personId: chosen.personId, status: "open" },
      }),
    );
    expect(summary).toMatchObject({ requested: 1, changed: [chosen.caseId], refused: [] });
    const tasks = TaskPageSchema.parse(await (await advisor.get(`/api/tasks?caseId=${other.caseId}`)).json());
    expect(tasks.items.map((task) => task.title)).not.toContain("Termin vereinbaren");
  });

  it("refuses a closing day before a case was opened, for that case only", async () => {
    const [early, late] = [await ownCaseFile(), await ownCaseFile()];
    for (const file of [early, late]) await step(file.caseId, "active");
    await db.updateTable("cases").set({ opened_on: "2026-01-10" }).where("id", "=", early.caseId).execute();
    await db.updateTable("cases").set({ opened_on: today() }).where("id", "=", late.caseId).execute();
    const summary = await summaryOf(
      await advisor.post("/api/cases/bulk", {
        action: "close",
        outcome: "other",
        closedOn: "2026-02-01",
        ids: [early.caseId, late.caseId],
      }),
    );
    expect(summary.changed).toEqual([early.caseId]);
    expect(summary.refused).toEqual([{ id: late.caseId, reason: "closed_before_opened" }]);
  });

  it("keeps nothing of the action when one case fails on the way (one transaction)", async () => {
    const [first, second] = [await ownCaseFile(), await ownCaseFile()];
    const postgres = process.env.TEST_DB === "postgres";
    if (postgres) {
      await sql`create function bulk_test_refuse() returns trigger as $$ begin
        if new.id = ${sql.lit(second.caseId)} then raise exception 'refused by the test'; end if;
        return new; end $$ language plpgsql`.execute(db);
      await sql`create trigger bulk_test_refuse before update on cases for each row execute function bulk_test_refuse()`.execute(
        db,
      );
    } else {
      await sql`create trigger bulk_test_refuse before update on cases when new.id = ${sql.lit(second.caseId)}
        begin select raise(abort, 'refused by the test'); end`.execute(db);
    }
    const auditsBefore = (await bulkAudit("case.bulk_assign")).length;
    try {
      const response = await advisor.post("/api/cases/bulk", {
        action: "assign_advisor",
        advisorId: colleague.id,
        ids: [first.caseId, second.caseId],
      });
      expect(response.status).toBe(500);
    } finally {
      await sql`drop trigger bulk_test_refuse${postgres ? sql` on cases` : sql``}`.execute(db);
      if (postgres) await sql`drop function bulk_test_refuse`.execute(db);
    }
    expect((await caseOf(first.caseId)).advisorId).toBe(cast.own.advisor.id);
    expect((await bulkAudit("case.bulk_assign")).length).toBe(auditsBefore);
  });

  it("refuses a closing day in the future before touching any case", async () => {
    const file = await ownCaseFile();
    const error = await expectError(
      await advisor.post("/api/cases/bulk", {
        action: "close",
        outcome: "other",
        closedOn: "2999-01-01",
        ids: [file.caseId],
      }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "closedOn", code: "future_date" })]);
  });
});

describe("POST /api/exports/persons and /cases (the rows chosen in the list)", () => {
  it("exports the chosen persons of the centre only and audits each of them", async () => {
    const [first, second] = [await ownCaseFile(), await ownCaseFile()];
    const response = await advisor.post("/api/exports/persons", {
      format: "csv",
      ids: [first.personId, second.personId, foreign.personId],
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    const audited = await db
      .selectFrom("audit_persons")
      .innerJoin("audit_log", "audit_log.id", "audit_persons.audit_id")
      .select("audit_persons.person_id")
      .where("audit_log.request_id", "=", response.headers.get("x-request-id") ?? "")
      .execute();
    expect(audited.map((row) => row.person_id).sort()).toEqual([first.personId, second.personId].sort());
  });

  it("exports the chosen cases as XLSX and refuses an empty choice naming the field", async () => {
    const file = await ownCaseFile();
    const response = await advisor.post("/api/exports/cases", { format: "xlsx", ids: [file.caseId] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/spreadsheetml/);
    const error = await expectError(
      await advisor.post("/api/exports/cases", { format: "xlsx", ids: [] }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "ids", code: "min_count" })]);
  });
});
