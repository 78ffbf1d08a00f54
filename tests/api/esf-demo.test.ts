import { describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { EsfGapListSchema, EsfParticipantSchema, EsfReportSchema } from "#shared/schemas/esf.ts";
import { EnrolmentPageSchema, ProgrammeListSchema } from "#shared/schemas/programme.ts";
import { TaskPageSchema } from "#shared/schemas/task.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();

describe("ESF+ demo data", () => {
  it("shows both ESF+ programmes with counted participants and supported SMEs, drafts, rural areas derived and answered, results in and out of their windows and due tasks", async () => {
    await seedDemo(db);
    const advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
    const programmes = ProgrammeListSchema.parse(
      await (await advisor.get("/api/programmes")).json(),
    ).items.filter((programme) => programme.fundingSource === "esf_plus");
    expect(programmes.map((programme) => programme.name).sort()).toEqual([
      "Betriebssprachtag",
      "Talent trifft Handwerk",
    ]);
    const to = todayInBerlin().slice(0, 7);
    const from = addDays(todayInBerlin(), -700).slice(0, 7);
    const inWindow: boolean[] = [];
    const smes = new Map<string, number>();
    const ruralDerived: boolean[] = [];
    for (const programme of programmes) {
      const report = EsfReportSchema.parse(
        await (await advisor.get(`/api/stats/esf?from=${from}&to=${to}&programmeId=${programme.id}`)).json(),
      );
      const total = (code: string) => report.rows.find((row) => row.code === code)?.total.value ?? 0;
      expect(total("EECO01"), programme.name).toBeGreaterThan(0);
      expect(total("EECO01")).toBe(total("EECO02") + total("EECO04") + total("EECO05"));
      const gaps = EsfGapListSchema.parse(
        await (await advisor.get(`/api/programmes/${programme.id}/esf-gaps`)).json(),
      );
      expect(gaps.items.length, programme.name).toBeGreaterThan(0);
      const enrolments = EnrolmentPageSchema.parse(
        await (await advisor.get(`/api/enrolments?programmeId=${programme.id}&limit=100`)).json(),
      );
      for (const enrolment of enrolments.items.filter((item) => item.exitedOn !== null)) {
        const record = EsfParticipantSchema.parse(
          await (await advisor.get(`/api/enrolments/${enrolment.id}/esf`)).json(),
        );
        if (record.immediateResult) inWindow.push(record.immediateResult.inWindow);
        ruralDerived.push(record.ruralAreaDerived);
      }
      for (const row of report.rows.filter((row) => row.kind === "participants"))
        expect(row.total.value).toBe(
          (row.women.value ?? 0) + (row.men.value ?? 0) + (row.nonBinary.value ?? 0),
        );
      smes.set(programme.name, total("EECO19"));
    }
    const tasks = TaskPageSchema.parse(
      await (await advisor.get("/api/tasks?assignee=me&done=false&limit=100")).json(),
    );
    expect(tasks.items.some((task) => task.title.startsWith("ESF Plus "))).toBe(true);
    expect(smes.get("Talent trifft Handwerk")).toBeGreaterThan(0);
    expect(ruralDerived).toContain(true);
    expect(ruralDerived).toContain(false);
    expect(inWindow).toContain(true);
    expect(inWindow).toContain(false);
  });
});
