import { beforeAll, describe, expect, it } from "vitest";
import { esfReportCsv } from "#server/modules/esf/esf-report.csv.ts";
import * as csv from "#server/modules/stats/stats.csv.ts";
import { type EsfReport, EsfReportSchema } from "#shared/schemas/esf.ts";
import { type StatsFigure, statsFigures } from "#shared/schemas/stats.ts";
import { consistentCounts, perturbationRow } from "#shared/stats/cell-key.ts";
import { monthsBetween } from "#shared/stats/months.ts";
import type { Cell } from "#shared/stats/suppression.ts";
import { addDays } from "#shared/time/calendar.ts";
import { createCentre, createCompany, createUser, TEST_PASSWORD } from "../factories/index.ts";
import {
  createCountedPerson,
  insertCase,
  insertEnrolment,
  insertInquiry,
  insertOffer,
  insertParticipant,
  insertPlacement,
  insertProgramme,
} from "../factories/stats.ts";
import { type Client, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

/**
 * The attacker of decision record 0012: the managers of two centres pool everything they can request —
 * all nine figures as JSON and CSV, for every month, quarter and the year, for their own centres
 * (exact) and for the region — and combine it with every relation the figures obey: totals are sums
 * of their rows, a quarter is the sum of its months, the region holds at least what the two centres
 * hold, the three person tables count the same persons, and so on. For each region-wide number whose
 * true count is 1–4 the test narrows its possible values by interval propagation over all published
 * numbers and relations (sound: every value it removes is impossible) and fails if fewer than 3 values
 * are left.
 * Medians (time to placement) are not modelled; the decision record names that limit.
 */

const { app, db } = await setupTestApp();

const YEAR = "2025";
const MONTHS = monthsBetween(`${YEAR}-01`, `${YEAR}-12`);
const QUARTERS = [1, 2, 3, 4].map((quarter) => ({
  label: `Q:${YEAR}-Q${quarter}`,
  from: MONTHS[quarter * 3 - 3] ?? "",
  to: MONTHS[quarter * 3 - 1] ?? "",
  months: MONTHS.slice(quarter * 3 - 3, quarter * 3),
}));
const PERIODS = [
  ...MONTHS.map((month) => ({ label: `M:${month}`, from: month, to: month, months: [month] })),
  ...QUARTERS,
  { label: `Y:${YEAR}`, from: `${YEAR}-01`, to: `${YEAR}-12`, months: MONTHS },
];
type PeriodSpec = (typeof PERIODS)[number];
const monthLabel = (month: string) => `M:${month}`;
/** The nine statistics figures and the ESF+ indicator report. */
type Figure = StatsFigure | "esf";
const ADDITIVE: Figure[] = [
  "esf",
  "requests",
  "demand-occupations",
  "demand-districts",
  "placements",
  "time-to-placement",
  "programmes",
];
const PERSON_FIGURES: Figure[] = ["language", "nationalities", "permits"];
const TOTAL = "∑";

/** A small deterministic random source, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const day = (month: string) => `${month}-${String(1 + int(28)).padStart(2, "0")}`;
  return { next, int, pick, day };
}

// ---------------------------------------------------------------------------------------------
// The data set: two larger centres (the pool) and two small ones, one year of everything.

type Centre = { id: string; manager: Client };
const centres: Centre[] = [];

async function generate() {
  const rnd = random(20251202);
  const nationalities = ["SY", "UA", "TR", "IN", "AF", "IR", "VN", "BR"];
  const levels = ["A1", "A2", "B1", "B2", "C1", null];
  const permits = ["s18a_skilled_vocational", "s16b_studies", "s16a_vocational_training", null];
  const groups = ["43104", "29302", "82102"];
  const places = ["region-hannover", "lk-hildesheim", "lk-schaumburg"];
  const stages = ["proposed", "interview", "accepted", "running", "completed", "declined"];
  const esfStatuses = ["employed", "self_employed", "unemployed", "long_term_unemployed", "inactive", null];
  const programmes = [
    await insertProgramme(db, null, "Talent trifft Handwerk"),
    await insertProgramme(db, null, "Internationals Welcome"),
  ];
  const sizes = [
    { persons: 36, inquiries: 14, offers: 6, placements: 9, enrolments: 8 },
    { persons: 24, inquiries: 9, offers: 4, placements: 6, enrolments: 5 },
    { persons: 6, inquiries: 3, offers: 2, placements: 2, enrolments: 2 },
    { persons: 4, inquiries: 2, offers: 1, placements: 1, enrolments: 1 },
  ];
  for (const size of sizes) {
    const centre = await createCentre(db);
    const company = await createCompany(db, centre.id);
    const manager = await createUser(db, { role: "manager", centreId: centre.id });
    centres.push({ id: centre.id, manager: await signIn(app, manager.email, TEST_PASSWORD) });
    const cases: { id: string; person: { id: string; centre_id: string }; month: number }[] = [];
    for (let index = 0; index < size.persons; index++) {
      const person = await createCountedPerson(db, centre.id, {
        nationality: rnd.pick(nationalities),
        germanLevel: rnd.pick(levels),
        certificateGap: rnd.next() < 0.25,
        permitType: rnd.pick(permits),
      });
      const opened = rnd.int(12);
      const closed = rnd.next() < 0.5 ? opened + rnd.int(4) : null;
      const row = await insertCase(
        db,
        centre.id,
        person.id,
        rnd.day(MONTHS[opened] ?? ""),
        closed === null || closed > 11 ? null : rnd.day(MONTHS[closed] ?? ""),
      );
      cases.push({ id: row.id, person, month: opened });
    }
    for (let index = 0; index < size.inquiries; index++)
      await insertInquiry(db, centre.id, company.id, {
        receivedOn: rnd.day(rnd.pick(MONTHS)),
        occupation: rnd.pick(groups),
        district: rnd.pick(places),
        status: rnd.next() < 0.6 ? "open" : "served",
      });
    const offers = [];
    for (let index = 0; index < size.offers; index++)
      offers.push(
        await insertOffer(db, centre.id, company.id, {
          openedOn: rnd.day(rnd.pick(MONTHS)),
          type: rnd.pick(["job", "apprenticeship", "internship"]),
          occupation: rnd.pick(groups),
          district: rnd.pick(places),
          places: 1 + rnd.int(3),
          status: rnd.next() < 0.75 ? "open" : "filled",
        }),
      );
    for (let index = 0; index < size.placements; index++) {
      const served = rnd.pick(cases);
      const proposed = Math.min(11, served.month + rnd.int(3));
      const stage = rnd.pick(stages);
      const started = Math.min(11, proposed + rnd.int(2));
      await insertPlacement(db, rnd.pick(offers), served.person, {
        proposedOn: rnd.day(MONTHS[proposed] ?? ""),
        stage,
        caseId: served.id,
        startedOn: stage === "running" || stage === "completed" ? rnd.day(MONTHS[started] ?? "") : null,
      });
    }
    // A person enrols in a programme at most once, so the ESF+ report (once per operation) is additive.
    const enrolled = new Set<string>();
    for (let index = 0; index < size.enrolments; index++) {
      const entered = rnd.int(12);
      const exited = entered + rnd.int(5);
      const completed = rnd.next() < 0.5 && exited <= 11;
      const programme = rnd.pick(programmes);
      const person = rnd.pick(cases).person;
      if (enrolled.has(`${programme.id}/${person.id}`)) continue;
      enrolled.add(`${programme.id}/${person.id}`);
      const enteredOn = rnd.day(MONTHS[entered] ?? "");
      const exitedOn = completed ? rnd.day(MONTHS[exited] ?? "") : null;
      const enrolment = await insertEnrolment(db, programme.id, person, {
        enteredOn,
        status: completed ? "completed" : "active",
        exitedOn,
      });
      await insertParticipant(db, enrolment, {
        employmentStatus: rnd.pick(esfStatuses),
        birthDate: `${rnd.pick(["1960", "1975", "1990", "2000", "2009"])}-06-15`,
        iscedLevel: rnd.pick(["1", "3", "4", "6"]),
        gender: rnd.pick(["female", "male", "diverse", "female", "male", null]),
        nationality: rnd.pick(nationalities),
        disability: rnd.pick(["yes", "no", "no_answer"]),
        minority: rnd.pick(["yes", "no_answer"]),
        ruralArea: rnd.next() < 0.3,
        confirmed: rnd.next() < 0.85,
        immediateResult:
          exitedOn && rnd.next() < 0.8
            ? {
                recordedOn: addDays(exitedOn, rnd.pick([3, 20, 40])),
                jobSearching: rnd.next() < 0.4,
                inEducation: rnd.next() < 0.3,
                gainedQualification: rnd.next() < 0.5,
                employed: rnd.next() < 0.5,
              }
            : null,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What the API publishes, flattened to numbers with names: figure/column/row/period.

type Entry = { key: string; cell: Cell };
type Line = { total: string; parts: string[] };
type Flat = { entries: Entry[]; lines: Line[]; asOf?: string };
type Json = Record<string, unknown> & { rows: Record<string, unknown>[]; asOf?: string };

const keyOf = (figure: string, column: string, row: string, period: string) =>
  `${figure}/${column}/${row}/${period}`;

function table(
  figure: string,
  period: string,
  columns: string[],
  rows: { row: string; cells: Record<string, Cell> }[],
  totals: Record<string, Cell>,
): Flat {
  const entries: Entry[] = [];
  const lines: Line[] = [];
  for (const column of columns) {
    for (const { row, cells } of rows)
      entries.push({ key: keyOf(figure, column, row, period), cell: cells[column] as Cell });
    entries.push({ key: keyOf(figure, column, TOTAL, period), cell: totals[column] as Cell });
    lines.push({
      total: keyOf(figure, column, TOTAL, period),
      parts: rows.map(({ row }) => keyOf(figure, column, row, period)),
    });
  }
  return { entries, lines };
}

function flatten(figure: StatsFigure, period: string, data: Json): Flat {
  const rows = data.rows;
  const totals = data.totals as Record<string, Cell>;
  switch (figure) {
    case "requests": {
      const entries: Entry[] = [];
      for (const column of ["personRequests", "companyRequests"]) {
        for (const row of rows)
          entries.push({
            key: keyOf(figure, column, "all", monthLabel(row.month as string)),
            cell: row[column] as Cell,
          });
        entries.push({ key: keyOf(figure, column, "all", period), cell: totals[column] as Cell });
      }
      return { entries, lines: [] };
    }
    case "demand-occupations":
    case "demand-districts":
      return table(
        figure,
        period,
        ["offerPlaces", "openInquiries"],
        rows.map((row) => ({
          row: (row.group ?? row.district) as string,
          cells: row as Record<string, Cell>,
        })),
        totals,
      );
    case "placements": {
      const stages = data.stages as string[];
      const typeRows = rows.map((row) => ({
        row: row.offerType as string,
        cells: { ...(row.stages as Record<string, Cell>), [TOTAL]: row.total as Cell },
      }));
      const totalCells = {
        ...((data.totals as { stages: Record<string, Cell> }).stages ?? {}),
        [TOTAL]: (data.totals as { total: Cell }).total,
      };
      const flat = table(figure, period, [...stages, TOTAL], typeRows, totalCells);
      for (const row of [...typeRows.map((type) => type.row), TOTAL])
        flat.lines.push({
          total: keyOf(figure, TOTAL, row, period),
          parts: stages.map((stage) => keyOf(figure, stage, row, period)),
        });
      return flat;
    }
    case "time-to-placement":
      return {
        entries: [{ key: keyOf(figure, "placements", "all", period), cell: data.placements as Cell }],
        lines: [],
      };
    case "language":
      return {
        ...table(
          figure,
          period,
          ["persons", "certificateGap"],
          rows.map((row) => ({ row: row.level as string, cells: row as Record<string, Cell> })),
          totals,
        ),
        asOf: data.asOf,
      };
    case "programmes":
      return table(
        figure,
        period,
        ["enrolments", "completions"],
        rows.map((row) => ({ row: row.name as string, cells: row as Record<string, Cell> })),
        totals,
      );
    case "nationalities":
    case "permits":
      return {
        ...table(
          figure,
          period,
          ["persons"],
          rows.map((row) => ({
            row: (row.nationality ?? row.permitType) as string,
            cells: row as Record<string, Cell>,
          })),
          { persons: data.total as Cell },
        ),
        asOf: data.asOf,
      };
  }
}

const csvOf: Record<StatsFigure, (data: never) => string> = {
  requests: csv.requestsCsv,
  "demand-occupations": csv.demandByOccupationCsv,
  "demand-districts": csv.demandByDistrictCsv,
  placements: csv.placementsCsv,
  "time-to-placement": csv.timeToPlacementCsv,
  language: csv.languageCsv,
  programmes: csv.programmesCsv,
  nationalities: csv.nationalitiesCsv,
  permits: csv.residencePermitsCsv,
};

type View = {
  cells: Map<string, Cell>;
  lines: Line[];
  asOf: Map<string, string>;
  figureOf: Map<string, Figure>;
};

const GENDERS = ["women", "men", "nonBinary"] as const;

/** The ESF+ report as numbers: column = indicator code, row = gender (∑ for the total; entities only ∑). */
function flattenEsf(period: string, data: EsfReport): Flat {
  const entries: Entry[] = [];
  const lines: Line[] = [];
  for (const row of data.rows) {
    if (row.kind === "entities") {
      entries.push({ key: keyOf("esf", row.code, TOTAL, period), cell: row.total });
      continue;
    }
    for (const gender of GENDERS)
      entries.push({ key: keyOf("esf", row.code, gender, period), cell: row[gender] });
    entries.push({ key: keyOf("esf", row.code, TOTAL, period), cell: row.total });
    lines.push({
      total: keyOf("esf", row.code, TOTAL, period),
      parts: GENDERS.map((gender) => keyOf("esf", row.code, gender, period)),
    });
  }
  entries.push({ key: keyOf("esf", "incomplete", "all", period), cell: data.incomplete });
  return { entries, lines };
}

function absorb(view: View, figure: Figure, flat: Flat, period: string) {
  for (const { key, cell } of flat.entries) {
    const known = view.cells.get(key);
    // A number published twice (a month inside a quarter, a month asked alone): the attacker
    // keeps whichever says more; the method must never publish it differently.
    if (known && JSON.stringify(known) !== JSON.stringify(cell)) disagreements.push(key);
    if (!known || known.suppressed) view.cells.set(key, cell);
    view.figureOf.set(key, figure);
  }
  view.lines.push(...flat.lines);
  if (flat.asOf) view.asOf.set(`${figure}/${period}`, flat.asOf);
}

/** Everything one client can request for one scope: all figures, all grid periods, JSON and CSV. */
async function collect(client: Client, scope: "centre" | "region", withCsv: boolean): Promise<View> {
  const view: View = { cells: new Map(), lines: [], asOf: new Map(), figureOf: new Map() };
  for (const figure of statsFigures)
    for (const period of PERIODS) {
      const query = `from=${period.from}&to=${period.to}&scope=${scope}`;
      const response = await client.get(`/api/stats/${figure}?${query}`);
      expect(response.status, `${figure} ${query}`).toBe(200);
      const data = (await response.json()) as Json;
      if (withCsv) {
        const exported = await client.get(`/api/stats/${figure}.csv?${query}`);
        expect(exported.status).toBe(200);
        // The CSV says exactly what the JSON says: the same cells, written by the same rules.
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await exported.arrayBuffer());
        expect(text, `${figure}.csv ${query}`).toBe(csvOf[figure](data as never));
      }
      absorb(view, figure, flatten(figure, period.label, data), period.label);
    }
  for (const period of PERIODS) {
    const query = `from=${period.from}&to=${period.to}&scope=${scope}`;
    const response = await client.get(`/api/stats/esf?${query}`);
    expect(response.status, `esf ${query}`).toBe(200);
    const data = EsfReportSchema.parse(await response.json());
    if (withCsv) {
      const exported = await client.get(`/api/stats/esf.csv?${query}`);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await exported.arrayBuffer());
      expect(text, `esf.csv ${query}`).toBe(esfReportCsv(data));
    }
    absorb(view, "esf", flattenEsf(period.label, data), period.label);
  }
  return view;
}

// ---------------------------------------------------------------------------------------------
// The attacker's model: bounds per number, relations between numbers.

type Bounds = { lo: number; hi: number };
type Relation =
  /** `truthOnly`: the true counts add up, the published ones need not (each part is perturbed on its own). */
  | { kind: "sum"; total: string; parts: string[]; truthOnly?: true }
  | { kind: "ge"; big: string; small: string }
  | { kind: "le-sum"; small: string; parts: string[] };

const UNBOUNDED = 1_000_000;
const splitKey = (key: string) => {
  const [figure = "", column = "", row = "", period = ""] = key.split("/");
  return { figure: figure as Figure, column, row, period };
};
const periodOf = (label: string) => PERIODS.find((period) => period.label === label) as PeriodSpec;
const isBase = (key: string) => {
  const { row, period, figure } = splitKey(key);
  if (!period.startsWith("M:")) return false;
  if (figure === "requests") return true;
  return row !== TOTAL && !(figure === "placements" && splitKey(key).column === TOTAL);
};

/** Every region number named across all periods, with missing rows (published as absent = 0). */
function regionKeys(region: View): string[] {
  const names = new Set<string>();
  for (const key of region.cells.keys()) {
    const { figure, column, row } = splitKey(key);
    names.add(`${figure}/${column}/${row}`);
  }
  const keys: string[] = [];
  for (const name of names) for (const period of PERIODS) keys.push(`${name}/${period.label}`);
  return keys;
}

function relationsOf(region: View, keys: string[]): Relation[] {
  const relations: Relation[] = region.lines.map((line) => ({ kind: "sum", ...line }));
  const names = new Set(keys.map((key) => key.slice(0, key.lastIndexOf("/"))));
  for (const name of names) {
    const figure = name.split("/")[0] as Figure;
    for (const period of [...QUARTERS, periodOf(`Y:${YEAR}`)]) {
      const months = period.months.map((month) => `${name}/${monthLabel(month)}`);
      const whole = `${name}/${period.label}`;
      if (ADDITIVE.includes(figure)) relations.push({ kind: "sum", total: whole, parts: months });
      else {
        // True however the period is counted: no more than all its months, no fewer than its last.
        relations.push({ kind: "le-sum", small: whole, parts: months });
        relations.push({ kind: "ge", big: whole, small: months[months.length - 1] ?? whole });
        const asOf = region.asOf.get(`${figure}/${period.label}`);
        if (asOf) {
          relations.push({ kind: "ge", big: whole, small: `${name}/${monthLabel(asOf)}` });
          relations.push({ kind: "ge", big: `${name}/${monthLabel(asOf)}`, small: whole });
        }
      }
    }
  }
  for (const period of PERIODS) {
    const p = period.label;
    const persons = ["language/persons", "nationalities/persons", "permits/persons"].map(
      (name) => `${name}/${TOTAL}/${p}`,
    );
    for (const [a, b] of [
      [persons[0], persons[1]],
      [persons[1], persons[2]],
    ] as [string, string][]) {
      relations.push({ kind: "ge", big: a, small: b }, { kind: "ge", big: b, small: a });
    }
    for (const key of keys)
      if (key.startsWith("language/certificateGap/") && key.endsWith(`/${p}`))
        relations.push({ kind: "ge", big: key.replace("/certificateGap/", "/persons/"), small: key });
    for (const column of ["offerPlaces", "openInquiries"]) {
      const a = `demand-occupations/${column}/${TOTAL}/${p}`;
      const b = `demand-districts/${column}/${TOTAL}/${p}`;
      relations.push({ kind: "ge", big: a, small: b }, { kind: "ge", big: b, small: a });
    }
    relations.push({
      kind: "ge",
      big: `requests/companyRequests/all/${p}`,
      small: `demand-occupations/openInquiries/${TOTAL}/${p}`,
    });
    relations.push(...esfRelations(p));
  }
  return relations;
}

/**
 * What the ESF+ indicators obey per gender: exactly one employment status, exactly one ISCED band, long-term
 * unemployed among the unemployed, every characteristic among all participants; and every enrolment of the
 * (ESF+) programmes is a participant or an incomplete record.
 */
function esfRelations(p: string): Relation[] {
  const esf = (code: string, row: string) => keyOf("esf", code, row, p);
  const relations: Relation[] = [];
  for (const row of [...GENDERS, TOTAL]) {
    relations.push({
      kind: "sum",
      truthOnly: true,
      total: esf("EECO01", row),
      parts: ["EECO02", "EECO04", "EECO05"].map((c) => esf(c, row)),
    });
    relations.push({
      kind: "sum",
      truthOnly: true,
      total: esf("EECO01", row),
      parts: ["EECO09", "EECO10", "EECO11"].map((c) => esf(c, row)),
    });
    relations.push({ kind: "ge", big: esf("EECO02", row), small: esf("EECO03", row) });
    for (const code of [
      "EECO06",
      "EECO07",
      "EECO08",
      "EECO12",
      "EECO13",
      "EECO14",
      "EECO15",
      "EECO16",
      "EECO17",
    ])
      relations.push({ kind: "ge", big: esf("EECO01", row), small: esf(code, row) });
  }
  relations.push({
    kind: "sum",
    truthOnly: true,
    total: keyOf("programmes", "enrolments", TOTAL, p),
    parts: [...GENDERS.map((gender) => esf("EECO01", gender)), keyOf("esf", "incomplete", "all", p)],
  });
  return relations;
}

/** What one published region number says about its true count. */
function publishedBounds(key: string, cell: Cell | undefined): Bounds {
  if (!cell) return { lo: 0, hi: 0 }; // a row not listed holds nothing
  if (!cell.perturbed)
    return cell.suppressed ? { lo: 1, hi: 4 } : { lo: cell.value ?? 0, hi: cell.value ?? 0 };
  // Perturbed: quarters, years and totals are sums of published months and say nothing of their own.
  if (!isBase(key)) return { lo: 0, hi: UNBOUNDED };
  if (cell.suppressed) return { lo: consistentCounts(1).min, hi: consistentCounts(4).max };
  const { min, max } = consistentCounts(cell.value ?? 0);
  return { lo: min, hi: max };
}

function propagate(bounds: Map<string, Bounds>, relations: Relation[]) {
  const get = (key: string) => bounds.get(key) ?? { lo: 0, hi: UNBOUNDED };
  const tighten = (key: string, lo: number, hi: number) => {
    const current = get(key);
    const next = { lo: Math.max(current.lo, Math.ceil(lo)), hi: Math.min(current.hi, Math.floor(hi)) };
    if (next.lo > next.hi) throw new Error(`contradiction at ${key}: the model is wrong`);
    if (next.lo === current.lo && next.hi === current.hi) return false;
    bounds.set(key, next);
    return true;
  };
  for (let round = 0, changed = true; changed && round < 500; round++) {
    changed = false;
    for (const relation of relations) {
      if (relation.kind === "ge") {
        changed = tighten(relation.big, get(relation.small).lo, UNBOUNDED) || changed;
        changed = tighten(relation.small, 0, get(relation.big).hi) || changed;
        continue;
      }
      const parts = relation.parts.map(get);
      const lo = parts.reduce((sum, part) => sum + part.lo, 0);
      const hi = parts.reduce((sum, part) => sum + part.hi, 0);
      const whole = relation.kind === "sum" ? relation.total : relation.small;
      changed = tighten(whole, relation.kind === "sum" ? lo : 0, hi) || changed;
      const total = get(whole);
      relation.parts.forEach((part, index) => {
        const own = parts[index] ?? { lo: 0, hi: 0 };
        const upper = relation.kind === "sum" ? total.hi - (lo - own.lo) : UNBOUNDED;
        changed = tighten(part, total.lo - (hi - own.hi), upper) || changed;
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------

const disagreements: string[] = [];
type Finding = { key: string; truth: number; lo: number; hi: number };
let findings: Finding[] = [];
let smallCells = 0;
let smallEsfCells = 0;
let published = 0;
/** Where the server does not publish as the attacker's model assumes — then its bounds would mean nothing. */
const modelBreaks: string[] = [];
const noise = { cells: 0, altered: 0, expected: 0 };

/** What a published number says on its face: its value, or 1–4 for "< 5", or 0 for a row not listed. */
function faceValue(cell: Cell | undefined): Bounds {
  if (!cell) return { lo: 0, hi: 0 };
  return cell.suppressed ? { lo: 1, hi: 4 } : { lo: cell.value ?? 0, hi: cell.value ?? 0 };
}

/**
 * The model the bounds rest on, checked against the truth: a base cell is published from its true
 * count's row of the table, and not as the count itself as often as the table says; every other
 * region number is the sum of the published numbers it covers (a person figure's quarter or year is
 * its last month's); so a total can never be set against its parts.
 */
function checkModel(region: View, keys: string[], truth: (key: string) => number) {
  for (const key of keys) {
    if (!isBase(key)) continue;
    const cell = region.cells.get(key);
    const count = truth(key);
    const row = perturbationRow(count).map(([value]) => value);
    const face = faceValue(cell);
    if (!row.some((value) => value >= face.lo && value <= face.hi))
      modelBreaks.push(`${key}: ${JSON.stringify(cell)} cannot come from the true count ${count}`);
    if (count >= 5 && cell && !cell.suppressed) {
      noise.cells++;
      if (cell.value !== count) noise.altered++;
      noise.expected += 1 - (perturbationRow(count).find(([value]) => value === count)?.[1] ?? 0) / 100;
    }
  }
  for (const relation of relationsOf(region, keys)) {
    if (relation.kind === "sum" && !relation.truthOnly) {
      const parts = relation.parts.map((part) => faceValue(region.cells.get(part)));
      const total = faceValue(region.cells.get(relation.total));
      const lo = parts.reduce((sum, part) => sum + part.lo, 0);
      const hi = parts.reduce((sum, part) => sum + part.hi, 0);
      if (total.hi < lo || total.lo > hi)
        modelBreaks.push(`${relation.total} is not the sum of ${relation.parts.length} published parts`);
    }
  }
  for (const key of keys) {
    const { figure, column, row, period } = splitKey(key);
    const asOf = region.asOf.get(`${figure}/${period}`);
    if (!PERSON_FIGURES.includes(figure) || period.startsWith("M:") || !asOf) continue;
    const month = keyOf(figure, column, row, monthLabel(asOf));
    if (JSON.stringify(region.cells.get(key)) !== JSON.stringify(region.cells.get(month)))
      modelBreaks.push(`${key} is not published as its last month ${month}`);
  }
}

beforeAll(async () => {
  // A fixed cell-key secret (the migration draws a random one): with the seeded data the noise is then the
  // same on every run and machine, so a bound below that fails fails always, and can be looked into.
  await db
    .updateTable("stats_cell_key")
    .set({ secret: "a11ce5ec7e75a11ce5ec7e75a11ce5ec7e75a11ce5ec7e75a11ce5ec7e75a11c" })
    .where("id", "=", "region")
    .execute();
  await generate();
  const [a, b, c, d] = centres as [Centre, Centre, Centre, Centre];
  const region = await collect(a.manager, "region", true);
  const regionAsB = await collect(b.manager, "region", false);
  expect([...regionAsB.cells.entries()]).toEqual([...region.cells.entries()]);
  const own = [await collect(a.manager, "centre", true), await collect(b.manager, "centre", true)];
  const others = [await collect(c.manager, "centre", false), await collect(d.manager, "centre", false)];
  published = region.cells.size;

  const everyCentre = [...own, ...others];
  const centreValue = (view: View, key: string) => view.cells.get(key)?.value ?? 0;
  /** The true region count: the sum of the four centres' exact counts, the region's way. */
  const truth = (key: string): number => {
    const { figure, column, row, period } = splitKey(key);
    const asOf = region.asOf.get(`${figure}/${period}`);
    const counted =
      PERSON_FIGURES.includes(figure) && asOf ? keyOf(figure, column, row, monthLabel(asOf)) : key;
    return everyCentre.reduce((sum, view) => sum + centreValue(view, counted), 0);
  };

  const keys = regionKeys(region);
  checkModel(region, keys, truth);
  const bounds = new Map<string, Bounds>();
  for (const key of keys) {
    const bound = publishedBounds(key, region.cells.get(key));
    const { figure, period } = splitKey(key);
    // The pool's exact figures are a floor, where they count the same persons as the region number.
    const comparable = !PERSON_FIGURES.includes(figure) || period.startsWith("M:");
    const floor = comparable ? own.reduce((sum, view) => sum + centreValue(view, key), 0) : 0;
    bounds.set(key, { lo: Math.max(bound.lo, floor), hi: bound.hi });
  }
  propagate(bounds, relationsOf(region, keys));

  findings = [];
  for (const key of keys) {
    const count = truth(key);
    if (count < 1 || count > 4) continue;
    smallCells++;
    if (key.startsWith("esf/")) smallEsfCells++;
    const { lo, hi } = bounds.get(key) ?? { lo: 0, hi: UNBOUNDED };
    if (hi - lo + 1 < 3) findings.push({ key, truth: count, lo, hi });
  }
}, 300_000);

describe("statistics: what two pooling managers can learn about small region-wide counts", () => {
  it("looks at a data set with small counts in every figure", () => {
    expect(published).toBeGreaterThan(1000);
    expect(smallCells).toBeGreaterThan(200);
    // Non-binary counts are tiny: the ESF+ report's small cells are in the attack too.
    expect(smallEsfCells).toBeGreaterThan(100);
  });

  it("publishes as the model says: each month's cell from its count's row with noise, everything else its sum", () => {
    expect(modelBreaks.slice(0, 20), `${modelBreaks.length} numbers off the model`).toEqual([]);
    expect(noise.cells).toBeGreaterThanOrEqual(50);
    // The table alters half or more of the cells from 5 up; at least two thirds of that must show.
    expect(noise.altered).toBeGreaterThanOrEqual((noise.expected * 2) / 3);
  });

  it("gets the same value for a number however it is asked for", () => {
    expect(disagreements.slice(0, 20), `${disagreements.length} numbers published differently`).toEqual([]);
  });

  it("cannot narrow any region-wide count of 1–4 to fewer than 3 values", () => {
    expect(findings.slice(0, 20), `${findings.length} small counts narrowed`).toEqual([]);
  });
});
