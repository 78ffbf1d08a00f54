import type { Insertable, Selectable, Updateable } from "kysely";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import type { District } from "#shared/reference/districts.ts";
import {
  type HelpWanted,
  helpWantedKinds,
  type OfferType,
  type PlacementStage,
  type Sector,
  takesPlace,
} from "#shared/reference/employers.ts";
import type { LanguageRequirementSchema } from "#shared/schemas/offer.ts";
import { addDays } from "#shared/time/calendar.ts";
import { insertInBatches } from "../db/bulk.ts";
import type {
  AgenciesTable,
  CompaniesTable,
  DbOrTx,
  EnrolmentsTable,
  InquiriesTable,
  OffersTable,
  PersonAgenciesTable,
  PlacementsTable,
  ProgrammesTable,
} from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { foldName } from "../lib/names.ts";
import {
  closeEsfResultTask,
  immediateTaskKey,
  longTermTaskKey,
  openEsfResultTasks,
} from "../modules/esf/esf-result-tasks.ts";
import { openContactReleaseTask } from "../modules/placements/contact-release-task.ts";
import type { PersonBundle } from "./case-data.ts";
import { esfParticipantsFor, extraEsfEnrolments } from "./esf-participants.ts";
import { createRandom, type Random } from "./random.ts";

/** Profile columns of the six demo companies the sign-ins refer to; the employer seed adds the rest. */
const accountCompanyProfiles: Record<
  string,
  Pick<Selectable<CompaniesTable>, "sector" | "chamber" | "size_band">
> = {
  brandt: { sector: "craft", chamber: "hwk", size_band: "small" },
  "elektro-kaya": { sector: "craft", chamber: "hwk", size_band: "micro" },
  "baeckerei-sonnenkorn": { sector: "craft", chamber: "hwk", size_band: "small" },
  "shk-leinetal": { sector: "craft", chamber: "hwk", size_band: "small" },
  "pflege-am-maschsee": { sector: "care", chamber: "other", size_band: "medium" },
  weserlogistik: { sector: "logistics", chamber: "ihk", size_band: "medium" },
};

/** The trade of each demo company decides its offers' occupations. */
const accountCompanyTrades: Record<string, Trade> = {
  brandt: "tischlerei",
  "elektro-kaya": "elektro",
  "baeckerei-sonnenkorn": "baeckerei",
  "shk-leinetal": "shk",
  "pflege-am-maschsee": "pflege",
  weserlogistik: "logistik",
};

const contactNames = [
  "Anke Wolters",
  "Jörg Brinkmann",
  "Silke Hartmann",
  "Uwe Lindemann",
  "Petra Oltmanns",
  "Frank Rehbein",
  "Birgit Stolte",
  "Heiko Vogt",
  "Tanja Wiese",
  "Carsten Ahlers",
];

export function demoCompanyColumns(key: string, name: string) {
  const contact = contactNames[name.length % contactNames.length] ?? "Anke Wolters";
  return {
    sector: "other",
    chamber: null,
    size_band: null,
    ...accountCompanyProfiles[key],
    contacts: JSON.stringify([
      {
        name: contact,
        function: "Geschäftsführung",
        email: `${foldName(contact).replace(" ", ".")}@${foldName(name).replace(/ /g, "-")}.example`,
        phone: "+49 5121 000000",
      },
    ]),
    notes: null,
    agency_id: null,
    name_folded: foldName(name),
  };
}

type Trade =
  | "elektro"
  | "shk"
  | "baeckerei"
  | "tischlerei"
  | "kfz"
  | "metallbau"
  | "bau"
  | "pflege"
  | "logistik"
  | "it"
  | "gastro"
  | "industrie"
  | "handel";

const trades: Record<
  Trade,
  {
    sector: Sector;
    chamber: "ihk" | "hwk" | "other";
    names: string[];
    occupations: string[];
    titles: string[];
  }
> = {
  elektro: {
    sector: "craft",
    chamber: "hwk",
    names: ["Elektro {s}", "{s} Elektrotechnik GmbH"],
    occupations: ["26212"],
    titles: ["Elektroniker/in Energie- und Gebäudetechnik"],
  },
  shk: {
    sector: "craft",
    chamber: "hwk",
    names: ["{s} Haustechnik", "Sanitär {s} GmbH"],
    occupations: ["34212"],
    titles: ["Anlagenmechaniker/in SHK"],
  },
  baeckerei: {
    sector: "craft",
    chamber: "hwk",
    names: ["Bäckerei {s}", "Landbäckerei {s}"],
    occupations: ["29212"],
    titles: ["Bäcker/in"],
  },
  tischlerei: {
    sector: "craft",
    chamber: "hwk",
    names: ["Tischlerei {s}", "{s} Möbelwerkstatt"],
    occupations: ["22342"],
    titles: ["Tischler/in"],
  },
  kfz: {
    sector: "craft",
    chamber: "hwk",
    names: ["Autohaus {s}", "Kfz-Werkstatt {s}"],
    occupations: ["25212"],
    titles: ["Kfz-Mechatroniker/in"],
  },
  metallbau: {
    sector: "craft",
    chamber: "hwk",
    names: ["Metallbau {s}", "{s} Stahl- und Metallbau"],
    occupations: ["24412"],
    titles: ["Metallbauer/in"],
  },
  bau: {
    sector: "craft",
    chamber: "hwk",
    names: ["Bauunternehmung {s}", "{s} Hochbau GmbH"],
    occupations: ["32122"],
    titles: ["Maurer/in"],
  },
  pflege: {
    sector: "care",
    chamber: "other",
    names: ["Seniorenzentrum {p}", "Pflegedienst {s}"],
    occupations: ["81302", "82102"],
    titles: ["Pflegefachfrau/-mann", "Altenpfleger/in"],
  },
  logistik: {
    sector: "logistics",
    chamber: "ihk",
    names: ["{p} Logistik GmbH", "Spedition {s}"],
    occupations: ["51312", "52122"],
    titles: ["Fachkraft für Lagerlogistik", "Berufskraftfahrer/in"],
  },
  it: {
    sector: "it",
    chamber: "ihk",
    names: ["{s} IT-Solutions", "Datenwerk {p} GmbH"],
    occupations: ["43412", "43413"],
    titles: ["Fachinformatiker/in Anwendungsentwicklung", "Softwareentwickler/in"],
  },
  gastro: {
    sector: "hospitality",
    chamber: "ihk",
    names: ["Hotel {p}", "Landgasthof {s}"],
    occupations: ["29302"],
    titles: ["Koch/Köchin"],
  },
  industrie: {
    sector: "industry",
    chamber: "ihk",
    names: ["{p} Kunststofftechnik GmbH", "{s} Maschinenbau AG"],
    occupations: ["25102", "26112"],
    titles: ["Industriemechaniker/in", "Mechatroniker/in"],
  },
  handel: {
    sector: "retail",
    chamber: "ihk",
    names: ["{s} Markt", "Baumarkt {p}"],
    occupations: ["62102"],
    titles: ["Verkäufer/in"],
  },
};

const surnames = [
  "Meyer",
  "Schröder",
  "Wolters",
  "Brinkmann",
  "Hartmann",
  "Köhler",
  "Lindemann",
  "Oltmanns",
  "Rehbein",
  "Stolte",
  "Vogt",
  "Wiese",
  "Ahlers",
  "Bode",
  "Dreyer",
  "Engelke",
  "Fricke",
  "Gerdes",
  "Heine",
  "Jürgens",
  "Kruse",
  "Lüders",
  "Meinecke",
  "Niemeyer",
  "Pape",
  "Rode",
  "Sander",
  "Thies",
  "Uhde",
  "Warnecke",
];

const placesByDistrict: Record<District, string[]> = {
  "region-hannover": ["Laatzen", "Garbsen", "Springe", "Langenhagen"],
  "lk-hildesheim": ["Alfeld", "Sarstedt", "Elze", "Bad Salzdetfurth"],
  "lk-hameln-pyrmont": ["Bad Pyrmont", "Hessisch Oldendorf", "Emmerthal"],
  "lk-holzminden": ["Holzminden", "Bevern", "Stadtoldendorf"],
  "lk-nienburg": ["Nienburg", "Hoya", "Steyerberg"],
  "lk-schaumburg": ["Rinteln", "Bückeburg", "Stadthagen"],
};

/** Districts each demo centre serves (the alliance's six districts spread over three centres). */
const centreDistricts: Record<string, readonly District[]> = {
  hildesheim: ["lk-hildesheim", "lk-hildesheim", "lk-holzminden"],
  hannover: ["region-hannover", "region-hannover", "lk-nienburg", "lk-schaumburg"],
  hameln: ["lk-hameln-pyrmont", "lk-hameln-pyrmont", "lk-holzminden", "lk-schaumburg"],
};

const tradeWeights: [Trade, number][] = [
  ["elektro", 4],
  ["shk", 4],
  ["baeckerei", 3],
  ["tischlerei", 3],
  ["kfz", 3],
  ["metallbau", 2],
  ["bau", 2],
  ["pflege", 4],
  ["logistik", 3],
  ["it", 2],
  ["gastro", 2],
  ["industrie", 2],
  ["handel", 1],
];

const extraCompaniesPerCentre: Record<string, number> = { hildesheim: 20, hannover: 22, hameln: 12 };

type SeedCompany = { id: string; centreId: string; district: District; trade: Trade; name: string };

export type EmployerSeedInput = {
  today: string;
  /** Centre key → id, for the demo centres. */
  centreIds: ReadonlyMap<string, string>;
  /** Demo company key → id (the companies of the sign-ins, already inserted). */
  companyIds: ReadonlyMap<string, string>;
  demoCompanies: readonly { key: string; centre: string; name: string; district: District }[];
  /** Centre id → advisor user ids. */
  advisorIds: ReadonlyMap<string, readonly string[]>;
  bundles: readonly PersonBundle[];
};

const instant = (day: string, random: Random) =>
  `${day}T${String(random.int(7, 16)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00.000Z`;

const dayBetween = (random: Random, from: string, to: string) => {
  if (to <= from) return from;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, span));
};

type Requirement = typeof LanguageRequirementSchema._output;

function requirementFor(type: OfferType, trade: Trade): Requirement {
  if (type === "career_orientation_internship" || type === "tth_internship") return { speaking: "A2" };
  if (trade === "pflege") return { overall: "B2", speaking: "B2" };
  if (trade === "it") return { overall: "B1" };
  if (type === "apprenticeship") return { overall: "B1", writing: "A2" };
  return { speaking: "B1" };
}

function offerTypeFor(random: Random, trade: Trade): OfferType {
  const sector = trades[trade].sector;
  if (sector === "craft")
    return random.weighted<OfferType>([
      ["apprenticeship", 4],
      ["tth_internship", 3],
      ["job", 3],
      ["career_orientation_internship", 2],
    ]);
  if (sector === "it")
    return random.weighted<OfferType>([
      ["working_student", 3],
      ["job", 2],
    ]);
  if (sector === "care")
    return random.weighted<OfferType>([
      ["apprenticeship", 3],
      ["job", 3],
      ["career_orientation_internship", 1],
    ]);
  return random.weighted<OfferType>([
    ["job", 4],
    ["apprenticeship", 2],
    ["career_orientation_internship", 1],
  ]);
}

const typeTitlePrefix: Record<OfferType, string> = {
  career_orientation_internship: "Praktikum",
  tth_internship: "Talent trifft Handwerk",
  apprenticeship: "Ausbildung",
  job: "Stelle",
  working_student: "Werkstudium",
};

const monthWeights = [1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 0.9, 0.45, 1.1, 1.15, 1.05, 0.45];
/** Company inquiries per year: few in 2024, clearly more in 2025, 2026 until November. */
const inquiriesPerYear: Record<string, number> = { "2024": 25, "2025": 90, "2026": 70 };

function monthlyCounts(total: number, months: number): number[] {
  const weights = monthWeights.slice(0, months);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing--;
  }
  return counts;
}

/**
 * Companies, offers, placements in every stage, programmes with enrolments, agencies and the
 * employer inquiries of 2024–2026, deterministic for a given `today`.
 */
export async function seedEmployerData(trx: DbOrTx, input: EmployerSeedInput): Promise<void> {
  const random = createRandom(20261127);
  const { today } = input;
  const stamp = `${today}T08:00:00.000Z`;

  const agencies: Insertable<AgenciesTable>[] = [
    {
      name: "Global Care Recruiting GmbH",
      country: "PH",
      seal_status: "certified",
      seal_valid_until: addDays(today, 420),
      website: "https://global-care-recruiting.example",
    },
    {
      name: "Balkan Talent Partners d.o.o.",
      country: "RS",
      seal_status: "certified",
      seal_valid_until: addDays(today, -70),
      website: null,
    },
    {
      name: "FastWork International",
      country: "VN",
      seal_status: "revoked",
      seal_valid_until: null,
      website: null,
    },
  ].map((agency) => ({
    id: newId(),
    ...agency,
    notes: null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  }));
  await insertInBatches(trx, "agencies", agencies);
  const agencyIds = agencies.map((agency) => agency.id);

  const hildesheimId = input.centreIds.get("hildesheim") ?? "";
  const programmeRows: Insertable<ProgrammesTable>[] = [
    {
      key: "talent_trifft_handwerk",
      name: "Talent trifft Handwerk",
      description: "Praktika im Handwerk als Weg in die Ausbildung",
      funding_source: "esf_plus",
      esf_project_number: "ESF-NI-2023-0417",
      starts_on: "2023-09-01",
      ends_on: "2027-12-31",
      centre_id: null,
    },
    {
      key: "internationals_welcome",
      name: "Internationals Welcome",
      description: "Internationale MINT-Studierende treffen Betriebe der Region",
      funding_source: "state",
      esf_project_number: null,
      starts_on: "2024-04-01",
      ends_on: null,
      centre_id: null,
    },
    {
      key: "betriebssprachtag",
      name: "Betriebssprachtag",
      description: "Sprachtraining im Betrieb",
      funding_source: "esf_plus",
      esf_project_number: "ESF-NI-2024-0122",
      starts_on: "2024-01-01",
      ends_on: "2027-06-30",
      keep_until: "2032-12-31",
      centre_id: null,
    },
    {
      key: "bbs_language_support",
      name: "Sprachförderung an berufsbildenden Schulen",
      description: "Berufsbezogenes Deutsch an den BBS der Region",
      funding_source: "state",
      esf_project_number: null,
      starts_on: "2024-08-01",
      ends_on: null,
      centre_id: null,
    },
    {
      key: "own",
      name: "Werkstatt-Deutsch Hildesheim",
      description: "Eigenes Angebot: Fachsprache in der Werkstatt",
      funding_source: "own",
      esf_project_number: null,
      starts_on: "2025-02-01",
      ends_on: null,
      centre_id: hildesheimId,
    },
  ].map((programme) => ({ id: newId(), ...programme, created_at: stamp, updated_at: stamp, version: 1 }));
  await insertInBatches(trx, "programmes", programmeRows);
  const programmeByKey = new Map(programmeRows.map((row) => [row.key, row]));
  const tth = programmeByKey.get("talent_trifft_handwerk");
  const welcome = programmeByKey.get("internationals_welcome");

  // Companies: the six of the sign-ins plus generated ones.
  const companies: SeedCompany[] = input.demoCompanies.map((company) => ({
    id: input.companyIds.get(company.key) ?? "",
    centreId: input.centreIds.get(company.centre) ?? "",
    district: company.district,
    trade: accountCompanyTrades[company.key] ?? "handel",
    name: company.name,
  }));
  const newCompanyRows: Insertable<CompaniesTable>[] = [];
  const usedNames = new Set(companies.map((company) => company.name));
  for (const [centreKey, count] of Object.entries(extraCompaniesPerCentre)) {
    const centreId = input.centreIds.get(centreKey);
    if (!centreId) continue;
    for (let index = 0; index < count; index++) {
      const trade = random.weighted(tradeWeights);
      const district: District = random.pick(centreDistricts[centreKey] ?? ["lk-hildesheim"]);
      let name = "";
      for (let attempt = 0; attempt < 20 && (name === "" || usedNames.has(name)); attempt++) {
        name = random
          .pick(trades[trade].names)
          .replace("{s}", random.pick(surnames))
          .replace("{p}", random.pick(placesByDistrict[district]));
      }
      usedNames.add(name);
      const id = newId();
      const profile = trades[trade];
      const contact = random.pick(contactNames);
      newCompanyRows.push({
        id,
        centre_id: centreId,
        name,
        district,
        sector: profile.sector,
        chamber: profile.chamber,
        size_band:
          profile.sector === "craft"
            ? random.pick(["micro", "micro", "small"])
            : random.pick(["small", "medium", "medium", "large"]),
        contacts: JSON.stringify([
          {
            name: contact,
            function: random.pick(["Inhaber/in", "Personalleitung", "Ausbildungsleitung"]),
            email: `${foldName(contact).replace(" ", ".")}@${foldName(name).replace(/ /g, "-")}.example`,
            phone: `+49 ${random.int(4000, 5999)} ${random.int(100000, 999999)}`,
          },
        ]),
        notes: random.chance(0.2)
          ? "Sucht dauerhaft Fachkräfte, offen für Auszubildende aus dem Ausland."
          : null,
        agency_id: null,
        name_folded: foldName(name),
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      });
      companies.push({ id, centreId, district, trade, name });
    }
  }
  // Care homes recruit through agencies; a few others as well — one of each seal state.
  const agencyCompanies = newCompanyRows.filter((row) => row.sector === "care").slice(0, 3);
  agencyCompanies.forEach((row, index) => {
    row.agency_id = agencyIds[index % agencyIds.length] ?? null;
  });
  await insertInBatches(trx, "companies", newCompanyRows);
  const maschseeId = input.companyIds.get("pflege-am-maschsee");
  if (maschseeId && agencyIds[0])
    await trx
      .updateTable("companies")
      .set({ agency_id: agencyIds[0] })
      .where("id", "=", maschseeId)
      .execute();

  // Persons who may be proposed: consent to sharing not withdrawn.
  const sharing = input.bundles.filter((bundle) =>
    bundle.consents.some(
      (consent) => consent.purpose === "employer_sharing" && consent.withdrawn_on === null,
    ),
  );
  const sharingByCentre = new Map<string, PersonBundle[]>();
  for (const bundle of sharing)
    sharingByCentre.set(bundle.person.centre_id, [
      ...(sharingByCentre.get(bundle.person.centre_id) ?? []),
      bundle,
    ]);
  const advisorOf = (centreId: string) => random.pick(input.advisorIds.get(centreId) ?? [""]);

  const offers: Insertable<OffersTable>[] = [];
  const placements: Insertable<PlacementsTable>[] = [];
  const proposedPairs = new Set<string>();

  const addOffer = (company: SeedCompany, fixed?: Updateable<OffersTable>) => {
    const type = (fixed?.type as OfferType | undefined) ?? offerTypeFor(random, company.trade);
    const trade = trades[company.trade];
    const occupationIndex = random.int(0, trade.occupations.length - 1);
    const created = dayBetween(random, "2025-03-01", addDays(today, -10));
    const startsOn =
      type === "apprenticeship"
        ? created < "2026-06-01"
          ? "2026-08-01"
          : "2027-08-01"
        : addDays(created, random.int(20, 120));
    const status = random.weighted<OffersTable["status"]>([
      ["open", 12],
      ["draft", 1],
      ["closed", 2],
    ]);
    const row: Insertable<OffersTable> = {
      id: newId(),
      centre_id: company.centreId,
      company_id: company.id,
      type,
      title: `${typeTitlePrefix[type]}: ${trade.titles[occupationIndex] ?? trade.titles[0]}`,
      occupation: trade.occupations[occupationIndex] ?? trade.occupations[0] ?? "71402",
      district: company.district,
      starts_on: startsOn,
      ends_on:
        type === "career_orientation_internship" || type === "tth_internship" ? addDays(startsOn, 14) : null,
      places: type === "job" || type === "working_student" ? random.int(1, 2) : random.int(1, 3),
      places_taken: 0,
      language_requirement: JSON.stringify(requirementFor(type, company.trade)),
      programme_id:
        type === "tth_internship"
          ? (tth?.id ?? null)
          : type === "working_student"
            ? (welcome?.id ?? null)
            : null,
      description: `${company.name} sucht Verstärkung – ${trade.titles[occupationIndex] ?? trade.titles[0]}.`,
      status,
      opened_on: status === "draft" ? null : created,
      created_by: null,
      created_at: instant(created, random),
      updated_at: instant(created, random),
      version: 1,
      ...fixed,
    };
    offers.push(row);
    return row;
  };

  /**
   * Past the Zusage a placement needs the advisor's contact release (decision 0017): running and
   * completed ones have it; of the accepted ones (and those ended after a Zusage) every second one,
   * so the boards and the portal show both "released" and "awaiting release". No random draw, so the
   * rest of the demo stays as it was.
   */
  let zusagen = 0;
  const releaseOf = (stage: PlacementStage, acceptedOn: string | undefined, by: string) => {
    if (!acceptedOn) return { contact_released_at: null, contact_released_by: null };
    const released = stage === "running" || stage === "completed" || zusagen++ % 2 === 1;
    return released
      ? { contact_released_at: `${acceptedOn}T15:30:00.000Z`, contact_released_by: by }
      : { contact_released_at: null, contact_released_by: null };
  };

  const propose = (offer: Insertable<OffersTable>, bundle: PersonBundle, stage: PlacementStage) => {
    const key = `${offer.id}/${bundle.person.id}`;
    if (proposedPairs.has(key)) return false;
    if (takesPlace(stage) && offer.places_taken >= offer.places) return false;
    proposedPairs.add(key);
    const created = offer.created_at.slice(0, 10);
    const proposedOn = dayBetween(random, created, addDays(today, -3));
    const steps = ["interview", "accepted", "running", "completed"] as const;
    const dates: Partial<Record<(typeof steps)[number] | "ended", string>> = {};
    let cursor = proposedOn;
    const reached =
      stage === "declined" || stage === "cancelled" ? random.int(0, 2) : steps.indexOf(stage as never) + 1;
    for (let index = 0; index < reached && index < steps.length; index++) {
      const step = steps[index];
      if (!step) break;
      if (step === "interview" && random.chance(0.2)) continue;
      cursor = dayBetween(random, cursor, addDays(today, -1));
      dates[step] = cursor;
    }
    const ending = stage === "declined" || stage === "cancelled";
    if (ending) dates.ended = dayBetween(random, cursor, today);
    if (takesPlace(stage)) offer.places_taken += 1;
    const placement: Insertable<PlacementsTable> = {
      id: newId(),
      centre_id: bundle.person.centre_id,
      offer_id: offer.id,
      company_id: offer.company_id,
      person_id: bundle.person.id,
      case_id: bundle.person.open_case_id,
      stage,
      end_reason: ending
        ? stage === "declined"
          ? random.pick(["language_insufficient", "qualification_mismatch", "position_filled", "impression"])
          : random.pick(["candidate_withdrew", "found_other_position", "moved_away", "permit_issue"])
        : null,
      end_note: null,
      proposed_on: proposedOn,
      interview_on: dates.interview ?? null,
      accepted_on: dates.accepted ?? null,
      started_on: dates.running ?? null,
      completed_on: dates.completed ?? null,
      ended_on: dates.ended ?? null,
      employer_feedback:
        stage === "completed" || stage === "running"
          ? random.pick([
              "Zuverlässig und lernt schnell.",
              "Fachlich gut, Deutsch im Kundenkontakt noch ausbaufähig.",
            ])
          : stage === "declined"
            ? "Passt derzeit leider nicht."
            : null,
      advisor_note: null,
      proposed_by: advisorOf(bundle.person.centre_id),
      contact_released_at: null,
      contact_released_by: null,
      created_at: instant(proposedOn, random),
      updated_at: instant(dates.ended ?? cursor, random),
      version: 1,
    };
    placements.push({ ...placement, ...releaseOf(stage, dates.accepted, placement.proposed_by ?? "") });
    return true;
  };

  // Tischlerei Brandt: two open offers with consenting candidates in several stages.
  const brandt = companies.find((company) => company.id === input.companyIds.get("brandt"));
  const hildesheimPool = (sharingByCentre.get(hildesheimId) ?? []).filter(
    (bundle) => bundle.person.open_case_id,
  );
  if (brandt) {
    const apprenticeship = addOffer(brandt, {
      type: "apprenticeship",
      title: "Ausbildung Tischler/in 2027",
      occupation: "22342",
      starts_on: "2027-08-01",
      ends_on: null,
      places: 2,
      status: "open",
      language_requirement: JSON.stringify({ overall: "B1", writing: "A2" }),
      programme_id: null,
    });
    const internship = addOffer(brandt, {
      type: "tth_internship",
      title: "Talent trifft Handwerk: Praktikum in der Werkstatt",
      occupation: "22342",
      starts_on: addDays(today, 21),
      ends_on: addDays(today, 35),
      places: 3,
      status: "open",
      language_requirement: JSON.stringify({ speaking: "A2" }),
      programme_id: tth?.id ?? null,
    });
    const stagesA: PlacementStage[] = ["proposed", "proposed", "interview", "accepted"];
    const stagesB: PlacementStage[] = ["proposed", "interview", "running", "declined"];
    let index = 0;
    for (const stage of stagesA) {
      const bundle = hildesheimPool[index++];
      if (bundle) propose(apprenticeship, bundle, stage);
    }
    for (const stage of stagesB) {
      const bundle = hildesheimPool[index++];
      if (bundle) propose(internship, bundle, stage);
    }
    addOffer(brandt, {
      type: "job",
      title: "Tischler/in (Geselle/Gesellin) im Möbelbau",
      occupation: "22342",
      status: "closed",
      places: 1,
    });
  }

  for (const company of companies) {
    if (company.id === brandt?.id) continue;
    const count = random.weighted([
      [1, 5],
      [2, 3],
    ] as const);
    for (let index = 0; index < count; index++) {
      const offer = addOffer(company);
      if (offer.status === "draft") continue;
      const sameCentre = sharingByCentre.get(company.centreId) ?? [];
      const candidates = random.int(0, 3);
      for (let candidate = 0; candidate < candidates; candidate++) {
        const pool = random.chance(0.8) ? sameCentre : sharing;
        if (pool.length === 0) continue;
        const stage = random.weighted<PlacementStage>([
          ["proposed", 6],
          ["interview", 4],
          ["accepted", 2],
          ["running", 3],
          ["completed", 3],
          ["declined", 3],
          ["cancelled", 1],
        ]);
        propose(
          offer,
          random.pick(pool),
          offer.status === "closed" && !takesPlace(stage) ? "declined" : stage,
        );
      }
    }
  }
  for (const offer of offers)
    if (offer.status === "open" && offer.places_taken >= offer.places) offer.status = "filled";
  await insertInBatches(trx, "offers", offers);
  await insertInBatches(trx, "placements", placements);
  const companyNames = new Map(companies.map((company) => [company.id, company.name]));
  const offerTitles = new Map(offers.map((offer) => [offer.id, offer.title]));
  for (const placement of placements)
    if (placement.stage === "accepted" && !placement.contact_released_at)
      await openContactReleaseTask(
        trx,
        { ...placement, case_id: placement.case_id ?? null, proposed_by: placement.proposed_by ?? null },
        {
          company: companyNames.get(placement.company_id) ?? "",
          offer: offerTitles.get(placement.offer_id) ?? "",
        },
      );

  // Enrolments: programme participants, ESF+ entry data and results for those who consented to ESF+ reporting.
  const enrolments: Insertable<EnrolmentsTable>[] = [];
  const regional = programmeRows.filter((row) => row.centre_id === null);
  for (const bundle of input.bundles) {
    if (!random.chance(0.25)) continue;
    const programme =
      bundle.person.centre_id === hildesheimId && random.chance(0.15)
        ? (programmeByKey.get("own") ?? random.pick(regional))
        : random.pick(regional);
    const from = programme.starts_on > "2024-03-01" ? programme.starts_on : "2024-03-01";
    const enteredOn = dayBetween(random, from, addDays(today, -14));
    const status = random.weighted<EnrolmentsTable["status"]>([
      ["active", 4],
      ["completed", 4],
      ["dropped_out", 1],
    ]);
    const exitedOn = status === "active" ? null : dayBetween(random, addDays(enteredOn, 14), today);
    // Collected because the funding rules require it, not on consent (decision 0025).
    const esf = programme.funding_source === "esf_plus";
    const age = Number(today.slice(0, 4)) - Number(bundle.person.birth_date.slice(0, 4));
    const isced = Number(bundle.person.education_level ?? "3");
    enrolments.push({
      id: newId(),
      centre_id: bundle.person.centre_id,
      programme_id: programme.id,
      person_id: bundle.person.id,
      status,
      entered_on: enteredOn,
      exited_on: exitedOn,
      esf_entry: esf
        ? JSON.stringify({
            employmentStatus: random.pick([
              "unemployed",
              "unemployed",
              "inactive",
              "employed",
              "long_term_unemployed",
            ]),
            ageBand: age < 18 ? "under_18" : age < 30 ? "18_29" : age < 55 ? "30_54" : "55_plus",
            iscedBand: isced <= 2 ? "0-2" : isced <= 4 ? "3-4" : "5-8",
            thirdCountryNational: !["PL", "RO", "BG", "IT", "ES", "GR", "HR"].includes(
              bundle.person.nationality,
            ),
            disability: random.pick(["no", "no", "no_answer"]),
            disadvantaged: random.pick(["no", "yes", "no_answer"]),
          })
        : null,
      esf_result:
        esf && exitedOn && exitedOn <= addDays(today, -28)
          ? JSON.stringify({
              recordedOn: addDays(exitedOn, 28),
              inEducation: random.chance(0.35),
              gainedQualification: status === "completed" && random.chance(0.5),
              employed: random.chance(0.4),
              jobSearching: random.chance(0.3),
            })
          : null,
      created_by: advisorOf(bundle.person.centre_id),
      created_at: instant(enteredOn, random),
      updated_at: instant(exitedOn ?? enteredOn, random),
      version: 1,
    });
  }
  const esfIds = new Set(
    programmeRows.filter((row) => row.funding_source === "esf_plus").map((row) => row.id),
  );
  enrolments.push(
    ...extraEsfEnrolments(
      input.bundles.map((bundle) => bundle.person),
      new Set(enrolments.map((enrolment) => enrolment.person_id)),
      regional.filter((row) => row.funding_source === "esf_plus"),
      (centreId) => input.advisorIds.get(centreId)?.[0] ?? null,
      today,
    ),
  );
  const participants = esfParticipantsFor(
    enrolments,
    new Map(input.bundles.map((bundle) => [bundle.person.id, bundle.person])),
    esfIds,
    today,
  );
  await insertInBatches(trx, "enrolments", enrolments);
  await insertInBatches(trx, "esf_participants", participants);
  const programmeNames = new Map(programmeRows.map((row) => [row.id, row.name]));
  for (const enrolment of enrolments)
    if (
      enrolment.exited_on &&
      esfIds.has(enrolment.programme_id) &&
      enrolment.exited_on >= addDays(today, -60)
    )
      await openEsfResultTasks(
        trx,
        {
          id: enrolment.id,
          centreId: enrolment.centre_id,
          personId: enrolment.person_id,
          exitedOn: enrolment.exited_on,
          createdBy: enrolment.created_by ?? null,
        },
        programmeNames.get(enrolment.programme_id) ?? "",
      );
  for (const participant of participants) {
    if (participant.immediate_result)
      await closeEsfResultTask(trx, participant.centre_id, immediateTaskKey(participant.enrolment_id));
    if (participant.long_term_result)
      await closeEsfResultTask(trx, participant.centre_id, longTermTaskKey(participant.enrolment_id));
  }

  const personAgencies: Insertable<PersonAgenciesTable>[] = input.bundles
    .filter(() => random.chance(0.07))
    .map((bundle) => ({
      person_id: bundle.person.id,
      centre_id: bundle.person.centre_id,
      agency_id: random.pick(agencyIds),
      created_at: stamp,
    }));
  await insertInBatches(trx, "person_agencies", personAgencies);

  // Employer inquiries, the demand statistics' source: the rise of company interest from 2025 on.
  const inquiries: Insertable<InquiriesTable>[] = [];
  for (const [year, total] of Object.entries(inquiriesPerYear)) {
    const lastMonth = year === today.slice(0, 4) ? Number(today.slice(5, 7)) : 12;
    const counts = monthlyCounts(total, lastMonth);
    counts.forEach((count, monthIndex) => {
      const month = String(monthIndex + 1).padStart(2, "0");
      const first = `${year}-${month}-01`;
      const last = addDays(
        monthIndex === 11
          ? `${Number(year) + 1}-01-01`
          : `${year}-${String(monthIndex + 2).padStart(2, "0")}-01`,
        -1,
      );
      for (let index = 0; index < count; index++) {
        const company = random.pick(companies);
        const trade = trades[company.trade];
        const until = [last, today].sort()[0] ?? today;
        const receivedOn = dayBetween(random, first, until);
        const age = Math.round((Date.parse(today) - Date.parse(receivedOn)) / 86_400_000);
        const help = helpWantedKinds.filter(() => random.chance(0.35)) as HelpWanted[];
        inquiries.push({
          id: newId(),
          centre_id: company.centreId,
          company_id: company.id,
          district: company.district,
          occupation: random.pick(trade.occupations),
          people_count: random.weighted([
            [1, 5],
            [2, 3],
            [3, 1],
            [5, 1],
          ] as const),
          german_level: random.pick<CefrLevel | null>(["A2", "B1", "B1", "B2", null]),
          start_on: addDays(receivedOn, random.int(30, 180)),
          help_wanted: JSON.stringify(help.length > 0 ? help : ["recruiting_abroad"]),
          status:
            age > 120
              ? random.pick(["served", "served", "withdrawn"])
              : random.pick(["open", "open", "served"]),
          received_on: receivedOn,
          notes: null,
          created_by: null,
          created_at: instant(receivedOn, random),
          updated_at: instant(receivedOn, random),
          version: 1,
        });
      }
    });
  }
  await insertInBatches(trx, "inquiries", inquiries);
}
