import type { Selectable } from "kysely";
import type { CaseStatus } from "#shared/reference/cases.ts";
import { RESIDENCE_PERMIT_WARNING_DAYS } from "#shared/reference/cases.ts";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import type { ResidenceArea } from "#shared/reference/districts.ts";
import type { IscedLevel } from "#shared/reference/education.ts";
import type { RecognitionBody, RecognitionStatus, ResidencePermitType } from "#shared/reference/residence.ts";
import type { Person, PersonCreate, PersonListItem } from "#shared/schemas/person.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import type { PersonsTable } from "../../db/database.ts";
import { foldName, searchTextOf, sortNameOf } from "../../lib/names.ts";
import type { PersonRow } from "./persons.repository.ts";

function flagsOf(row: Pick<Selectable<PersonsTable>, "permit_expires_on">, today: string) {
  const expires = row.permit_expires_on;
  return {
    permitExpired: expires !== null && expires < today,
    permitExpiring:
      expires !== null && expires >= today && expires <= addDays(today, RESIDENCE_PERMIT_WARNING_DAYS),
  };
}

function openCaseOf(row: PersonRow) {
  if (!row.open_case_id || !row.open_case_status) return null;
  return {
    id: row.open_case_id,
    status: row.open_case_status as CaseStatus,
    advisorId: row.open_case_advisor_id,
    advisorName: row.open_case_advisor_name,
  };
}

/** Rows were validated with the shared schemas on the way in; reading them back only maps names. */
export function toPerson(row: PersonRow, today = todayInBerlin()): Person {
  return {
    id: row.id,
    centreId: row.centre_id,
    familyName: row.family_name,
    givenNames: row.given_names,
    nameLatin: row.name_latin,
    birthDate: row.birth_date,
    gender: row.gender as Person["gender"],
    nationality: row.nationality,
    languages: JSON.parse(row.languages) as Person["languages"],
    email: row.email,
    phone: row.phone,
    district: row.district as ResidenceArea,
    arrivalDate: row.arrival_date,
    educationLevel: row.education_level as IscedLevel | null,
    qualifications: JSON.parse(row.qualifications) as Person["qualifications"],
    targetOccupation: row.target_occupation,
    availableFrom: row.available_from,
    permitType: row.permit_type as ResidencePermitType | null,
    permitExpiresOn: row.permit_expires_on,
    fastTrack81a: row.fast_track_81a === 1,
    recognitionOccupation: row.recognition_occupation,
    recognitionBody: row.recognition_body as RecognitionBody | null,
    recognitionStatus: row.recognition_status as RecognitionStatus,
    recognitionDeficits: row.recognition_deficits,
    recognitionMeasure: row.recognition_measure,
    notes: row.notes,
    openCase: openCaseOf(row),
    flags: flagsOf(row, today),
    germanLevel: row.german_level as CefrLevel | null,
    germanLevels: row.german_levels ? (JSON.parse(row.german_levels) as Person["germanLevels"]) : null,
    certificateGap: row.certificate_gap === 1,
    anonymisedAt: row.anonymised_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function toPersonListItem(row: PersonRow, today: string): PersonListItem {
  return {
    id: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    nameLatin: row.name_latin,
    birthDate: row.birth_date,
    nationality: row.nationality,
    district: row.district as ResidenceArea,
    permitType: row.permit_type as ResidencePermitType | null,
    permitExpiresOn: row.permit_expires_on,
    openCase: openCaseOf(row),
    flags: flagsOf(row, today),
    germanLevel: row.german_level as CefrLevel | null,
    certificateGap: row.certificate_gap === 1,
    anonymisedAt: row.anonymised_at ?? null,
  };
}

type PersonFields = Omit<PersonCreate, "acknowledgedDuplicates">;

/** Columns of the person record from its fields, including the derived search and sort keys. */
export function personColumns(fields: PersonFields) {
  return {
    family_name: fields.familyName,
    given_names: fields.givenNames,
    name_latin: fields.nameLatin,
    sort_name: sortNameOf(fields.familyName, fields.givenNames),
    search_text: searchTextOf(fields.familyName, fields.givenNames, fields.nameLatin),
    family_key: foldName(fields.familyName),
    birth_date: fields.birthDate,
    gender: fields.gender,
    nationality: fields.nationality,
    languages: JSON.stringify(fields.languages),
    email: fields.email,
    phone: fields.phone,
    district: fields.district,
    arrival_date: fields.arrivalDate,
    education_level: fields.educationLevel,
    qualifications: JSON.stringify(fields.qualifications),
    target_occupation: fields.targetOccupation,
    available_from: fields.availableFrom,
    permit_type: fields.permitType,
    permit_expires_on: fields.permitExpiresOn,
    fast_track_81a: fields.fastTrack81a ? 1 : 0,
    recognition_occupation: fields.recognitionOccupation,
    recognition_body: fields.recognitionBody,
    recognition_status: fields.recognitionStatus,
    recognition_deficits: fields.recognitionDeficits,
    recognition_measure: fields.recognitionMeasure,
    notes: fields.notes,
  };
}
