import { type ImportField, type ImportKind, importFieldsOf } from "#shared/schemas/import.ts";
import { foldName } from "../../lib/names.ts";
import type { ReadCell } from "../../lib/spreadsheet-read.ts";
import { cellText } from "./import-cells.ts";

const headerKey = (header: string) => foldName(header).replace(/ /g, "");

/** German and English headers centres use, per field (compared folded: case, umlauts, spaces, brackets). */
const personHeaders: Record<string, readonly string[]> = {
  externalId: ["Externe ID", "External ID", "ID extern", "Kundennummer", "Klientennummer", "Client ID"],
  familyName: ["Familienname", "Nachname", "Name", "Family name", "Last name", "Surname"],
  givenNames: ["Vorname", "Vornamen", "Vorname(n)", "Given names", "Given name", "First name", "First names"],
  nameLatin: [
    "Transliteration",
    "Name lateinisch",
    "Name (lateinisch)",
    "Latin name",
    "Name in Latin script",
  ],
  birthDate: ["Geburtsdatum", "Geburtstag", "Geb.-Datum", "Geb. am", "Date of birth", "Birth date", "DOB"],
  gender: ["Geschlecht", "Gender", "Sex"],
  nationality: ["Staatsangehörigkeit", "Nationalität", "Staatsbürgerschaft", "Nationality", "Citizenship"],
  email: ["E-Mail", "E-Mail-Adresse", "Mail", "Email", "Email address"],
  phone: ["Telefon", "Telefonnummer", "Tel.", "Mobil", "Handy", "Phone", "Phone number", "Mobile"],
  district: ["Landkreis", "Kreis", "Wohnort (Landkreis)", "District", "County"],
  arrivalDate: ["Einreise", "Einreisedatum", "Ankunft", "Arrival", "Arrival date", "Date of arrival"],
  notes: ["Notizen", "Bemerkungen", "Anmerkungen", "Notes", "Comments", "Remarks"],
};

const companyHeaders: Record<string, readonly string[]> = {
  externalId: ["Externe ID", "External ID", "ID extern", "Kundennummer", "Firmennummer", "Company ID"],
  name: ["Unternehmen", "Firma", "Firmenname", "Name", "Betrieb", "Company", "Company name"],
  sector: ["Branche", "Gewerk", "Sektor", "Sector", "Industry", "Trade"],
  chamber: ["Kammer", "Chamber"],
  district: ["Landkreis", "Kreis", "District", "County"],
  sizeBand: ["Größe", "Größenklasse", "Beschäftigte", "Size", "Size band", "Employees"],
  contactName: [
    "Ansprechperson",
    "Ansprechpartner",
    "Ansprechpartnerin",
    "Kontakt",
    "Contact",
    "Contact person",
  ],
  contactEmail: ["E-Mail", "E-Mail-Adresse", "Email", "Contact email"],
  contactPhone: ["Telefon", "Telefonnummer", "Tel.", "Phone", "Contact phone"],
  notes: ["Notizen", "Bemerkungen", "Anmerkungen", "Notes", "Comments"],
};

const lookups = Object.fromEntries(
  (["persons", "companies"] as const).map((kind) => {
    const map = new Map<string, ImportField>();
    for (const [field, names] of Object.entries(kind === "persons" ? personHeaders : companyHeaders))
      for (const name of names) map.set(headerKey(name), field as ImportField);
    return [kind, map];
  }),
) as Record<ImportKind, Map<string, ImportField>>;

/** The field's name in messages: its first German header. */
export const fieldLabel = (kind: ImportKind, field: string): string =>
  (kind === "persons" ? personHeaders : companyHeaders)[field]?.[0] ?? field;

/** The field a header names on its own, or null. */
export function fieldOfHeader(kind: ImportKind, header: string): ImportField | null {
  return lookups[kind].get(headerKey(header)) ?? null;
}

export type Column = { index: number; header: string; field: ImportField | null };
export type HeaderMapping = { headerRow: number; columns: Column[]; unmappedHeaders: string[] };

/**
 * The header is the first of the top rows that names at least two fields (a title row or merged group
 * headings above it are passed over). An explicit mapping (header → field, null = ignore) wins; a field is
 * taken by its first column only.
 */
export function mapHeader(
  kind: ImportKind,
  rows: readonly (readonly ReadCell[])[],
  explicit: Record<string, ImportField | null> = {},
): HeaderMapping {
  const explicitByKey = new Map(
    Object.entries(explicit).map(([header, field]) => [headerKey(header), field]),
  );
  const known = importFieldsOf(kind);
  const fieldOf = (header: string) => {
    const folded = headerKey(header);
    if (explicitByKey.has(folded)) return explicitByKey.get(folded) ?? null;
    return fieldOfHeader(kind, header);
  };
  const scan = Math.min(rows.length, 10);
  let headerIndex = 0;
  for (let index = 0; index < scan; index++) {
    const named = (rows[index] ?? []).filter((cell) => {
      const text = cellText(cell);
      return text !== null && fieldOf(text) !== null;
    });
    if (named.length >= 2) {
      headerIndex = index;
      break;
    }
  }
  const taken = new Set<ImportField>();
  const columns: Column[] = [];
  const unmappedHeaders: string[] = [];
  for (const [index, cell] of (rows[headerIndex] ?? []).entries()) {
    const header = cellText(cell);
    if (header === null) continue;
    const field = fieldOf(header);
    if (field && known.includes(field) && !taken.has(field)) {
      taken.add(field);
      columns.push({ index, header, field });
    } else {
      columns.push({ index, header, field: null });
      if (!explicitByKey.has(headerKey(header))) unmappedHeaders.push(header);
    }
  }
  return { headerRow: headerIndex + 1, columns, unmappedHeaders };
}
