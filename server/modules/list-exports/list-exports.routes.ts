import { type Context, Hono } from "hono";
import {
  CaseListExportQuerySchema,
  PersonListExportQuerySchema,
} from "../../../shared/schemas/list-export.ts";
import { todayInBerlin } from "../../../shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { type SpreadsheetFile, spreadsheetFile } from "../../lib/spreadsheet.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { queryParams } from "../../middleware/validate.ts";
import { exportCaseList } from "../cases/cases.service.ts";
import { exportPersonList } from "../persons/persons.service.ts";
import { caseSheet, personSheet } from "./list-export-sheets.ts";

/** Always a download, never rendered: the browser saves the file under a plain, dated name. */
function download(c: Context<AppEnv>, stem: string, file: SpreadsheetFile) {
  c.header("Content-Type", file.contentType);
  c.header("Content-Disposition", `attachment; filename="${stem}-${todayInBerlin()}.${file.extension}"`);
  return c.body(file.body as Uint8Array<ArrayBuffer>);
}

/**
 * The persons and cases lists as CSV or XLSX with the list's filters (issue 16, item 5): advisors of the centre,
 * one audit entry naming every exported person, committed before the file leaves (in the services).
 */
export function listExportRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/persons", permit("export:person"), queryParams(PersonListExportQuerySchema), async (c) => {
      const { format, ...query } = c.req.valid("query");
      const items = await exportPersonList(db, context(c), query, format);
      return download(c, "personen", await spreadsheetFile(format, personSheet(items)));
    })
    .get("/cases", permit("export:case"), queryParams(CaseListExportQuerySchema), async (c) => {
      const { format, ...query } = c.req.valid("query");
      const items = await exportCaseList(db, context(c), query, format);
      return download(c, "faelle", await spreadsheetFile(format, caseSheet(items)));
    });
}
