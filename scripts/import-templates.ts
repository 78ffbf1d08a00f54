/**
 * Writes the import templates (decision 0046) into client/public/vorlagen/: the German headers the import
 * recognises, one file per kind as XLSX and CSV. Run `npx tsx scripts/import-templates.ts` after changing the
 * headers; tests/unit/import-templates.test.ts reads the files back through the importer's header mapping.
 */
import fs from "node:fs";
import path from "node:path";
import { spreadsheetFile } from "../server/lib/spreadsheet.ts";

export const templateHeaders = {
  personen: [
    "Externe ID",
    "Familienname",
    "Vorname(n)",
    "Name (lateinisch)",
    "Geburtsdatum",
    "Geschlecht",
    "Staatsangehörigkeit",
    "E-Mail",
    "Telefon",
    "Landkreis",
    "Einreise",
    "Notizen",
  ],
  unternehmen: [
    "Externe ID",
    "Unternehmen",
    "Branche",
    "Kammer",
    "Landkreis",
    "Größenklasse",
    "Ansprechperson",
    "E-Mail",
    "Telefon",
    "Notizen",
  ],
} as const;

const folder = path.resolve(import.meta.dirname, "../client/public/vorlagen");
fs.mkdirSync(folder, { recursive: true });
for (const [name, header] of Object.entries(templateHeaders))
  for (const format of ["xlsx", "csv"] as const) {
    const file = await spreadsheetFile(format, { name: "Import", header, rows: [] });
    fs.writeFileSync(path.join(folder, `${name}-vorlage.${format}`), file.body);
  }
