import { type ExpressionBuilder, sql } from "kysely";
import type { Database, DbOrTx } from "../../db/database.ts";
import { selectForAggregate, selectProgrammesInScope } from "./stats-aggregate.cross-centre.ts";

/** The centre whose figures are read, or `null` for the whole region. */
export type CentreScope = string | null;
/** First and last calendar day of the period (inclusive). */
export type DayRange = { firstDay: string; lastDay: string };
type Count = number | string | bigint;

const monthOf = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;

export async function casesOpenedByMonth(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "cases", centreId)
    .select([monthOf("cases.opened_on").as("month"), (eb) => eb.fn.countAll<Count>().as("count")])
    .where("cases.opened_on", ">=", range.firstDay)
    .where("cases.opened_on", "<=", range.lastDay)
    .groupBy(monthOf("cases.opened_on"))
    .execute();
}

export async function inquiriesReceivedByMonth(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "inquiries", centreId)
    .select([monthOf("inquiries.received_on").as("month"), (eb) => eb.fn.countAll<Count>().as("count")])
    .where("inquiries.received_on", ">=", range.firstDay)
    .where("inquiries.received_on", "<=", range.lastDay)
    .groupBy(monthOf("inquiries.received_on"))
    .execute();
}

/**
 * Persons in support during the period: their first case opened on or before its last day, and their
 * last case was not closed before its first day (or is still open). Read from the span the case
 * services keep on the person row (`support_from`, `support_until`), so no case is looked up.
 */
function inSupportDuring(range: DayRange) {
  return (eb: ExpressionBuilder<Database, "persons">) =>
    eb.and([
      eb("persons.support_from", "<=", range.lastDay),
      eb.or([eb("persons.support_until", "is", null), eb("persons.support_until", ">=", range.firstDay)]),
    ]);
}

/**
 * The persons in support during the period, counted per combination of the columns the statistics
 * show; grouped in the order of the index `persons_centre_profile_span`, which also holds the span, so
 * the counts stream from index entries without a sort or a table read.
 */
export async function servedPersonsProfile(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "persons", centreId)
    .where(inSupportDuring(range))
    .select([
      "persons.nationality",
      "persons.permit_type as permitType",
      "persons.german_level as germanLevel",
      "persons.certificate_gap as certificateGap",
      (eb) => eb.fn.countAll<Count>().as("count"),
    ])
    .groupBy([
      "persons.centre_id",
      "persons.nationality",
      "persons.permit_type",
      "persons.german_level",
      "persons.certificate_gap",
    ])
    .execute();
}

/** Start day of each placement that started in the period, with the opening day of its case. */
export async function placementStarts(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "placements", centreId)
    .innerJoin("cases", "cases.id", "placements.case_id")
    .where("placements.started_on", ">=", range.firstDay)
    .where("placements.started_on", "<=", range.lastDay)
    .select(["placements.started_on as startedOn", "cases.opened_on as openedOn"])
    .execute();
}

/** The programmes a scope sees: the centre's own and the regional ones (every programme for the region). */
export async function programmesInScope(db: DbOrTx, centreId: CentreScope) {
  return selectProgrammesInScope(db, centreId)
    .select(["programmes.id", "programmes.key", "programmes.name"])
    .orderBy("programmes.name")
    .orderBy("programmes.id")
    .execute();
}

/** The secret the cell keys of region-wide figures are derived from (migration 0022). */
export async function cellKeySecret(db: DbOrTx) {
  const row = await db
    .selectFrom("stats_cell_key")
    .select("secret")
    .where("id", "=", "region")
    .executeTakeFirstOrThrow();
  return row.secret;
}

/** The day an offer opened (older offers without one count from their creation). */
const offerOpenedOn = sql<string>`coalesce(offers.opened_on, substr(offers.created_at, 1, 10))`;
const offerMonth = sql<string>`substr(${offerOpenedOn}, 1, 7)`;

/**
 * Free places of offers opened in the period and still open, by a column of the offer and month of
 * opening: region-wide figures perturb each month on its own.
 */
export async function openOfferPlacesByMonth(
  db: DbOrTx,
  centreId: CentreScope,
  range: DayRange,
  by: "occupation" | "district",
) {
  const key =
    by === "occupation" ? sql<string>`substr(offers.occupation, 1, 2)` : sql<string>`offers.district`;
  return selectForAggregate(db, "offers", centreId)
    .where("offers.status", "=", "open")
    .where(offerOpenedOn, ">=", range.firstDay)
    .where(offerOpenedOn, "<=", range.lastDay)
    .select([
      key.as("key"),
      offerMonth.as("month"),
      sql<Count>`sum(offers.places - offers.places_taken)`.as("count"),
    ])
    .groupBy([key, offerMonth])
    .execute();
}

/** Open inquiries received in the period, by a column of the inquiry and month of receipt. */
export async function openInquiriesByMonth(
  db: DbOrTx,
  centreId: CentreScope,
  range: DayRange,
  by: "occupation" | "district",
) {
  const key =
    by === "occupation" ? sql<string>`substr(inquiries.occupation, 1, 2)` : sql<string>`inquiries.district`;
  return selectForAggregate(db, "inquiries", centreId)
    .where("inquiries.status", "=", "open")
    .where("inquiries.received_on", ">=", range.firstDay)
    .where("inquiries.received_on", "<=", range.lastDay)
    .select([
      key.as("key"),
      monthOf("inquiries.received_on").as("month"),
      (eb) => eb.fn.countAll<Count>().as("count"),
    ])
    .groupBy([key, monthOf("inquiries.received_on")])
    .execute();
}

export async function placementsByTypeStageAndMonth(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "placements", centreId)
    .innerJoin("offers", "offers.id", "placements.offer_id")
    .where("placements.proposed_on", ">=", range.firstDay)
    .where("placements.proposed_on", "<=", range.lastDay)
    .select([
      "offers.type as offerType",
      "placements.stage as stage",
      monthOf("placements.proposed_on").as("month"),
      (eb) => eb.fn.countAll<Count>().as("count"),
    ])
    .groupBy(["offers.type", "placements.stage", monthOf("placements.proposed_on")])
    .execute();
}

export async function enrolmentsByProgrammeAndMonth(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "enrolments", centreId)
    .where("enrolments.entered_on", ">=", range.firstDay)
    .where("enrolments.entered_on", "<=", range.lastDay)
    .select([
      "enrolments.programme_id as key",
      monthOf("enrolments.entered_on").as("month"),
      (eb) => eb.fn.countAll<Count>().as("count"),
    ])
    .groupBy(["enrolments.programme_id", monthOf("enrolments.entered_on")])
    .execute();
}

export async function completionsByProgrammeAndMonth(db: DbOrTx, centreId: CentreScope, range: DayRange) {
  return selectForAggregate(db, "enrolments", centreId)
    .where("enrolments.status", "=", "completed")
    .where("enrolments.exited_on", ">=", range.firstDay)
    .where("enrolments.exited_on", "<=", range.lastDay)
    .select([
      "enrolments.programme_id as key",
      monthOf("enrolments.exited_on").as("month"),
      (eb) => eb.fn.countAll<Count>().as("count"),
    ])
    .groupBy(["enrolments.programme_id", monthOf("enrolments.exited_on")])
    .execute();
}
