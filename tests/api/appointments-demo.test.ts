import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { AppointmentListSchema, EmployerAppointmentListSchema } from "#shared/schemas/appointment.ts";
import { CandidatePageSchema } from "#shared/schemas/placement.ts";
import { mondayOf } from "#shared/time/berlin-clock.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
}, 120_000);

describe("appointment demo data", () => {
  it("fills the demo advisor's current and next week, and shows the demo employer an interview", async () => {
    const advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
    const monday = mondayOf(todayInBerlin());
    const week = async (from: string) =>
      AppointmentListSchema.parse(
        await (await advisor.get(`/api/appointments?from=${from}&to=${addDays(from, 6)}&mine=true`)).json(),
      ).items;
    expect((await week(monday)).length).toBeGreaterThanOrEqual(5);
    expect((await week(addDays(monday, 7))).length).toBeGreaterThanOrEqual(5);

    const employer = await signIn(app, "employer@tischlerei-brandt.example", DEMO_PASSWORD);
    const candidates = CandidatePageSchema.parse(
      await (await employer.get("/api/candidates?limit=100")).json(),
    );
    const interviews = await Promise.all(
      candidates.items.map(
        async (candidate) =>
          EmployerAppointmentListSchema.parse(
            await (await employer.get(`/api/candidates/${candidate.id}/appointments`)).json(),
          ).items,
      ),
    );
    expect(interviews.flat().length).toBeGreaterThanOrEqual(1);
  });
});
