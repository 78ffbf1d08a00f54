import { beforeAll, describe, expect, it } from "vitest";
import { sweepExpiringResidencePermits } from "#server/modules/persons/residence-permit-sweep.cross-centre.ts";
import { CaseSchema } from "#shared/schemas/case.ts";
import { ConsentListSchema, ConsentSchema } from "#shared/schemas/consent.ts";
import { MyDaySchema, TaskPageSchema, TaskSchema } from "#shared/schemas/task.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

const day = (offset: number) => addDays(todayInBerlin(), offset);

async function openCaseFor(personId: string) {
  const response = await advisor.post("/api/cases", {
    personId,
    concerns: ["residence"],
    sourceChannel: "walk_in",
  });
  return CaseSchema.parse(await response.json());
}

describe("tasks", () => {
  it("sorts the advisor's open tasks into overdue, today and the next seven days", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCaseFor(person.id);
    for (const [title, offset] of [
      ["Zeugnisse anfordern", -2],
      ["Termin Ausländerbehörde", 0],
      ["Rückruf Betrieb", 3],
      ["Später", 20],
    ] as const) {
      expect(
        (await advisor.post("/api/tasks", { caseId: opened.id, title, dueOn: day(offset) })).status,
      ).toBe(201);
    }
    const home = MyDaySchema.parse(await (await advisor.get("/api/tasks/my-day")).json());
    expect(home.overdue.map((task) => task.title)).toEqual(["Zeugnisse anfordern"]);
    expect(home.dueToday.map((task) => task.title)).toEqual(["Termin Ausländerbehörde"]);
    expect(home.nextSevenDays.map((task) => task.title)).toEqual(["Rückruf Betrieb"]);
    expect(home.overdue[0]?.personId).toBe(person.id);
  });

  it("marks a task done with its version and takes it off the home page", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const opened = await openCaseFor(person.id);
    const task = TaskSchema.parse(
      await (
        await advisor.post("/api/tasks", { caseId: opened.id, title: "Mietvertrag prüfen", dueOn: day(0) })
      ).json(),
    );
    const done = TaskSchema.parse(
      await (await advisor.patch(`/api/tasks/${task.id}`, { version: 1, done: true })).json(),
    );
    expect(done.doneAt).not.toBeNull();
    await expectError(
      await advisor.patch(`/api/tasks/${task.id}`, { version: 1, done: false }),
      409,
      "conflict",
    );
    const home = MyDaySchema.parse(await (await advisor.get("/api/tasks/my-day")).json());
    expect(home.dueToday.map((item) => item.id)).not.toContain(task.id);
  });

  it("refuses a task on another centre's case or for another centre's advisor, naming the field", async () => {
    const foreignPerson = await createPerson(db, cast.other.centre.id);
    const other = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    const foreign = CaseSchema.parse(
      await (
        await other.post("/api/cases", {
          personId: foreignPerson.id,
          concerns: ["family"],
          sourceChannel: "online",
        })
      ).json(),
    );
    const onForeign = await expectError(
      await advisor.post("/api/tasks", { caseId: foreign.id, title: "x", dueOn: day(1) }),
      422,
      "validation_failed",
    );
    expect(onForeign.details).toEqual([
      { path: "caseId", code: "unknown_case", message: "Unbekannter Fall" },
    ]);
    const own = await openCaseFor((await createPerson(db, cast.own.centre.id)).id);
    const toForeigner = await expectError(
      await advisor.post("/api/tasks", {
        caseId: own.id,
        title: "x",
        dueOn: day(1),
        assigneeId: cast.other.advisor.id,
      }),
      422,
      "validation_failed",
    );
    expect(toForeigner.details).toEqual([expect.objectContaining({ path: "assigneeId" })]);
    const page = TaskPageSchema.parse(await (await advisor.get("/api/tasks?limit=200")).json());
    expect(page.items.every((task) => task.personId !== foreignPerson.id)).toBe(true);
  });

  it("creates one task when a permit expires within 90 days, and not twice", async () => {
    const person = await createPerson(db, cast.own.centre.id, {
      permitType: "s18a_skilled_vocational",
      permitExpiresOn: day(70),
    });
    const opened = await openCaseFor(person.id);
    expect(await sweepExpiringResidencePermits(db)).toBe(0);
    await advisor.patch(`/api/persons/${person.id}`, { version: 2, notes: "Titel beantragt" });
    const tasks = TaskPageSchema.parse(await (await advisor.get(`/api/tasks?personId=${person.id}`)).json());
    expect(tasks.items).toHaveLength(1);
    expect(tasks.items[0]).toMatchObject({
      automatic: true,
      caseId: opened.id,
      assigneeId: cast.own.advisor.id,
      dueOn: day(10),
    });
    expect(tasks.items[0]?.title).toMatch(/^Aufenthaltstitel läuft am \d\d\.\d\d\.\d{4} ab/);
    const home = MyDaySchema.parse(await (await advisor.get("/api/tasks/my-day")).json());
    expect(home.expiringPermits.map((item) => item.id)).toContain(person.id);
  });

  it("finds permits that enter the 90-day window by time alone in the sweep", async () => {
    const person = await createPerson(db, cast.own.centre.id, {
      permitType: "s16b_studies",
      permitExpiresOn: day(120),
    });
    await openCaseFor(person.id);
    expect(await sweepExpiringResidencePermits(db, day(40))).toBe(1);
    expect(await sweepExpiringResidencePermits(db, day(41))).toBe(0);
  });
});

describe("consents", () => {
  it("records consent per purpose, refuses a second active one, and keeps a withdrawal on record", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const path = `/api/persons/${person.id}/consents`;
    const given = ConsentSchema.parse(
      await (
        await advisor.post(path, {
          purpose: "employer_sharing",
          givenOn: day(-10),
          channel: "paper",
          noticeVersion: "2026-01",
        })
      ).json(),
    );
    expect(given).toMatchObject({
      purpose: "employer_sharing",
      withdrawnOn: null,
      recordedBy: cast.own.advisor.name,
    });
    await expectError(
      await advisor.post(path, {
        purpose: "employer_sharing",
        givenOn: day(-1),
        channel: "email",
        noticeVersion: "2026-01",
      }),
      409,
      "conflict",
    );
    const withdrawn = ConsentSchema.parse(
      await (await advisor.post(`${path}/${given.id}/withdraw`, { withdrawnOn: day(0) })).json(),
    );
    expect(withdrawn.withdrawnOn).toBe(day(0));
    await expectError(
      await advisor.post(`${path}/${given.id}/withdraw`, { withdrawnOn: day(0) }),
      409,
      "conflict",
    );
    const renewed = await advisor.post(path, {
      purpose: "employer_sharing",
      givenOn: day(0),
      channel: "in_person",
      noticeVersion: "2026-02",
    });
    expect(renewed.status).toBe(201);
    const { items } = ConsentListSchema.parse(await (await advisor.get(path)).json());
    expect(items.map((item) => [item.noticeVersion, item.withdrawnOn])).toEqual(
      expect.arrayContaining([
        ["2026-01", day(0)],
        ["2026-02", null],
      ]),
    );
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", given.id)
      .orderBy("at")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["consent.give", "consent.withdraw"]);
  });

  it("answers 404 for another centre's person and names bad fields", async () => {
    const foreign = await createPerson(db, cast.other.centre.id);
    await expectError(await advisor.get(`/api/persons/${foreign.id}/consents`), 404, "not_found");
    const own = await createPerson(db, cast.own.centre.id);
    const error = await expectError(
      await advisor.post(`/api/persons/${own.id}/consents`, {
        purpose: "marketing",
        givenOn: day(3),
        channel: "paper",
        noticeVersion: "",
      }),
      422,
      "validation_failed",
    );
    expect((error.details as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
      "givenOn",
      "noticeVersion",
      "purpose",
    ]);
  });
});
