import type { Selectable } from "kysely";
import type { EsfRecord } from "#shared/esf/indicators.ts";
import type { IscedLevel } from "#shared/reference/education.ts";
import type { EsfEmploymentStatus, EsfSensitiveAnswer } from "#shared/reference/employers.ts";
import type { EsfImmediateResult, EsfLongTermResult } from "#shared/schemas/esf.ts";
import type { Gender } from "#shared/schemas/person.ts";
import type { EsfParticipantsTable } from "../../db/database.ts";

const flag = (value: number | null) => (value === null ? null : Number(value) === 1);
const json = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

/** A stored participant row with its enrolment's dates, as the pure indicator computation reads it. */
export const toEsfRecord = (
  row: Selectable<EsfParticipantsTable> & {
    programme_id: string;
    entered_on: string;
    exited_on: string | null;
  },
): EsfRecord => ({
  programmeId: row.programme_id,
  personId: row.person_id,
  enteredOn: row.entered_on,
  exitedOn: row.exited_on,
  employmentStatus: row.employment_status as EsfEmploymentStatus | null,
  birthDate: row.birth_date,
  iscedLevel: row.isced_level as IscedLevel | null,
  gender: row.gender as Gender | null,
  nationality: row.nationality,
  foreignBackground: flag(row.foreign_background),
  ruralArea: flag(row.rural_area),
  disability: row.disability as EsfSensitiveAnswer,
  minority: row.minority as EsfSensitiveAnswer,
  homeless: row.homeless as EsfSensitiveAnswer,
  confirmed: row.confirmed_at !== null,
  immediateResult: json<EsfImmediateResult>(row.immediate_result),
  longTermResult: json<EsfLongTermResult>(row.long_term_result),
});

export const toFlag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
