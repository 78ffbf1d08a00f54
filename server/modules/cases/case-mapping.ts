import { z } from "zod";
import { ConcernSchema } from "../../../shared/reference/cases.ts";
import { type Activity, ActivitySchema, type Case, CaseSchema } from "../../../shared/schemas/case.ts";
import type { ActivityRow, CaseRow } from "./cases.repository.ts";

const StoredConcerns = z.array(ConcernSchema);

export const concernsOf = (stored: string) => StoredConcerns.parse(JSON.parse(stored));

export const toCase = (row: CaseRow): Case =>
  CaseSchema.parse({
    id: row.id,
    personId: row.person_id,
    personName: `${row.given_names} ${row.family_name}`,
    status: row.status,
    concerns: concernsOf(row.concerns),
    sourceChannel: row.source_channel,
    advisorId: row.advisor_id,
    advisorName: row.advisor_name,
    outcome: row.outcome,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    lastActivityOn: row.last_activity_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });

export const toActivity = (row: ActivityRow): Activity =>
  ActivitySchema.parse({
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    occurredOn: row.occurred_on,
    durationMinutes: row.duration_minutes,
    text: row.text,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
