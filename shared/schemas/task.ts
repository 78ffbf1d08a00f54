import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { CaseSchema } from "./case.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, singleLineText, VersionSchema } from "./common.ts";
import { PersonListItemSchema } from "./person.ts";

export const TaskSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  title: z.string(),
  dueOn: CalendarDateSchema,
  assigneeId: IdSchema,
  assigneeName: z.string(),
  doneAt: InstantSchema.nullable(),
  automatic: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Task = z.infer<typeof TaskSchema>;

const TitleSchema = singleLineText()
  .min(1, { error: say("title_required") })
  .max(300);

export const TaskCreateSchema = z.strictObject({
  caseId: IdSchema,
  title: TitleSchema,
  dueOn: CalendarDateSchema,
  assigneeId: IdSchema.optional(),
});
export type TaskCreate = z.infer<typeof TaskCreateSchema>;

export const TaskUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    title: TitleSchema.optional(),
    dueOn: CalendarDateSchema.optional(),
    assigneeId: IdSchema.optional(),
    done: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type TaskUpdate = z.infer<typeof TaskUpdateSchema>;

export const TaskListQuerySchema = z.strictObject({
  assignee: z.union([z.literal("me"), IdSchema]).optional(),
  caseId: IdSchema.optional(),
  personId: IdSchema.optional(),
  done: z.enum(["true", "false"]).optional(),
  dueBefore: CalendarDateSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;
export const TaskPageSchema = pageOf(TaskSchema);

export const MyDaySchema = z.object({
  today: CalendarDateSchema,
  overdue: z.array(TaskSchema),
  dueToday: z.array(TaskSchema),
  nextSevenDays: z.array(TaskSchema),
  // expiringPermits: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  expiringPermits: z.array(PersonListItemSchema),
  staleCases: z.array(CaseSchema),
});
export type MyDay = z.infer<typeof MyDaySchema>;
