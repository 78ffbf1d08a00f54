import { countryName, languageName } from "../../../../../shared/reference/countries.ts";
import { residenceAreaNames } from "../../../../../shared/reference/districts.ts";
import { permitTypeName } from "../../../../../shared/reference/residence.ts";
import type { Person } from "../../../../../shared/schemas/person.ts";
import type { MergeField } from "../../../../../shared/schemas/person-merge.ts";
import { formatDate, type Language } from "../../../lib/format.ts";

const dateFields: ReadonlySet<MergeField> = new Set([
  "birthDate",
  "arrivalDate",
  "availableFrom",
  "permitExpiresOn",
]);

/** A field's value as the chooser shows it; `null` for an empty value. */
export function fieldText(person: Person, field: MergeField, language: Language): string | boolean | null {
  const value = person[field];
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value;
  if (dateFields.has(field)) return formatDate(value as string, language);
  if (field === "nationality") return countryName(person.nationality, language);
  if (field === "district") return residenceAreaNames[person.district];
  if (field === "permitType" && person.permitType) return permitTypeName(person.permitType, language);
  if (field === "languages")
    return person.languages.length === 0
      ? null
      : person.languages.map((code) => languageName(code, language)).join(", ");
  if (field === "qualifications")
    return person.qualifications.length === 0
      ? null
      : person.qualifications
          .map((item) =>
            [item.title ?? item.occupation, countryName(item.country, language), item.year].join(", "),
          )
          .join("; ");
  return String(value);
}

/** Same stored value on both sides: nothing to choose. */
export const sameValue = (a: Person, b: Person, field: MergeField) =>
  JSON.stringify(a[field]) === JSON.stringify(b[field]);
