import { describe, expect, it } from "vitest";
import {
  ActivityCreateSchema,
  ActivityUpdateSchema,
  CaseCreateSchema,
  CaseListQuerySchema,
  CaseTransitionSchema,
  CaseUpdateSchema,
} from "#shared/schemas/case.ts";
import { ConsentCreateSchema, ConsentWithdrawSchema } from "#shared/schemas/consent.ts";
import {
  certificateLevelIssues,
  LanguageEntryCreateSchema,
  LanguageEntryUpdateSchema,
  LanguageSessionCreateSchema,
} from "#shared/schemas/language.ts";
import { TaskCreateSchema, TaskListQuerySchema, TaskUpdateSchema } from "#shared/schemas/task.ts";
import { issuesOf } from "./helpers/schema-issues.ts";

const future = "2999-01-01";

describe("cases", () => {
  const open = { personId: "p1", concerns: ["job_search"], sourceChannel: "walk_in" };

  it("opens a case with one to seven different concerns", () => {
    expect(CaseCreateSchema.parse(open)).toEqual(open);
    expect(issuesOf(CaseCreateSchema, { ...open, concerns: [] })).toEqual([
      { path: "concerns", message: "Mindestens ein Anliegen" },
    ]);
    expect(issuesOf(CaseCreateSchema, { ...open, concerns: ["job_search", "job_search"] })).toEqual([
      { path: "concerns", message: "Anliegen doppelt angegeben" },
    ]);
    const all = [
      "job_search",
      "apprenticeship",
      "recognition",
      "residence",
      "language",
      "studies_to_work",
      "family",
    ];
    expect(issuesOf(CaseCreateSchema, { ...open, concerns: all })).toEqual([]);
    expect(issuesOf(CaseCreateSchema, { ...open, concerns: [...all, "family"] }).length).toBeGreaterThan(0);
  });

  it("refuses an opening or closing date in the future", () => {
    expect(issuesOf(CaseCreateSchema, { ...open, openedOn: future })).toEqual([
      { path: "openedOn", message: "Datum liegt in der Zukunft" },
    ]);
    expect(issuesOf(CaseCreateSchema, { ...open, openedOn: "2025-01-02" })).toEqual([]);
    expect(issuesOf(CaseTransitionSchema, { version: 1, to: "closed", closedOn: future })).toEqual([
      { path: "closedOn", message: "Datum liegt in der Zukunft" },
    ]);
  });

  it("needs something to change in an update", () => {
    expect(issuesOf(CaseUpdateSchema, { version: 2 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(issuesOf(CaseUpdateSchema, { version: 2, advisorId: null })).toEqual([]);
  });

  it("lists newest first by default and knows the open filter", () => {
    expect(CaseListQuerySchema.parse({})).toEqual({ sort: "-opened", limit: 50 });
    expect(CaseListQuerySchema.parse({ status: "open", q: " Had " })).toMatchObject({
      status: "open",
      q: "Had",
    });
    expect(issuesOf(CaseListQuerySchema, { q: "x".repeat(101) })).toHaveLength(1);
  });
});

describe("activities", () => {
  const activity = { type: "consultation", occurredOn: "2025-03-01", text: " Beratung " };

  it("records an activity without duration by default, trimmed", () => {
    expect(ActivityCreateSchema.parse(activity)).toEqual({
      ...activity,
      text: "Beratung",
      durationMinutes: null,
    });
  });

  it.each([
    [{ text: "  " }, "text", "Bitte einen Text eingeben"],
    [{ text: "x".repeat(5001) }, "text", "Höchstens 5000 Zeichen"],
    [{ durationMinutes: 24 * 60 + 1 }, "durationMinutes", "Höchstens 24 Stunden"],
    [{ occurredOn: future }, "occurredOn", "Datum liegt in der Zukunft"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(ActivityCreateSchema, { ...activity, ...change })).toEqual([{ path, message }]);
  });

  it("accepts a whole day and nothing below zero minutes", () => {
    expect(
      issuesOf(ActivityCreateSchema, { ...activity, durationMinutes: 24 * 60, text: "x".repeat(5000) }),
    ).toEqual([]);
    expect(issuesOf(ActivityCreateSchema, { ...activity, durationMinutes: -1 })).toHaveLength(1);
    expect(issuesOf(ActivityUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(issuesOf(ActivityUpdateSchema, { version: 1, text: "neu" })).toEqual([]);
  });
});

describe("consents", () => {
  const consent = {
    purpose: "employer_sharing",
    givenOn: "2025-02-01",
    channel: "paper",
    noticeVersion: " 2025-01 ",
  };

  it("records the notice version it was given on, trimmed", () => {
    expect(ConsentCreateSchema.parse(consent)).toEqual({ ...consent, noticeVersion: "2025-01" });
  });

  it("refuses a missing notice version and future dates", () => {
    expect(issuesOf(ConsentCreateSchema, { ...consent, noticeVersion: " " })).toEqual([
      { path: "noticeVersion", message: "Bitte die Version des Hinweises angeben" },
    ]);
    expect(issuesOf(ConsentCreateSchema, { ...consent, noticeVersion: "x".repeat(51) })).toHaveLength(1);
    expect(issuesOf(ConsentCreateSchema, { ...consent, givenOn: future })).toEqual([
      { path: "givenOn", message: "Datum liegt in der Zukunft" },
    ]);
    expect(issuesOf(ConsentWithdrawSchema, { withdrawnOn: future })).toEqual([
      { path: "withdrawnOn", message: "Datum liegt in der Zukunft" },
    ]);
  });
});

describe("tasks", () => {
  it("needs a title and something to change", () => {
    expect(TaskCreateSchema.parse({ caseId: "c1", title: " Anrufen ", dueOn: "2026-12-01" }).title).toBe(
      "Anrufen",
    );
    expect(issuesOf(TaskCreateSchema, { caseId: "c1", title: " ", dueOn: "2026-12-01" })).toEqual([
      { path: "title", message: "Bitte einen Titel eingeben" },
    ]);
    expect(
      issuesOf(TaskCreateSchema, { caseId: "c1", title: "x".repeat(301), dueOn: "2026-12-01" }),
    ).toHaveLength(1);
    expect(issuesOf(TaskUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(issuesOf(TaskUpdateSchema, { version: 1, done: true })).toEqual([]);
  });

  it("filters by me or an assignee id", () => {
    expect(TaskListQuerySchema.parse({ assignee: "me" })).toEqual({ assignee: "me", limit: 50 });
    expect(TaskListQuerySchema.parse({ assignee: "u7", done: "false" })).toEqual({
      assignee: "u7",
      done: "false",
      limit: 50,
    });
  });
});

describe("language entries", () => {
  const certificate = {
    source: "certificate",
    date: "2025-01-10",
    levels: { overall: "B1" },
    provider: "goethe",
  };
  const assessment = {
    source: "assessment",
    date: "2025-01-10",
    levels: { speaking: "A2" },
    assessorType: "employer",
    assessorName: " Frau Krüger ",
  };

  it("records German by default, without note or certificate number", () => {
    expect(LanguageEntryCreateSchema.parse(certificate)).toEqual({
      ...certificate,
      language: "de",
      note: null,
      certificateNumber: null,
    });
    expect(LanguageEntryCreateSchema.parse({ ...certificate, certificateNumber: "  " })).toMatchObject({
      certificateNumber: null,
    });
    expect(LanguageEntryCreateSchema.parse({ ...certificate, certificateNumber: " A-17 " })).toMatchObject({
      certificateNumber: "A-17",
    });
    expect(LanguageEntryCreateSchema.parse(assessment)).toEqual({
      ...assessment,
      assessorName: "Frau Krüger",
      language: "de",
      note: null,
    });
  });

  it.each([
    [{ ...certificate, date: future }, "date", "Datum liegt in der Zukunft"],
    [{ ...certificate, date: "1989-12-31" }, "date", "Datum vor 1990"],
    [{ ...certificate, levels: {} }, "levels", "Mindestens ein Niveau angeben"],
    [{ ...certificate, note: "x".repeat(501) }, "note", "Höchstens 500 Zeichen"],
    [{ ...certificate, certificateNumber: "x".repeat(51) }, "certificateNumber", "Höchstens 50 Zeichen"],
    [{ ...assessment, assessorName: " " }, "assessorName", "Bitte angeben, wer eingeschätzt hat"],
    [{ ...assessment, assessorName: "x".repeat(201) }, "assessorName", "Höchstens 200 Zeichen"],
    [
      { ...certificate, provider: "testdaf", levels: { reading: "B1" } },
      "levels.reading",
      "TestDaF bescheinigt erst ab B2",
    ],
  ])("refuses %j on %s: %s", (input, path, message) => {
    expect(issuesOf(LanguageEntryCreateSchema, input)).toEqual([{ path, message }]);
  });

  it("accepts entries from 1990 on and TestDaF from B2", () => {
    expect(issuesOf(LanguageEntryCreateSchema, { ...certificate, date: "1990-01-01" })).toEqual([]);
    expect(
      issuesOf(LanguageEntryCreateSchema, {
        ...certificate,
        provider: "testdaf",
        levels: { reading: "B2", overall: "C1" },
      }),
    ).toEqual([]);
  });

  it("applies the provider rule to certificates only and names every skill below the floor", () => {
    expect(
      certificateLevelIssues({ source: "assessment", provider: "testdaf", levels: { reading: "A1" } }),
    ).toEqual([]);
    expect(
      certificateLevelIssues({ source: "certificate", provider: null, levels: { reading: "A1" } }),
    ).toEqual([]);
    expect(
      certificateLevelIssues({ source: "certificate", provider: "telc", levels: { reading: "A1" } }),
    ).toEqual([]);
    expect(
      certificateLevelIssues({
        source: "certificate",
        provider: "testdaf",
        levels: { reading: "B1", writing: "A2" },
      }),
    ).toEqual([
      { path: ["levels", "reading"], message: "TestDaF bescheinigt erst ab B2" },
      { path: ["levels", "writing"], message: "TestDaF bescheinigt erst ab B2" },
    ]);
  });

  it("needs something to change in an update and checks its fields", () => {
    expect(issuesOf(LanguageEntryUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(LanguageEntryUpdateSchema.parse({ version: 1, note: " ok ", assessorName: " A " })).toEqual({
      version: 1,
      note: "ok",
      assessorName: "A",
    });
    expect(issuesOf(LanguageEntryUpdateSchema, { version: 1, note: "x".repeat(501) })).toEqual([
      { path: "note", message: "Höchstens 500 Zeichen" },
    ]);
    expect(issuesOf(LanguageEntryUpdateSchema, { version: 1, certificateNumber: "x".repeat(51) })).toEqual([
      { path: "certificateNumber", message: "Höchstens 50 Zeichen" },
    ]);
    expect(issuesOf(LanguageEntryUpdateSchema, { version: 1, assessorName: " " })).toEqual([
      { path: "assessorName", message: "Bitte angeben, wer eingeschätzt hat" },
    ]);
    expect(issuesOf(LanguageEntryUpdateSchema, { version: 1, assessorName: "x".repeat(201) })).toHaveLength(
      1,
    );
  });
});

describe("language days", () => {
  const session = {
    date: "2025-04-02",
    companyId: "co1",
    assessorName: " Herr Öztürk ",
    participants: [{ personId: "p1", levels: { speaking: "A2" } }],
  };

  it("assesses German by default, one entry per participant", () => {
    expect(LanguageSessionCreateSchema.parse(session)).toEqual({
      ...session,
      language: "de",
      companyName: null,
      assessorName: "Herr Öztürk",
      participants: [{ personId: "p1", levels: { speaking: "A2" }, note: null }],
    });
  });

  it("needs the company, by id or by name", () => {
    expect(issuesOf(LanguageSessionCreateSchema, { ...session, companyId: undefined })).toEqual([
      { path: "companyId", message: "Bitte den Betrieb angeben" },
    ]);
    expect(
      issuesOf(LanguageSessionCreateSchema, { ...session, companyId: null, companyName: " Bäckerei Linde " }),
    ).toEqual([]);
  });

  it("refuses a person listed twice, on the second listing", () => {
    const participants = [
      { personId: "p1", levels: { speaking: "A2" } },
      { personId: "p2", levels: { speaking: "B1" } },
      { personId: "p1", levels: { speaking: "B1" } },
    ];
    expect(issuesOf(LanguageSessionCreateSchema, { ...session, participants })).toEqual([
      { path: "participants.2.personId", message: "Person doppelt" },
    ]);
  });

  it.each([
    [{ participants: [] }, "participants", "Mindestens eine teilnehmende Person"],
    [
      {
        participants: Array.from({ length: 61 }, (_, index) => ({
          personId: `p${index}`,
          levels: { overall: "A1" },
        })),
      },
      "participants",
      "Höchstens 60 Personen",
    ],
    [{ assessorName: "" }, "assessorName", "Bitte angeben, wer eingeschätzt hat"],
    [{ assessorName: "x".repeat(201) }, "assessorName", "Höchstens 200 Zeichen"],
    [{ companyName: "x".repeat(201) }, "companyName", "Höchstens 200 Zeichen"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(LanguageSessionCreateSchema, { ...session, ...change })).toEqual([{ path, message }]);
  });

  it("takes up to 60 participants", () => {
    const participants = Array.from({ length: 60 }, (_, index) => ({
      personId: `p${index}`,
      levels: { overall: "A1" },
    }));
    expect(issuesOf(LanguageSessionCreateSchema, { ...session, participants })).toEqual([]);
  });
});
