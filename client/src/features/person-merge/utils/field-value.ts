import { formatDate, type Language } from "#client/lib/format.ts";
import { countryName, languageName } from "#shared/reference/countries.ts";
import { residenceAreaNames } from "#shared/reference/districts.ts";
import { iscedName } from "#shared/reference/education.ts";
import {
  type RecognitionStatus,
  recognitionBodyNames,
  residencePermitTypeName,
} from "#shared/reference/residence.ts";
import type { Gender, Person } from "#shared/schemas/person.ts";
import type { MergeField } from "#shared/schemas/person-merge.ts";

const dateFields: ReadonlySet<MergeField> = new Set([
  "birthDate",
  "arrivalDate",
  "availableFrom",
  "permitExpiresOn",
]);

/** A field's value as the chooser shows it: text, a catalogue key for coded values, `null` when empty. */
type ValueKey =
  | "personMerge.yes"
  | "personMerge.no"
  | `personMerge.genders.${Gender}`
  | `personMerge.recognitionStatuses.${RecognitionStatus}`;

export function fieldText(
  person: Person,
  field: MergeField,
  language: Language,
): string | { key: ValueKey } | null {
  const value = person[field];
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return { key: value ? "personMerge.yes" : "personMerge.no" };
  if (field === "gender" && person.gender) return { key: `personMerge.genders.${person.gender}` };
  if (field === "recognitionStatus")
    return { key: `personMerge.recognitionStatuses.${person.recognitionStatus}` };
  if (field === "recognitionBody" && person.recognitionBody)
    return recognitionBodyNames[person.recognitionBody];
  if (field === "educationLevel" && person.educationLevel) return iscedName(person.educationLevel, language);
  if (dateFields.has(field)) return formatDate(value as string, language);
  if (field === "nationality") return countryName(person.nationality, language);
  if (field === "district") return residenceAreaNames[person.district];
  if (field === "permitType" && person.permitType)
    return residencePermitTypeName(person.permitType, language);
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
