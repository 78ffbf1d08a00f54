import type { Db } from "#server/db/database.ts";
import { addDays, addYears, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson } from "./index.ts";

let serial = 0;

/**
 * A person of the centre whose retention day is `dueInDays` from today under `years`: after a case
 * closed that long ago, or (`basis: "last_activity"`) after their last change without any case.
 */
export async function createPersonDueIn(
  db: Db,
  centreId: string,
  dueInDays: number,
  options: {
    basis?: "case_closed" | "last_activity";
    years?: number;
    familyName?: string;
    /** The day `dueInDays` counts from (today by default). */
    from?: string;
  } = {},
) {
  serial++;
  const basisOn = addYears(addDays(options.from ?? todayInBerlin(), dueInDays), -(options.years ?? 3));
  const person = await createPerson(db, centreId, {
    familyName: options.familyName ?? `Frist${serial}x${Date.now().toString(36)}`,
    givenNames: "Test",
  });
  const lastActivity = options.basis === "last_activity";
  await db
    .updateTable("persons")
    .set({
      support_from: lastActivity ? null : addDays(basisOn, -200),
      support_until: lastActivity ? null : basisOn,
      updated_at: `${basisOn}T10:00:00.000Z`,
    })
    .where("id", "=", person.id)
    .execute();
  return { ...person, basisOn };
}
