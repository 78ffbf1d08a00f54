import { type Context, Hono } from "hono";
import {
  CaseListExportQuerySchema,
  PersonListExportQuerySchema,
  SelectionExportSchema,
} from "#shared/schemas/list-export.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { type SpreadsheetFile, spreadsheetFile } from "../../lib/spreadsheet.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, queryParams } from "../../middleware/validate.ts";
import { exportCaseList, exportCaseSelection } from "../cases/cases.service.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { exportPersonList, exportPersonSelection } from "../persons/persons.service.ts";
import { caseSheet, personSheet } from "./list-export-sheets.ts";

const fileOf = (stem: string, file: SpreadsheetFile) => ({
  body: file.body,
  contentType: file.contentType,
  fileName: `${stem}-${todayInBerlin()}.${file.extension}`,
});

/**
 * The persons and cases lists as CSV or XLSX with the list's filters (issue 16, item 5): advisors of the centre,
 * or the rows chosen in the list by their ids (`POST`, bulk actions: too many for a URL), through the disclosure gate (one audit entry naming every exported person, committed before the file leaves).
 */
export function listExportRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/persons", permit("export:person"), queryParams(PersonListExportQuerySchema), async (c) => {
      const { format, ...query } = c.req.valid("query");
      const { items, disclosure } = await exportPersonList(db, context(c), query, format);
      return sendFile(c, disclosure, fileOf("personen", await spreadsheetFile(format, personSheet(items))));
    })
    .get("/cases", permit("export:case"), queryParams(CaseListExportQuerySchema), async (c) => {
      const { format, ...query } = c.req.valid("query");
      const { items, disclosure } = await exportCaseList(db, context(c), query, format);
      return sendFile(c, disclosure, fileOf("faelle", await spreadsheetFile(format, caseSheet(items))));
    })
    .post("/persons", permit("export:person"), jsonBody(SelectionExportSchema), async (c) => {
      const { format, ids } = c.req.valid("json");
      const { items, disclosure } = await exportPersonSelection(db, context(c), ids, format);
      return sendFile(c, disclosure, fileOf("personen", await spreadsheetFile(format, personSheet(items))));
    })
    .post("/cases", permit("export:case"), jsonBody(SelectionExportSchema), async (c) => {
      const { format, ids } = c.req.valid("json");
      const { items, disclosure } = await exportCaseSelection(db, context(c), ids, format);
      return sendFile(c, disclosure, fileOf("faelle", await spreadsheetFile(format, caseSheet(items))));
    });
}
