import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDailyRetention } from "#server/jobs/daily-jobs.ts";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import {
  RetentionOverviewSchema,
  RetentionPostponedSchema,
  RetentionSettingsSchema,
} from "#shared/schemas/retention.ts";
import { addDays, addYears, todayInBerlin } from "#shared/time/calendar.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { createPersonDueIn } from "../factories/retention.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { buildApp, setupTestApp } from "../setup/test-app.ts";
import { createTestDatabase } from "../setup/test-database.ts";

/** Persons the (mocked) legal holds keep: branch erase's real rule is tested there, its use here. */
const heldIds = vi.hoisted(() => new Set<string>());
vi.mock("#server/modules/anonymisation/legal-hold.ts", () => ({
  legalHoldsOf: async (_scope: unknown, personId: string) =>
    heldIds.has(personId)
      ? [
          {
            kind: "esf_plus_retention",
            programmeId: "prog-esf",
            programmeName: "Talent trifft Handwerk",
            keepUntil: null,
          },
        ]
      : [],
}));

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let admin: Client;
let otherAdmin: Client;
let advisor: Client;
const today = todayInBerlin();

async function overview(client: Client = admin) {
  const response = await client.get("/api/retention");
  expect(response.status).toBe(200);
  return RetentionOverviewSchema.parse(await response.json());
}

const auditActions = async (action: string, entityId: string) =>
  db
    .selectFrom("audit_log")
    .select(["action", "details", "user_id"])
    .where("action", "=", action)
    .where("entity_id", "=", entityId)
    .execute();

beforeAll(async () => {
  cast = await createTwoCentres(db);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
  otherAdmin = await signIn(app, cast.other.admin.email, TEST_PASSWORD);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
}, 60_000);

describe("the list of persons due for anonymisation", () => {
  it("lists who is due within 30 days, overdue first, and leaves out the rest", async () => {
    const overdue = await createPersonDueIn(db, cast.own.centre.id, -5);
    const soon = await createPersonDueIn(db, cast.own.centre.id, 10);
    const noCase = await createPersonDueIn(db, cast.own.centre.id, 20, { basis: "last_activity" });
    const later = await createPersonDueIn(db, cast.own.centre.id, 45);
    const foreign = await createPersonDueIn(db, cast.other.centre.id, 3);
    const withOpenCase = await createCaseFile(db, advisor, cast.own.centre.id);
    await db
      .updateTable("persons")
      .set({ updated_at: "2015-01-01T10:00:00.000Z" })
      .where("id", "=", withOpenCase.personId)
      .execute();

    const list = await overview();
    const ids = list.due.map((entry) => entry.personId);
    expect(ids).toEqual([overdue.id, soon.id, noCase.id]);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(foreign.id);
    expect(ids).not.toContain(withOpenCase.personId);
    expect(list.retentionYears).toBe(3);
    expect(list.due[0]).toMatchObject({
      familyName: overdue.family_name,
      basis: "case_closed",
      basisOn: overdue.basisOn,
      dueOn: addDays(today, -5),
      overdue: true,
      postponement: null,
    });
    expect(list.due[2]).toMatchObject({ basis: "last_activity", dueOn: addDays(today, 20), overdue: false });
    expect((await overview(otherAdmin)).due.map((entry) => entry.personId)).toEqual([foreign.id]);
  });

  it("audits the persons the list showed before answering", async () => {
    const person = await createPersonDueIn(db, cast.own.centre.id, 1);
    await overview();
    const named = await db
      .selectFrom("audit_persons")
      .innerJoin("audit_log", "audit_log.id", "audit_persons.audit_id")
      .select("audit_log.user_id")
      .where("audit_persons.person_id", "=", person.id)
      .where("audit_log.action", "=", "retention.list")
      .execute();
    expect(named).toEqual([{ user_id: cast.own.admin.id }]);
  });

  it("is for admins only", async () => {
    await expectError(await advisor.get("/api/retention"), 403, "forbidden");
  });
});

describe("the retention years of a centre", () => {
  it("moves every due date when the admin changes them, and audits the change", async () => {
    const person = await createPersonDueIn(db, cast.other.centre.id, 300);
    expect((await overview(otherAdmin)).due.map((entry) => entry.personId)).not.toContain(person.id);

    const response = await otherAdmin.put("/api/retention/settings", { retentionYears: 2 });
    expect(response.status).toBe(200);
    expect(RetentionSettingsSchema.parse(await response.json())).toEqual({ retentionYears: 2 });

    const list = await overview(otherAdmin);
    expect(list.retentionYears).toBe(2);
    const entry = list.due.find((each) => each.personId === person.id);
    expect(entry?.dueOn).toBe(addYears(person.basisOn, 2));
    expect(entry?.overdue).toBe(true);
    const audit = await auditActions("retention.settings", cast.other.centre.id);
    expect(audit.map((row) => JSON.parse(row.details ?? "{}"))).toEqual([{ from: 3, to: 2 }]);
    expect((await overview()).retentionYears).toBe(3);
  });

  it("refuses a number of years outside 1 to 30, naming the field", async () => {
    for (const retentionYears of [0, 31, 2.5, "3"]) {
      const error = await expectError(
        await admin.put("/api/retention/settings", { retentionYears }),
        422,
        "validation_failed",
      );
      expect(error.details).toMatchObject([{ path: "retentionYears" }]);
    }
    expect((await overview()).retentionYears).toBe(3);
  });
});

describe("postponing a person's anonymisation", () => {
  it("moves the due date, shows the reason and audits it", async () => {
    const person = await createPersonDueIn(db, cast.own.centre.id, 2);
    const dueOn = addDays(today, 20);
    const response = await admin.post(`/api/retention/persons/${person.id}/postpone`, {
      dueOn,
      reason: "Klage beim Sozialgericht anhängig",
    });
    expect(response.status).toBe(200);
    expect(RetentionPostponedSchema.parse(await response.json())).toMatchObject({
      personId: person.id,
      dueOn,
    });

    const entry = (await overview()).due.find((each) => each.personId === person.id);
    expect(entry).toMatchObject({
      dueOn,
      ruleDueOn: addDays(today, 2),
      postponement: { dueOn, reason: "Klage beim Sozialgericht anhängig", postponedBy: cast.own.admin.name },
    });
    const audit = await auditActions("retention.postpone", person.id);
    expect(audit).toEqual([
      { action: "retention.postpone", details: JSON.stringify({ dueOn }), user_id: cast.own.admin.id },
    ]);
  });

  it("takes a person off the list when postponed beyond 30 days", async () => {
    const person = await createPersonDueIn(db, cast.own.centre.id, -1);
    const response = await admin.post(`/api/retention/persons/${person.id}/postpone`, {
      dueOn: addDays(today, 90),
      reason: "Nachweis für Förderprüfung",
    });
    expect(response.status).toBe(200);
    expect((await overview()).due.map((entry) => entry.personId)).not.toContain(person.id);
  });

  it("needs a reason and a day after today, naming the field, and writes nothing otherwise", async () => {
    const person = await createPersonDueIn(db, cast.own.centre.id, 4);
    const cases: [unknown, string][] = [
      [{ dueOn: addDays(today, 10) }, "reason"],
      [{ dueOn: addDays(today, 10), reason: "  " }, "reason"],
      [{ dueOn: today, reason: "Zu früh" }, "dueOn"],
      [{ dueOn: "2026-13-01", reason: "Kein Datum" }, "dueOn"],
    ];
    for (const [body, field] of cases) {
      const error = await expectError(
        await admin.post(`/api/retention/persons/${person.id}/postpone`, body),
        422,
        "validation_failed",
      );
      expect(error.details).toMatchObject([{ path: field }]);
    }
    expect(await auditActions("retention.postpone", person.id)).toEqual([]);
    const entry = (await overview()).due.find((each) => each.personId === person.id);
    expect(entry?.postponement).toBeNull();
  });

  it("answers 404 for another centre's person", async () => {
    const foreign = await createPersonDueIn(db, cast.other.centre.id, 4);
    await expectError(
      await admin.post(`/api/retention/persons/${foreign.id}/postpone`, {
        dueOn: addDays(today, 10),
        reason: "Versuch",
      }),
      404,
      "not_found",
    );
    expect(
      (await overview(otherAdmin)).due.find((each) => each.personId === foreign.id)?.postponement,
    ).toBeNull();
  });
});

describe("persons under a legal hold", () => {
  it("are listed as held with the programme, not as due, and the job leaves them alone", async () => {
    const held = await createPersonDueIn(db, cast.other.centre.id, -40);
    heldIds.add(held.id);
    const list = await overview(otherAdmin);
    expect(list.due.map((entry) => entry.personId)).not.toContain(held.id);
    expect(list.held.find((entry) => entry.personId === held.id)).toMatchObject({
      overdue: true,
      holds: [{ kind: "esf_plus_retention", programmeName: "Talent trifft Handwerk", keepUntil: null }],
    });

    const result = await runDailyRetention({ db, instanceId: "held" }, addDays(today, -1));
    expect(result).toMatchObject({ status: "ran", outcome: { held: 1 } });
    const person = await db
      .selectFrom("persons")
      .select("family_name")
      .where("id", "=", held.id)
      .executeTakeFirst();
    expect(person?.family_name).toBe(held.family_name);
    expect(await auditActions("person.anonymise", held.id)).toEqual([]);
  });
});

describe("the daily job as the list shows it", () => {
  it("anonymises who is due today or earlier and shows the run with its count", async () => {
    const due = await createPersonDueIn(db, cast.own.centre.id, 0);
    const notYet = await createPersonDueIn(db, cast.own.centre.id, 1);
    const before = await overview();
    expect(before.due.map((entry) => entry.personId)).toContain(due.id);

    const result = await runDailyRetention({ db, instanceId: "test" }, today);
    expect(result.status).toBe("ran");

    const after = await overview();
    const ids = after.due.map((entry) => entry.personId);
    expect(ids).not.toContain(due.id);
    expect(ids).toContain(notYet.id);
    const anonymisedHere = before.due.filter(
      (entry) => entry.dueOn <= today && entry.holds.length === 0,
    ).length;
    expect(after.lastRun).toMatchObject({ runKey: today, status: "succeeded", anonymised: anonymisedHere });
    const person = await db
      .selectFrom("persons")
      .select("family_name")
      .where("id", "=", due.id)
      .executeTakeFirst();
    expect(person?.family_name).toBe("Anonymisiert");
    expect(await auditActions("person.anonymise", due.id)).toHaveLength(1);
  });
});

describe("the demo data", () => {
  it("shows persons due soon, one overdue and one postponed on a first start", async () => {
    const demo = await createTestDatabase();
    afterAll(() => demo.close());
    await seedDemo(demo.db);
    const demoAdmin = await signIn(buildApp(demo), "admin@hildesheim.example", DEMO_PASSWORD);
    const list = await overview(demoAdmin);
    const byName = new Map(list.due.map((entry) => [entry.familyName, entry]));
    expect(byName.get("Petrenko")).toMatchObject({
      overdue: true,
      basis: "case_closed",
      dueOn: addDays(today, -6),
    });
    expect(byName.get("Haddad")).toMatchObject({ overdue: false, dueOn: addDays(today, 5) });
    expect(byName.get("Nguyen")).toMatchObject({ basis: "last_activity", dueOn: addDays(today, 18) });
    expect(byName.get("Yıldız")).toMatchObject({
      dueOn: addDays(today, 25),
      postponement: {
        reason: "Widerspruchsverfahren zur Anerkennung läuft noch",
        postponedBy: "Jana Wiechmann",
      },
    });
    // Held once branch erase's legal holds replace the placeholder; until then it is listed as due.
    expect([...list.due, ...list.held].map((entry) => entry.familyName)).toContain("Rahimi");
    expect(list.due[0]?.overdue).toBe(true);
  }, 60_000);
});
