import type {
  ActivityType,
  CaseOutcome,
  CaseStatus,
  Concern,
  SourceChannel,
} from "#shared/reference/cases.ts";
import type { Activity, Case } from "#shared/schemas/case.ts";
import type { ActivityRow, CaseRow } from "./cases.repository.ts";

/** Rows were validated with the shared schemas on the way in; reading them back only maps names. */
export const concernsOf = (stored: string) => JSON.parse(stored) as Concern[];

export const toCase = (row: CaseRow): Case => ({
  id: row.id,
  personId: row.person_id,
  personName: `${row.given_names} ${row.family_name}`,
  status: row.status as CaseStatus,
  concerns: concernsOf(row.concerns),
  sourceChannel: row.source_channel as SourceChannel,
  advisorId: row.advisor_id,
  advisorName: row.advisor_name,
  outcome: row.outcome as CaseOutcome | null,
  openedOn: row.opened_on,
  closedOn: row.closed_on,
  lastActivityOn: row.last_activity_on,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export const toActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  caseId: row.case_id,
  type: row.type as ActivityType,
  occurredOn: row.occurred_on,
  durationMinutes: row.duration_minutes,
  text: row.text,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});
