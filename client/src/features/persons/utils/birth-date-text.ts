import { formatDate } from "#client/lib/format.ts";
import type { Person } from "#shared/schemas/person.ts";

/** An anonymised person keeps only the birth year (stored as 1 January of it), so only the year shows. */
export const birthDateText = (person: Pick<Person, "birthDate" | "anonymisedAt">, language: "de" | "en") =>
  person.anonymisedAt ? person.birthDate.slice(0, 4) : formatDate(person.birthDate, language);
