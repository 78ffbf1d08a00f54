import type SqliteDatabase from "better-sqlite3";
import { newId } from "#server/lib/ids.ts";
import type { Random } from "#server/seed/random.ts";
import { districts } from "#shared/reference/districts.ts";
import { offerTypes, placementStages } from "#shared/reference/employers.ts";
import { addDays } from "#shared/time/calendar.ts";

type Insert = (table: string, rows: readonly object[]) => void;

const occupations = [
  "43104",
  "29302",
  "34212",
  "26112",
  "81302",
  "82102",
  "63302",
  "52122",
  "24412",
  "22342",
];
const stamps = (day: string) => {
  const at = `${day}T09:00:00.000Z`;
  return { created_at: at, updated_at: at, version: 1 };
};
const dayIn = (random: Random, from: string, to: string) =>
  addDays(from, random.int(0, Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000))));

/**
 * Employer-side data at a plausible ratio to the bench's persons: one company per 25 persons, inquiries
 * rising from 2024 to 2025, offers, placements of served persons, and programme enrolments.
 */
export function insertEmployerData(
  sqlite: SqliteDatabase.Database,
  insert: Insert,
  options: { centreId: string; persons: number; today: string; random: Random },
) {
  const { centreId, random, today } = options;
  const companies = Array.from({ length: Math.max(10, Math.round(options.persons / 25)) }, (_, index) => ({
    id: newId(),
    centre_id: centreId,
    name: `Bench-Betrieb ${index}`,
    district: random.pick(districts),
    sector: random.pick(["craft", "care", "industry", "it", "hospitality"]),
    chamber: random.pick(["ihk", "hwk"]),
    size_band: random.pick(["micro", "small", "medium"]),
    contacts: "[]",
    notes: null,
    agency_id: null,
    name_folded: `bench-betrieb ${index}`,
    ...stamps("2024-01-02"),
  }));
  const inquiries = Array.from({ length: Math.round(options.persons / 5) }, () => {
    const year = random.weighted([
      ["2024", 1],
      ["2025", 3.5],
      ["2026", 3],
    ] as const);
    const received = dayIn(random, `${year}-01-01`, year === "2026" ? today : `${year}-12-31`);
    const company = random.pick(companies);
    return {
      id: newId(),
      centre_id: centreId,
      company_id: company.id,
      district: company.district,
      occupation: random.pick(occupations),
      people_count: random.int(1, 4),
      german_level: random.pick(["A2", "B1", "B2", null]),
      start_on: null,
      help_wanted: "[]",
      status: random.weighted([
        ["open", 3],
        ["served", 5],
        ["withdrawn", 1],
      ] as const),
      received_on: received,
      notes: null,
      created_by: null,
      ...stamps(received),
    };
  });
  const offers = Array.from({ length: Math.round(options.persons / 8) }, () => {
    const company = random.pick(companies);
    const opened = dayIn(random, "2024-01-02", today);
    const places = random.int(1, 5);
    const status = random.weighted([
      ["open", 4],
      ["filled", 3],
      ["closed", 2],
      ["draft", 1],
    ] as const);
    return {
      id: newId(),
      centre_id: centreId,
      company_id: company.id,
      type: random.pick(offerTypes),
      title: "Bench-Angebot",
      occupation: random.pick(occupations),
      district: company.district,
      starts_on: addDays(opened, 60),
      ends_on: null,
      places,
      places_taken: status === "filled" ? places : random.int(0, places - 1),
      language_requirement: "{}",
      programme_id: null,
      description: null,
      status,
      opened_on: status === "draft" ? null : opened,
      created_by: null,
      ...stamps(opened),
    };
  });
  const cases = sqlite
    .prepare("select id, person_id, opened_on from cases where centre_id = ? order by random() limit ?")
    .all(centreId, Math.round(options.persons / 4)) as { id: string; person_id: string; opened_on: string }[];
  const placements = cases.map((found) => {
    const offer = random.pick(offers);
    const proposed = addDays(found.opened_on, random.int(10, 200));
    const stage = random.pick(placementStages);
    const started = ["running", "completed"].includes(stage) ? addDays(proposed, random.int(14, 90)) : null;
    return {
      id: newId(),
      centre_id: centreId,
      offer_id: offer.id,
      company_id: offer.company_id,
      person_id: found.person_id,
      case_id: found.id,
      stage,
      end_reason: null,
      end_note: null,
      proposed_on: proposed,
      interview_on: null,
      accepted_on: started ? addDays(started, -10) : null,
      started_on: started,
      completed_on: null,
      ended_on: null,
      employer_feedback: null,
      advisor_note: null,
      proposed_by: null,
      ...stamps(proposed),
    };
  });
  const programmes = sqlite.prepare("select id from programmes").all() as { id: string }[];
  const enrolments = programmes.length
    ? cases.slice(0, Math.round(cases.length / 2)).map((found) => {
        const entered = addDays(found.opened_on, random.int(5, 120));
        const done = random.chance(0.5);
        return {
          id: newId(),
          centre_id: centreId,
          programme_id: random.pick(programmes).id,
          person_id: found.person_id,
          status: done ? "completed" : "active",
          entered_on: entered,
          exited_on: done ? addDays(entered, random.int(20, 120)) : null,
          esf_entry: null,
          esf_result: null,
          created_by: null,
          ...stamps(entered),
        };
      })
    : [];
  sqlite.transaction(() => {
    insert("companies", companies);
    insert("inquiries", inquiries);
    insert("offers", offers);
    insert("placements", placements);
    insert("enrolments", enrolments);
  })();
  return {
    companies: companies.length,
    inquiries: inquiries.length,
    offers: offers.length,
    placements: placements.length,
  };
}
