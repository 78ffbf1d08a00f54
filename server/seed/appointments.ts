import type { Insertable } from "kysely";
import type { AppointmentType } from "#shared/schemas/appointment.ts";
import { berlinInstant, mondayOf } from "#shared/time/berlin-clock.ts";
import { addDays } from "#shared/time/calendar.ts";
import { insertInBatches } from "../db/bulk.ts";
import type { AppointmentsTable, DbOrTx } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { createRandom } from "./random.ts";

const slots = ["09:00", "10:30", "13:00", "14:30"] as const;
const kinds: readonly (readonly [AppointmentType, number])[] = [
  ["consultation", 6],
  ["document_check", 3],
  ["betriebssprachtag", 1],
  ["other", 1],
];
const rooms = ["Beratungsraum 1", "Beratungsraum 2", "Empfang, Erdgeschoss"];
const titles: Partial<Record<AppointmentType, string[]>> = {
  consultation: ["Erstberatung", "Folgeberatung Anerkennung", "Bewerbungsunterlagen"],
  document_check: ["Aufenthaltstitel prüfen", "Zeugnisse für die Anerkennung"],
};
/** Tuesday and Thursday of this week and the next. */
const interviewDays = [1, 3, 8, 10];

/**
 * The current and the next week of each centre's advisor, relative to today, so the week view is full on a
 * first start; interviews go on placements waiting for one, so the employer portal shows them too.
 */
export async function seedAppointments(
  trx: DbOrTx,
  input: { today: string; advisorIdOf: Map<string, string>; now: string },
) {
  const random = createRandom(20261203);
  const monday = mondayOf(input.today);
  const rows: Insertable<AppointmentsTable>[] = [];
  const add = (
    row: Omit<AppointmentsTable, "id" | "created_at" | "updated_at" | "version" | "cancelled_at">,
  ) =>
    rows.push({
      id: newId(),
      ...row,
      cancelled_at: null,
      created_at: input.now,
      updated_at: input.now,
      version: 1,
    });

  for (const [centreId, advisorId] of input.advisorIdOf) {
    const persons = await trx
      .selectFrom("persons")
      .select("id")
      .where("centre_id", "=", centreId)
      .where("open_case_id", "is not", null)
      .where("anonymised_at", "is", null)
      .orderBy("sort_name")
      .limit(16)
      .execute();
    persons.forEach((person, index) => {
      const day = addDays(monday, (index % 5) + (index >= 8 ? 7 : 0));
      const start = slots[Math.floor(index / 2) % slots.length] ?? "09:00";
      const type = random.weighted(kinds);
      const minutes = type === "betriebssprachtag" ? 240 : type === "document_check" ? 30 : 60;
      const startsAt = berlinInstant(day, start);
      add({
        centre_id: centreId,
        person_id: person.id,
        advisor_id: advisorId,
        placement_id: null,
        type,
        title: titles[type] ? random.pick(titles[type]) : null,
        location: type === "betriebssprachtag" ? null : random.pick(rooms),
        online: random.chance(0.15) ? 1 : 0,
        starts_at: startsAt,
        ends_at: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
      });
    });
    const interviews = await trx
      .selectFrom("placements")
      .innerJoin("companies", "companies.id", "placements.company_id")
      .select(["placements.id", "placements.person_id", "companies.name as company_name"])
      .where("placements.centre_id", "=", centreId)
      .where("placements.stage", "=", "interview")
      .orderBy("placements.id")
      .limit(4)
      .execute();
    interviews.forEach((placement, index) => {
      const startsAt = berlinInstant(addDays(monday, interviewDays[index] ?? 1), "11:00");
      add({
        centre_id: centreId,
        person_id: placement.person_id,
        advisor_id: advisorId,
        placement_id: placement.id,
        type: "employer_interview",
        title: null,
        location: placement.company_name,
        online: 0,
        starts_at: startsAt,
        ends_at: new Date(Date.parse(startsAt) + 60 * 60_000).toISOString(),
      });
    });
  }
  await insertInBatches(trx, "appointments", rows);
}
