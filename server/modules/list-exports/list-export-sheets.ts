import {
  caseStatusLabels,
  concernLabels,
  outcomeLabels,
  sourceChannelLabels,
} from "#shared/exports/list-labels.ts";
import { countryName } from "#shared/reference/countries.ts";
import { residenceAreaNames } from "#shared/reference/districts.ts";
import { residencePermitTypeNames } from "#shared/reference/residence.ts";
import type { Case } from "#shared/schemas/case.ts";
import type { PersonListItem } from "#shared/schemas/person.ts";
import type { Sheet, SheetValue } from "../../lib/spreadsheet.ts";

const day = (value: string | null): SheetValue => (value === null ? null : { day: value });

/** The persons list as the screen shows it: no contact data, nothing the list does not show. */
export function personSheet(items: readonly PersonListItem[]): Sheet {
  return {
    name: "Personen",
    header: [
      "Familienname",
      "Vorname(n)",
      "Name in lateinischer Schrift",
      "Geburtsdatum",
      "Staatsangehörigkeit",
      "Wohnort",
      "Aufenthaltstitel",
      "Aufenthaltstitel gültig bis",
      "Offener Fall",
      "Beraterin/Berater",
      "Deutsch (GER)",
    ],
    rows: items.map((item) => [
      item.familyName,
      item.givenNames,
      item.nameLatin,
      day(item.birthDate),
      countryName(item.nationality, "de"),
      residenceAreaNames[item.district],
      item.permitType ? residencePermitTypeNames[item.permitType] : null,
      day(item.permitExpiresOn),
      item.openCase ? caseStatusLabels[item.openCase.status] : null,
      item.openCase?.advisorName ?? null,
      item.germanLevel,
    ]),
  };
}

/** The cases list as the screen shows it. */
export function caseSheet(items: readonly Case[]): Sheet {
  return {
    name: "Fälle",
    header: [
      "Person",
      "Status",
      "Anliegen",
      "Zugang",
      "Beraterin/Berater",
      "Eröffnet am",
      "Letzte Aktivität",
      "Abgeschlossen am",
      "Ergebnis",
    ],
    rows: items.map((item) => [
      item.personName,
      caseStatusLabels[item.status],
      item.concerns.map((concern) => concernLabels[concern]).join(", "),
      sourceChannelLabels[item.sourceChannel],
      item.advisorName,
      day(item.openedOn),
      day(item.lastActivityOn),
      day(item.closedOn),
      item.outcome ? outcomeLabels[item.outcome] : null,
    ]),
  };
}
