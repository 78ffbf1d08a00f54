import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "#server/lib/spreadsheet-read.ts";
import { mapHeader } from "#server/modules/imports/import-columns.ts";
import { importFieldsOf } from "#shared/schemas/import.ts";

// The templates linked from the import page (client/public/vorlagen, written by scripts/import-templates.ts).
const templates = [
  { file: "personen-vorlage", kind: "persons" },
  { file: "unternehmen-vorlage", kind: "companies" },
] as const;

describe("import templates", () => {
  for (const { file, kind } of templates)
    for (const format of ["xlsx", "csv"] as const)
      it(`${file}.${format} names every field of the ${kind} import with a header the import recognises`, async () => {
        const sheet = await readSpreadsheet(
          new Uint8Array(readFileSync(`client/public/vorlagen/${file}.${format}`)),
        );
        expect(sheet.format).toBe(format);
        const header = mapHeader(kind, sheet.rows);
        expect(header.headerRow).toBe(1);
        expect(header.unmappedHeaders).toEqual([]);
        expect(header.columns.map((column) => column.field).sort()).toEqual([...importFieldsOf(kind)].sort());
        expect(header.columns[1]?.header).toBe(kind === "persons" ? "Familienname" : "Unternehmen");
      });
});
