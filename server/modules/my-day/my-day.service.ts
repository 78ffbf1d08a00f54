import { RESIDENCE_PERMIT_WARNING_DAYS, STALE_CASE_DAYS } from "#shared/reference/cases.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { staleCasesOf } from "../cases/cases.service.ts";
import { expiringResidencePermitsOf } from "../persons/persons.service.ts";
import { openTasksOf } from "../tasks/tasks.service.ts";

const MY_DAY_LIMIT = 100;

/** The advisor's home: open tasks by due date, permits running out, cases gone quiet. */
export async function myDay(db: Db, context: ActorContext, today = todayInBerlin()) {
  const { actor } = context;
  const open = await openTasksOf(db, actor.centreId, actor.id, addDays(today, 8), 3 * MY_DAY_LIMIT);
  const expiring = await expiringResidencePermitsOf(db, actor.centreId, actor.id, {
    today,
    until: addDays(today, RESIDENCE_PERMIT_WARNING_DAYS),
    limit: MY_DAY_LIMIT,
  });
  const stale = await staleCasesOf(
    db,
    actor.centreId,
    actor.id,
    addDays(today, -STALE_CASE_DAYS),
    MY_DAY_LIMIT,
  );
  await context.recordRead({
    action: "person.list",
    entity: "person",
    entityId: null,
    details: { view: "my-day" },
    personIds: [
      ...open.map((task) => task.personId),
      ...expiring.map((person) => person.id),
      ...stale.map((item) => item.personId),
    ],
  });
  return {
    today,
    overdue: open.filter((task) => task.dueOn < today),
    dueToday: open.filter((task) => task.dueOn === today),
    nextSevenDays: open.filter((task) => task.dueOn > today),
    expiringPermits: expiring,
    staleCases: stale,
  };
}
