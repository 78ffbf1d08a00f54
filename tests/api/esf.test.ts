import { readSheet } from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { longTermFrom } from "#shared/esf/windows.ts";
import { EsfGapListSchema, EsfParticipantSchema, EsfReportSchema } from "#shared/schemas/esf.ts";
import { EnrolmentSchema } from "#shared/schemas/programme.ts";
import { TaskPageSchema } from "#shared/schemas/task.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let manager: Client;
let esfProgrammeId: string;
let ownProgrammeId: string;

const today = todayInBerlin();
const month = today.slice(0, 7);

beforeAll(async () => {
  cast = await createTwoCentres(db);
  [advisor, otherAdvisor, manager] = await Promise.all([
    signIn(app, cast.own.advisor.email, TEST_PASSWORD),
    signIn(app, cast.other.advisor.email, TEST_PASSWORD),
    signIn(app, cast.own.manager.email, TEST_PASSWORD),
  ]);
  const esf = await advisor.post("/api/programmes", {
    name: "Ankommen in Arbeit",
    fundingSource: "esf_plus",
    esfProjectNumber: "ESF-NI-2026-0099",
    startsOn: "2024-01-01",
  });
  esfProgrammeId = ((await esf.json()) as { id: string }).id;
  const own = await advisor.post("/api/programmes", {
    name: "Eigenes",
    fundingSource: "own",
    startsOn: "2024-01-01",
  });
  ownProgrammeId = ((await own.json()) as { id: string }).id;
});

async function enrol(overrides: Parameters<typeof createPerson>[2] = {}, enteredOn = today) {
  const person = await createPerson(db, cast.own.centre.id, overrides);
  const response = await advisor.post("/api/enrolments", {
    programmeId: esfProgrammeId,
    personId: person.id,
    enteredOn,
  });
  expect(response.status).toBe(201);
  return { person, enrolment: EnrolmentSchema.parse(await response.json()) };
}

const participantOf = async (client: Client, enrolmentId: string) =>
  EsfParticipantSchema.parse(await (await client.get(`/api/enrolments/${enrolmentId}/esf`)).json());

const report = async (client: Client, query = `from=${month}&to=${month}&programmeId=${esfProgrammeId}`) => {
  const response = await client.get(`/api/stats/esf?${query}`);
  expect(response.status).toBe(200);
  return EsfReportSchema.parse(await response.json());
};
const totalOf = (stats: Awaited<ReturnType<typeof report>>, code: string) =>
  stats.rows.find((row) => row.code === code)?.total.value;

describe("ESF+ participant record", () => {
  it("prefills a new ESF+ enrolment's record from the profile as an unconfirmed draft", async () => {
    const { enrolment } = await enrol({ gender: "female", educationLevel: "6", birthDate: "1990-01-10" });
    const draft = await participantOf(advisor, enrolment.id);
    expect(draft).toMatchObject({
      birthDate: "1990-01-10",
      iscedLevel: "6",
      iscedBand: "5-8",
      ageBand: "30_54",
      gender: "female",
      nationality: "SY",
      thirdCountryNational: true,
      foreignBackground: true,
      employmentStatus: null,
      disability: "no_answer",
      confirmedAt: null,
    });
    expect(draft.gaps).toEqual(["employmentStatus", "ruralArea", "confirmed"]);
  });

  it("has no record for an enrolment outside ESF+, and none for another centre's enrolment", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const plain = EnrolmentSchema.parse(
      await (
        await advisor.post("/api/enrolments", {
          programmeId: ownProgrammeId,
          personId: person.id,
          enteredOn: today,
        })
      ).json(),
    );
    await expectError(await advisor.get(`/api/enrolments/${plain.id}/esf`), 404, "not_found");
    const { enrolment } = await enrol();
    await expectError(await otherAdvisor.get(`/api/enrolments/${enrolment.id}/esf`), 404, "not_found");
    await expectError(
      await otherAdvisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
        version: 1,
        employmentStatus: "inactive",
      }),
      404,
      "not_found",
    );
  });

  it("refuses a typed age band, results before the exit and a confirmation without employment status", async () => {
    const { enrolment } = await enrol();
    const typed = await expectError(
      await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, { version: 1, ageBand: "18_29" }),
      422,
      "validation_failed",
    );
    expect(JSON.stringify(typed.details)).toContain("ageBand");
    const early = await expectError(
      await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
        version: 1,
        immediateResult: {
          recordedOn: today,
          jobSearching: true,
          inEducation: false,
          gainedQualification: false,
          employed: false,
        },
      }),
      422,
      "validation_failed",
    );
    expect(early.details).toEqual([
      { path: "immediateResult", code: "results_after_exit", message: "Ergebnisse erst nach dem Austritt" },
    ]);
    const unconfirmable = await expectError(
      await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, { version: 1, confirmed: true }),
      422,
      "validation_failed",
    );
    expect(unconfirmable.details).toEqual([
      {
        path: "employmentStatus",
        code: "employment_status_required",
        message: "Zum Bestätigen bitte den Erwerbsstatus angeben",
      },
    ]);
    expect((await participantOf(advisor, enrolment.id)).version).toBe(1);
  });

  it("answers 409 for a stale version", async () => {
    const { enrolment } = await enrol();
    const first = await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
      version: 1,
      ruralArea: false,
    });
    expect(first.status).toBe(200);
    await expectError(
      await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, { version: 1, ruralArea: true }),
      409,
      "conflict",
    );
  });
});

describe("ESF+ indicator report and Datenlücken", () => {
  it("counts a confirmed participant, keeps a draft out as incomplete and lists it under Datenlücken", async () => {
    const before = await report(advisor);
    const { enrolment } = await enrol({ gender: "diverse", educationLevel: "2", birthDate: "2000-01-01" });
    const { enrolment: draft, person: draftPerson } = await enrol({ gender: null });
    const confirmed = await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
      version: 1,
      employmentStatus: "long_term_unemployed",
      ruralArea: true,
      minority: "yes",
      confirmed: true,
    });
    expect(confirmed.status).toBe(200);
    expect(EsfParticipantSchema.parse(await confirmed.json()).gaps).toEqual([]);
    const after = await report(advisor);
    const delta = (code: string) => (totalOf(after, code) ?? 0) - (totalOf(before, code) ?? 0);
    expect(
      ["EECO01", "EECO02", "EECO03", "EECO07", "EECO09", "EECO13", "EECO15", "EECO17"].map(delta),
    ).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(["EECO04", "EECO05", "EECO06", "EECO12"].map(delta)).toEqual([0, 0, 0, 0]);
    const nonBinary = (stats: typeof after) =>
      stats.rows.find((row) => row.code === "EECO01")?.nonBinary.value ?? 0;
    expect(nonBinary(after) - nonBinary(before)).toBe(1);
    expect((after.incomplete.value ?? 0) - (before.incomplete.value ?? 0)).toBe(1);
    expect(after.rows[0]?.total.perturbed).toBe(false);

    const gaps = EsfGapListSchema.parse(
      await (await advisor.get(`/api/programmes/${esfProgrammeId}/esf-gaps`)).json(),
    );
    const listed = gaps.items.find((item) => item.enrolmentId === draft.id);
    expect(listed?.gaps).toEqual(["employmentStatus", "iscedLevel", "gender", "ruralArea", "confirmed"]);
    expect(listed?.personId).toBe(draftPerson.id);
    expect(gaps.items.some((item) => item.enrolmentId === enrolment.id)).toBe(false);
    await expectError(await otherAdvisor.get(`/api/programmes/${esfProgrammeId}/esf-gaps`), 404, "not_found");
  });

  it("counts an immediate result within four weeks of exit and flags a late one without counting it", async () => {
    const exit = addDays(today, -40);
    const entered = addDays(today, -100);
    const exitMonth = exit.slice(0, 7);
    const query = `from=${exitMonth}&to=${exitMonth}&programmeId=${esfProgrammeId}`;
    const before = await report(advisor, query);
    const recordFor = async (recordedOn: string) => {
      const { enrolment } = await enrol({ gender: "male", educationLevel: "4" }, entered);
      await advisor.patch(`/api/enrolments/${enrolment.id}`, {
        version: 1,
        status: "completed",
        exitedOn: exit,
      });
      const response = await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
        version: 1,
        employmentStatus: "unemployed",
        ruralArea: false,
        confirmed: true,
        immediateResult: {
          recordedOn,
          jobSearching: false,
          inEducation: false,
          gainedQualification: true,
          employed: true,
        },
      });
      expect(response.status).toBe(200);
      return EsfParticipantSchema.parse(await response.json());
    };
    expect((await recordFor(addDays(exit, 28))).immediateResult?.inWindow).toBe(true);
    expect((await recordFor(addDays(exit, 29))).immediateResult?.inWindow).toBe(false);
    const after = await report(advisor, query);
    const delta = (code: string) => (totalOf(after, code) ?? 0) - (totalOf(before, code) ?? 0);
    expect([delta("EECR04"), delta("EECR03"), delta("EECR01")]).toEqual([1, 1, 0]);
  });

  it("gives the advisor a task per result at exit, and ticks it off when the result is recorded", async () => {
    const { person, enrolment } = await enrol({ gender: "female", educationLevel: "4" }, addDays(today, -30));
    const opened = await advisor.post("/api/cases", {
      personId: person.id,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    });
    expect(opened.status).toBe(201);
    const exit = addDays(today, -2);
    await advisor.patch(`/api/enrolments/${enrolment.id}`, {
      version: 1,
      status: "completed",
      exitedOn: exit,
    });
    const tasksOf = async () =>
      TaskPageSchema.parse(await (await advisor.get(`/api/tasks?personId=${person.id}`)).json()).items.map(
        (task) => ({ title: task.title, dueOn: task.dueOn, done: task.doneAt !== null }),
      );
    expect(await tasksOf()).toEqual([
      {
        title: "ESF Plus Ankommen in Arbeit: Ergebnis bei Austritt erfassen",
        dueOn: addDays(exit, 28),
        done: false,
      },
      {
        title: "ESF Plus Ankommen in Arbeit: Ergebnis sechs Monate nach Austritt erfassen",
        dueOn: longTermFrom(exit),
        done: false,
      },
    ]);
    const recorded = await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
      version: 1,
      immediateResult: {
        recordedOn: today,
        jobSearching: true,
        inEducation: false,
        gainedQualification: false,
        employed: false,
      },
    });
    expect(recorded.status).toBe(200);
    expect((await tasksOf()).map((task) => task.done)).toEqual([true, false]);
  });

  it("exports the participant list as XLSX, pseudonymised by enrolment number, and audits every participant", async () => {
    const { person, enrolment } = await enrol({
      familyName: "Xlsxova",
      gender: "female",
      educationLevel: "5",
    });
    const response = await advisor.get(`/api/programmes/${esfProgrammeId}/esf-participants.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const rows = (await readSheet(Buffer.from(await response.arrayBuffer()), "Teilnehmende")).map((row) =>
      row.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ""))),
    );
    expect(rows[0]?.slice(0, 4)).toEqual(["Teilnahmenummer", "Eintritt", "Austritt", "Geschlecht"]);
    expect(rows[0]).toContain("Behinderung");
    expect(rows[0]).toEqual(
      expect.arrayContaining(["Gemeinde (AGS)", "Ländliches Gebiet", "Ländlich: Grundlage"]),
    );
    const mine = rows.find((row) => row[0] === enrolment.id);
    expect(mine?.slice(3, 6)).toEqual(["weiblich", "30–54", "5"]);
    expect(rows.flat().join(" ")).not.toContain("Xlsxova");
    const audited = await db
      .selectFrom("audit_log")
      .innerJoin("audit_persons", "audit_persons.audit_id", "audit_log.id")
      .select("audit_persons.person_id")
      .where("audit_log.action", "=", "enrolment.esf.export")
      .where("audit_log.entity_id", "=", esfProgrammeId)
      .execute();
    expect(audited.map((row) => row.person_id)).toContain(person.id);
    expect(audited.length).toBe(rows.length - 1);
    await expectError(
      await otherAdvisor.get(`/api/programmes/${esfProgrammeId}/esf-participants.xlsx`),
      404,
      "not_found",
    );
    await expectError(
      await manager.get(`/api/programmes/${esfProgrammeId}/esf-participants.xlsx`),
      403,
      "forbidden",
    );
  });

  it("serves the report as CSV with BOM, semicolons and German labels", async () => {
    const response = await advisor.get(`/api/stats/esf.csv?from=${month}&to=${month}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("Indikator;Bezeichnung;Frauen;Männer;Nichtbinär;Insgesamt\r\n")).toBe(true);
    expect(text).toContain("EECO01;Teilnehmende insgesamt;");
    expect(text).toMatch(/\r\nEECO19;Zahl der unterstützten Kleinstunternehmen[^;]*;;;;\d+\r\n/);
    expect(text).toContain("EECR05;");
  });

  it("gives the region only to management, perturbed, and refuses another centre's programme", async () => {
    await expectError(
      await advisor.get(`/api/stats/esf?from=${month}&to=${month}&scope=region`),
      403,
      "forbidden",
    );
    const region = await report(manager, `from=${month}&to=${month}&scope=region`);
    expect(region.rows.every((row) => row.total.perturbed)).toBe(true);
    for (const row of region.rows)
      if (row.total.value !== null) expect(row.total.value === 0 || row.total.value >= 5).toBe(true);
    const theirs = await otherAdvisor.post("/api/programmes", {
      name: "Fremd",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-X",
      startsOn: "2024-01-01",
    });
    const theirId = ((await theirs.json()) as { id: string }).id;
    await expectError(
      await advisor.get(`/api/stats/esf?from=${month}&to=${month}&programmeId=${theirId}`),
      404,
      "not_found",
    );
    await expectError(await manager.get(`/api/stats/esf?from=${month}&to=2020-01`), 422, "validation_failed");
  });
});
