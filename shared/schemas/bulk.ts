import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CaseOutcomeSchema } from "../reference/cases.ts";
import { todayInBerlin } from "../time/calendar.ts";
import { CaseListQuerySchema } from "./case.ts";
import { CalendarDateSchema, IdSchema } from "./common.ts";
import { PersonListQuerySchema } from "./person.ts";
import { TaskCreateSchema } from "./task.ts";

/** More records than this in one bulk action (or export of chosen rows) are refused: 422 naming `ids` or `filter`. */
export const MAX_BULK_IDS = 1000;

export const BulkIdsSchema = z
  .array(IdSchema)
  .min(1, { error: say("min_count", { count: 1 }) })
  .max(MAX_BULK_IDS, { error: say("max_count", { count: MAX_BULK_IDS }) });

const AssignAdvisor = { action: z.literal("assign_advisor"), advisorId: IdSchema };
const AddTask = {
  action: z.literal("add_task"),
  title: TaskCreateSchema.shape.title,
  dueOn: CalendarDateSchema,
  assigneeId: IdSchema.optional(),
};
const Close = {
  action: z.literal("close"),
  outcome: CaseOutcomeSchema,
  closedOn: CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
    error: say("future_date"),
  }).optional(),
};

/** The change alone, without its target: what the bulk action bar's form checks before it asks the server. */
export const BulkChangeSchema = z.discriminatedUnion("action", [
  z.object(AssignAdvisor),
  z.object(AddTask),
  z.object(Close),
]);

const PersonBulkFilterSchema = PersonListQuerySchema.omit({ cursor: true, limit: true });
const CaseBulkFilterSchema = CaseListQuerySchema.omit({ cursor: true, limit: true });
export type PersonBulkFilter = z.infer<typeof PersonBulkFilterSchema>;
export type CaseBulkFilter = z.infer<typeof CaseBulkFilterSchema>;

/** The rows chosen one by one (`ids`) or every row the list shows with these filters (`filter`): one of them. */
const oneTarget = (value: { ids?: unknown; filter?: unknown }, ctx: z.RefinementCtx) => {
  if ((value.ids === undefined) === (value.filter === undefined))
    ctx.addIssue({ code: "custom", path: ["ids"], message: say("bulk_ids_or_filter") });
};

const personTarget = { ids: BulkIdsSchema.optional(), filter: PersonBulkFilterSchema.optional() };
export const PersonBulkSchema = z
  .discriminatedUnion("action", [
    z.strictObject({ ...AssignAdvisor, ...personTarget }),
    z.strictObject({ ...AddTask, ...personTarget }),
  ])
  .superRefine(oneTarget);
export type PersonBulk = z.infer<typeof PersonBulkSchema>;

const caseTarget = { ids: BulkIdsSchema.optional(), filter: CaseBulkFilterSchema.optional() };
export const CaseBulkSchema = z
  .discriminatedUnion("action", [
    z.strictObject({ ...AssignAdvisor, ...caseTarget }),
    z.strictObject({ ...AddTask, ...caseTarget }),
    z.strictObject({ ...Close, ...caseTarget }),
  ])
  .superRefine(oneTarget);
export type CaseBulk = z.infer<typeof CaseBulkSchema>;

/** What a bulk action does to each open case it reaches (the persons list reaches the person's open case). */
export type CaseBulkChange = CaseBulk extends infer Each
  ? Each extends CaseBulk
    ? Omit<Each, "ids" | "filter">
    : never
  : never;
export const bulkActions = ["assign_advisor", "add_task", "close"] as const;
export type BulkAction = (typeof bulkActions)[number];

/** Why a chosen row was left as it was; the other rows of the same call changed. */
export const bulkRefusals = [
  "not_found",
  "person_anonymised",
  "no_open_case",
  "case_closed",
  "transition_not_allowed",
  "closed_before_opened",
] as const;
export type BulkRefusal = (typeof bulkRefusals)[number];

export const BulkSummarySchema = z.object({
  action: z.enum(bulkActions),
  /** How many rows were asked for (named or found by the filter): persons or cases, as the list shows them. */
  requested: z.number().int(),
  changed: z.array(IdSchema),
  /** Already as asked (the advisor was assigned before): nothing to do. */
  unchanged: z.array(IdSchema),
  refused: z.array(z.object({ id: IdSchema, reason: z.enum(bulkRefusals) })),
});
export type BulkSummary = z.infer<typeof BulkSummarySchema>;
