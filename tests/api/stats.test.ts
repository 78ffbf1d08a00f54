import { beforeAll, describe, expect, it } from "vitest";
import {
  CellSchema,
  DemandByDistrictSchema,
  DemandByOccupationSchema,
  LanguageStatsSchema,
  NationalitiesStatsSchema,
  PlacementsStatsSchema,
  ProgrammesStatsSchema,
  RequestsStatsSchema,
  ResidencePermitsStatsSchema,
  statsFigures,
  TimeToPlacementSchema,
} from "#shared/schemas/stats.ts";
import { perturbationRow } from "#shared/stats/cell-key.ts";
import type { Cell } from "#shared/stats/suppression.ts";
import { createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import {
  createCountedPerson,
  insertCase,
  insertEnrolment,
  insertInquiry,
  insertOffer,
  insertPlacement,
  insertProgramme,
} from "../factories/stats.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let manager: Client;
let advisor: Client;
let employer: Client;
let admin: Client;
const personIds: string[] = [];

const n = (value: number): Cell => ({ value, suppressed: false, perturbed: false });
/** A region-wide count published as 1–4: shown as "< 5", its value not given. */
const hidden: Cell = { value: null, suppressed: true, perturbed: true };
const zero: Cell = { value: 0, suppressed: false, perturbed: true };
const cellText = (cell: Cell) => (cell.suppressed ? "< 5" : String(cell.value));

/**
 * A region-wide base cell (one month) holding `count`: published as a value of the count's row of the
 * perturbation table, "< 5" when that value is 1–4. Counts of 1 and 2 are therefore always "< 5".
 */
function expectPublished(cell: Cell | undefined, count: number) {
  const values = perturbationRow(count).map(([value]) => value);
  expect(cell?.perturbed, JSON.stringify(cell)).toBe(true);
  if (cell?.suppressed) {
    expect(cell.value).toBeNull();
    expect(
      values.some((value) => value >= 1 && value <= 4),
      `${count} cannot be "< 5"`,
    ).toBe(true);
  } else {
    expect(values, `${count} published as ${cell?.value}`).toContain(cell?.value);
    expect(cell?.value === 0 || (cell?.value ?? 0) >= 5).toBe(true);
  }
}

/** A region-wide total is the sum of the published cells it covers: "< 5" cells stand for 1–4 each. */
function expectSumOfPublished(parts: Cell[], total: Cell | undefined) {
  const shownSum = parts.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
  const hiddenParts = parts.filter((cell) => cell.suppressed).length;
  expect(total?.perturbed).toBe(true);
  if (hiddenParts === 0) expect(total?.value).toBe(shownSum);
  else if (!total?.suppressed) {
    expect(total?.value ?? 0).toBeGreaterThanOrEqual(shownSum + hiddenParts);
    expect(total?.value ?? 0).toBeLessThanOrEqual(shownSum + 4 * hiddenParts);
  } else expect(shownSum + hiddenParts).toBeLessThanOrEqual(4);
}

/** Every value a sum of base cells holding these counts can be published as. */
const sumRange = (...counts: number[]) =>
  counts.reduce(
    (range, count) => {
      const values = perturbationRow(count).map(([value]) => value);
      return { min: range.min + Math.min(...values), max: range.max + Math.max(...values) };
    },
    { min: 0, max: 0 },
  );

beforeAll(async () => {
  cast = await createTwoCentres(db);
  const { own, other } = cast;
  [manager, advisor, employer, admin] = await Promise.all([
    signIn(app, own.manager.email, TEST_PASSWORD),
    signIn(app, own.advisor.email, TEST_PASSWORD),
    signIn(app, own.employer.email, TEST_PASSWORD),
    signIn(app, own.admin.email, TEST_PASSWORD),
  ]);

  const caseOn = async (centreId: string, openedOn: string, closedOn: string | null = null) => {
    const person = await createCountedPerson(db, centreId);
    personIds.push(person.id);
    return insertCase(db, centreId, person.id, openedOn, closedOn);
  };
  // Requests, 2025-01 … 2025-03: person cases by opening day, inquiries by day of receipt.
  for (const day of [
    "2025-01-01",
    "2025-01-01",
    "2025-01-31",
    "2025-02-15",
    "2025-02-15",
    "2025-02-28",
    "2024-12-31",
    "2025-04-01",
  ])
    await caseOn(own.centre.id, day);
  for (const day of ["2025-01-10", "2025-01-10", "2025-01-10", "2025-01-10", ...Array(6).fill("2025-03-05")])
    await caseOn(other.centre.id, day);
  for (const day of ["2024-12-31", "2025-01-31", "2025-02-01", "2025-02-01"])
    await insertInquiry(db, own.centre.id, own.company.id, { receivedOn: day, status: "served" });
  for (const day of [...Array(5).fill("2025-02-10"), ...Array(7).fill("2025-03-31")])
    await insertInquiry(db, other.centre.id, other.company.id, { receivedOn: day });

  // Persons served in 2023: a case open on at least one day of the year.
  const served = async (
    centreId: string,
    facts: Parameters<typeof createCountedPerson>[2],
    cases: [string, string | null][],
  ) => {
    const person = await createCountedPerson(db, centreId, facts);
    personIds.push(person.id);
    for (const [opened, closed] of cases) await insertCase(db, centreId, person.id, opened, closed);
  };
  await served(
    own.centre.id,
    { nationality: "SY", germanLevel: "B1", certificateGap: true, permitType: "s18a_skilled_vocational" },
    [["2022-06-01", "2023-01-01"]],
  );
  await served(
    own.centre.id,
    { nationality: "UA", germanLevel: "B2", permitType: "s18a_skilled_vocational" },
    [["2023-12-31", null]],
  );
  await served(own.centre.id, { nationality: "TR", germanLevel: "C1" }, [["2022-01-01", "2022-12-31"]]);
  await served(own.centre.id, { nationality: "TR", germanLevel: "C1" }, [["2024-01-01", null]]);
  await served(own.centre.id, { nationality: "IN", permitType: "s16b_studies" }, [
    ["2023-02-01", "2023-03-01"],
    ["2023-05-01", null],
  ]);
  for (let index = 0; index < 6; index++)
    await served(
      other.centre.id,
      {
        nationality: "SY",
        germanLevel: "B1",
        certificateGap: index < 2,
        permitType: "s18a_skilled_vocational",
      },
      [["2023-04-04", null]],
    );
  for (let index = 0; index < 2; index++)
    await served(other.centre.id, { nationality: "UA", germanLevel: "A2", permitType: "s16b_studies" }, [
      ["2021-01-01", "2023-12-31"],
    ]);

  // Demand, placements and programmes in 2022.
  const jobOffer = await insertOffer(db, own.centre.id, own.company.id, {
    openedOn: "2022-03-01",
    occupation: "43104",
    places: 3,
    placesTaken: 1,
  });
  await insertOffer(db, own.centre.id, own.company.id, {
    openedOn: "2022-12-31",
    occupation: "29302",
    places: 5,
    type: "apprenticeship",
  });
  await insertOffer(db, own.centre.id, own.company.id, {
    openedOn: "2022-05-01",
    occupation: "43104",
    places: 2,
    status: "filled",
  });
  await insertOffer(db, own.centre.id, own.company.id, {
    openedOn: "2021-12-31",
    occupation: "43104",
    places: 4,
  });
  await insertInquiry(db, own.centre.id, own.company.id, { receivedOn: "2022-01-01", occupation: "43104" });
  await insertInquiry(db, own.centre.id, own.company.id, {
    receivedOn: "2022-02-01",
    occupation: "43104",
    status: "served",
  });
  const otherOffer = await insertOffer(db, other.centre.id, other.company.id, {
    openedOn: "2022-06-01",
    occupation: "43412",
    places: 10,
    district: "region-hannover",
  });
  for (let index = 0; index < 6; index++)
    await insertInquiry(db, other.centre.id, other.company.id, {
      receivedOn: "2022-05-05",
      occupation: "29302",
      district: "region-hannover",
    });

  const apprenticeship = await insertOffer(db, own.centre.id, own.company.id, {
    openedOn: "2022-01-01",
    type: "apprenticeship",
    status: "filled",
  });
  const placed = async (
    offer: typeof jobOffer,
    centreId: string,
    fields: { proposedOn: string; stage: string; opened?: string; startedOn?: string },
  ) => {
    const person = await createCountedPerson(db, centreId);
    personIds.push(person.id);
    const opened = await insertCase(db, centreId, person.id, fields.opened ?? "2022-01-01", "2022-12-31");
    await insertPlacement(db, offer, person, { ...fields, caseId: opened.id });
  };
  await placed(jobOffer, own.centre.id, {
    proposedOn: "2022-02-01",
    stage: "running",
    opened: "2022-01-01",
    startedOn: "2022-03-01",
  });
  await placed(jobOffer, own.centre.id, { proposedOn: "2022-05-01", stage: "declined" });
  await placed(apprenticeship, own.centre.id, {
    proposedOn: "2022-11-30",
    stage: "completed",
    opened: "2022-11-01",
    startedOn: "2022-12-01",
  });
  await placed(jobOffer, own.centre.id, {
    proposedOn: "2021-12-31",
    stage: "running",
    startedOn: "2022-01-15",
  });
  for (let index = 0; index < 6; index++)
    await placed(otherOffer, other.centre.id, { proposedOn: "2022-07-01", stage: "proposed" });

  const regional = await insertProgramme(db, null, "Talent trifft Handwerk");
  const otherOwn = await insertProgramme(db, other.centre.id, 'Sprachtage; Betrieb "Nord"');
  const enrolled = async (
    centreId: string,
    programmeId: string,
    fields: Parameters<typeof insertEnrolment>[3],
  ) => insertEnrolment(db, programmeId, await createCountedPerson(db, centreId), fields);
  await enrolled(own.centre.id, regional.id, {
    enteredOn: "2022-01-15",
    status: "completed",
    exitedOn: "2022-06-30",
  });
  await enrolled(own.centre.id, regional.id, { enteredOn: "2022-07-01" });
  await enrolled(own.centre.id, regional.id, {
    enteredOn: "2021-12-31",
    status: "completed",
    exitedOn: "2023-01-01",
  });
  for (let index = 0; index < 5; index++)
    await enrolled(other.centre.id, otherOwn.id, { enteredOn: "2022-03-01" });
});

const get = async (client: Client, path: string) => {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return response.json();
};

describe("statistics: new requests per month", () => {
  it("counts the own centre's opened cases and received inquiries per month, every month, edges included", async () => {
    const stats = RequestsStatsSchema.parse(
      await get(manager, "/api/stats/requests?from=2025-01&to=2025-04&scope=centre"),
    );
    expect(stats.rows).toEqual([
      { month: "2025-01", personRequests: n(3), companyRequests: n(1) },
      { month: "2025-02", personRequests: n(3), companyRequests: n(2) },
      { month: "2025-03", personRequests: n(0), companyRequests: n(0) },
      { month: "2025-04", personRequests: n(1), companyRequests: n(0) },
    ]);
    expect(stats.totals).toEqual({ personRequests: n(7), companyRequests: n(3) });
    expect(stats).toMatchObject({ scope: "centre", from: "2025-01", to: "2025-04" });
  });

  it("publishes region-wide months by the cell-key method and sums the published months", async () => {
    const path = "/api/stats/requests?from=2025-01&to=2025-03&scope=region";
    const stats = RequestsStatsSchema.parse(await get(manager, path));
    // Region: persons 3 + 4, 3 + 0, 0 + 6; companies 1 + 0, 2 + 5, 0 + 7 (own + other centre).
    expect(stats.rows.map((row) => row.month)).toEqual(["2025-01", "2025-02", "2025-03"]);
    const [january, february, march] = stats.rows;
    expectPublished(january?.personRequests, 7);
    expectPublished(february?.personRequests, 3);
    expectPublished(march?.personRequests, 6);
    expect(january?.companyRequests).toEqual(hidden);
    expectPublished(february?.companyRequests, 7);
    expectPublished(march?.companyRequests, 7);
    expectSumOfPublished(
      stats.rows.map((row) => row.personRequests),
      stats.totals.personRequests,
    );
    expectSumOfPublished(
      stats.rows.map((row) => row.companyRequests),
      stats.totals.companyRequests,
    );
    // The same cell whatever is asked: again, or the month on its own.
    expect(await get(manager, path)).toEqual(stats);
    const alone = RequestsStatsSchema.parse(
      await get(manager, "/api/stats/requests?from=2025-02&to=2025-02&scope=region"),
    );
    expect(alone.rows).toEqual([february]);
    expect(alone.totals).toEqual({
      personRequests: february?.personRequests,
      companyRequests: february?.companyRequests,
    });
  });

  it("lets an admin read region-wide figures too, and an advisor only the own centre's", async () => {
    const own = await get(manager, "/api/stats/requests?from=2025-01&to=2025-03");
    expect(await get(advisor, "/api/stats/requests?from=2025-01&to=2025-03&scope=centre")).toEqual(own);
    await get(admin, "/api/stats/requests?from=2025-01&to=2025-03&scope=region");
    for (const figure of statsFigures) {
      await expectError(
        await advisor.get(`/api/stats/${figure}?from=2025-01&to=2025-03&scope=region`),
        403,
        "forbidden",
      );
      await expectError(
        await advisor.get(`/api/stats/${figure}.csv?from=2025-01&to=2025-03&scope=region`),
        403,
        "forbidden",
      );
    }
  });

  it("answers 403 to employers on every statistics endpoint, JSON and CSV", async () => {
    for (const figure of statsFigures)
      for (const suffix of ["", ".csv"])
        for (const scope of ["centre", "region"])
          await expectError(
            await employer.get(`/api/stats/${figure}${suffix}?from=2025-01&to=2025-03&scope=${scope}`),
            403,
            "forbidden",
          );
  });

  it.each([
    ["to=2025-03", "from"],
    ["from=2025-13&to=2025-12", "from"],
    ["from=2025-1&to=2025-12", "from"],
    ["from=2025-04&to=2025-03", "to"],
    ["from=2020-01&to=2025-01", "to"],
    ["from=2025-01&to=2025-03&scope=world", "scope"],
    ["from=2025-01&to=2025-03&personId=x", "personId"],
    ["from=2025-01&to=2025-02&scope=region", "to"],
    ["from=2025-02&to=2025-04&scope=region", "to"],
    ["from=2024-07&to=2025-06&scope=region", "to"],
  ])("answers 422 naming the field for %s", async (query, field) => {
    const error = await expectError(
      await manager.get(`/api/stats/requests?${query}`),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: field })]);
  });

  it("accepts the longest period, 60 months", async () => {
    const stats = RequestsStatsSchema.parse(
      await get(manager, "/api/stats/requests?from=2021-01&to=2025-12"),
    );
    expect(stats.rows).toHaveLength(60);
    expect(stats.totals.personRequests).toEqual(n(18));
  });
});

describe("statistics: CSV", () => {
  it("exports the region-wide requests as UTF-8 with BOM, semicolons, German headers, CRLF and „< 5“", async () => {
    const response = await manager.get("/api/stats/requests.csv?from=2025-01&to=2025-03&scope=region");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="ankommen-requests-2025-01-2025-03-region.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = RequestsStatsSchema.parse(
      await get(manager, "/api/stats/requests?from=2025-01&to=2025-03&scope=region"),
    );
    const line = (label: string, cells: { personRequests: Cell; companyRequests: Cell }) =>
      `${label};${cellText(cells.personRequests)};${cellText(cells.companyRequests)}\r\n`;
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFMonat;Neue Anfragen von Personen;Neue Anfragen von Unternehmen\r\n" +
        json.rows.map((row) => line(row.month, row)).join("") +
        line("Summe", json.totals),
    );
    // January's single company request is published as 1, so always as "< 5".
    expect(line("2025-01", json.rows[0] ?? json.totals)).toMatch(/;< 5\r\n$/);
  });

  it("quotes fields with separators or quotes and writes the share with a decimal comma", async () => {
    const programmes = await (
      await manager.get("/api/stats/programmes.csv?from=2022-01&to=2022-12&scope=region")
    ).text();
    const json = ProgrammesStatsSchema.parse(
      await get(manager, "/api/stats/programmes?from=2022-01&to=2022-12&scope=region"),
    );
    const sprachtage = json.rows.find((row) => row.programme === "own");
    expect(sprachtage?.name).toBe('Sprachtage; Betrieb "Nord"');
    expect(programmes).toContain(
      `\r\n"Sprachtage; Betrieb ""Nord""";${cellText(sprachtage?.enrolments ?? hidden)};0\r\n`,
    );
    const language = await (await manager.get("/api/stats/language.csv?from=2023-01&to=2023-12")).text();
    expect(language).toContain("\r\nAnteil mit Zertifikatslücke in %;;33,3\r\n");
  });
});

describe("statistics: persons served in the period", () => {
  it("counts German levels and certificate gaps of persons with a case open in the period, each once", async () => {
    const stats = LanguageStatsSchema.parse(
      await get(manager, "/api/stats/language?from=2023-01&to=2023-12"),
    );
    const byLevel = Object.fromEntries(
      stats.rows.map((row) => [row.level, [row.persons, row.certificateGap]]),
    );
    expect(byLevel).toEqual({
      A1: [n(0), n(0)],
      A2: [n(0), n(0)],
      B1: [n(1), n(1)],
      B2: [n(1), n(0)],
      C1: [n(0), n(0)],
      C2: [n(0), n(0)],
      none: [n(1), n(0)],
    });
    expect(stats.totals).toEqual({ persons: n(3), certificateGap: n(1) });
    expect(stats.certificateGapPercent).toEqual(n(33.3));
  });

  it("counts the region's persons in the period's last month, perturbed, and withholds the gap rate of a small gap count", async () => {
    const stats = LanguageStatsSchema.parse(
      await get(manager, "/api/stats/language?from=2023-01&to=2023-12&scope=region"),
    );
    // In support in December 2023: own UA (B2) and IN (none); other 6 SY (B1, 2 with gap), 2 UA (A2).
    // Own SY (B1, gap) left in January and is not counted region-wide, though the centre counts it.
    expect(stats.asOf).toBe("2023-12");
    const byLevel = Object.fromEntries(
      stats.rows.map((row) => [row.level, [row.persons, row.certificateGap]]),
    );
    expectPublished(byLevel.B1?.[0], 6);
    expect(byLevel.B1?.[1]).toEqual(hidden);
    expect(byLevel.B2).toEqual([hidden, zero]);
    expect(byLevel.A2).toEqual([hidden, zero]);
    expect(byLevel.none).toEqual([hidden, zero]);
    for (const level of ["A1", "C1", "C2"]) expect(byLevel[level]).toEqual([zero, zero]);
    expectSumOfPublished(
      stats.rows.map((row) => row.persons),
      stats.totals.persons,
    );
    expect(stats.totals.certificateGap).toEqual(hidden);
    expect(stats.certificateGapPercent).toEqual(hidden);
    const december = LanguageStatsSchema.parse(
      await get(manager, "/api/stats/language?from=2023-12&to=2023-12&scope=region"),
    );
    expect({ ...december, from: "2023-01" }).toEqual(stats);
  });

  it("lists nationalities and permit types of the persons served, without any person's id", async () => {
    const response = await manager.get("/api/stats/nationalities?from=2023-01&to=2023-12");
    const text = await response.text();
    for (const id of personIds) expect(text).not.toContain(id);
    const stats = NationalitiesStatsSchema.parse(JSON.parse(text));
    expect(stats.rows).toEqual([
      { nationality: "IN", persons: n(1) },
      { nationality: "SY", persons: n(1) },
      { nationality: "UA", persons: n(1) },
    ]);
    const region = NationalitiesStatsSchema.parse(
      await get(manager, "/api/stats/nationalities?from=2023-01&to=2023-12&scope=region"),
    );
    // December 2023: SY 6, UA 1 + 2, IN 1; ranked by the published values.
    expect(region.asOf).toBe("2023-12");
    const byNationality = Object.fromEntries(region.rows.map((row) => [row.nationality, row.persons]));
    expect(Object.keys(byNationality).sort()).toEqual(["IN", "SY", "UA"]);
    expectPublished(byNationality.SY, 6);
    expectPublished(byNationality.UA, 3);
    expect(byNationality.IN).toEqual(hidden);
    const ranked = region.rows.map((row) => row.persons.value ?? 0);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expectSumOfPublished(
      region.rows.map((row) => row.persons),
      region.total,
    );
    const permits = ResidencePermitsStatsSchema.parse(
      await get(manager, "/api/stats/permits?from=2023-01&to=2023-12"),
    );
    expect(permits.rows).toEqual([
      { permitType: "s16b_studies", persons: n(1) },
      { permitType: "s18a_skilled_vocational", persons: n(2) },
    ]);
    expect(permits.total).toEqual(n(3));
  });

  it("counts a person in support from their first case to the close of their last, gaps between cases included", async () => {
    const { own } = cast;
    const person = async (nationality: string, cases: [string, string | null][]) => {
      const created = await createCountedPerson(db, own.centre.id, { nationality });
      personIds.push(created.id);
      for (const [opened, closed] of cases) await insertCase(db, own.centre.id, created.id, opened, closed);
    };
    // 2019-06 … 2020-06 lies in the gap between ER's two cases: still in support, counted once.
    await person("ER", [
      ["2019-01-01", "2019-03-31"],
      ["2020-10-01", "2020-12-31"],
    ]);
    await person("AF", [["2019-01-01", "2019-05-31"]]); // support ended the day before the period
    await person("IR", [["2020-07-01", "2020-08-31"]]); // support began the day after the period
    await person("IQ", [["2020-06-30", "2020-06-30"]]); // a single day, the period's last
    const stats = NationalitiesStatsSchema.parse(
      await get(manager, "/api/stats/nationalities?from=2019-06&to=2020-06"),
    );
    expect(stats.rows).toEqual([
      { nationality: "ER", persons: n(1) },
      { nationality: "IQ", persons: n(1) },
    ]);
    expect(stats.total).toEqual(n(2));
    const language = LanguageStatsSchema.parse(
      await get(manager, "/api/stats/language?from=2020-01&to=2020-01"),
    );
    expect(language.totals.persons).toEqual(n(1));
    const permits = ResidencePermitsStatsSchema.parse(
      await get(manager, "/api/stats/permits?from=2019-04&to=2019-05"),
    );
    expect(permits.total).toEqual(n(2));
  });

  it("follows cases opened, closed and reopened through the API", async () => {
    const created = await createCountedPerson(db, cast.own.centre.id, { nationality: "KZ" });
    personIds.push(created.id);
    const kazakh = async (period: string) =>
      NationalitiesStatsSchema.parse(await get(manager, `/api/stats/nationalities?${period}`)).total;
    const step = async (response: Response) => {
      expect(response.status).toBeLessThan(300);
      return (await response.json()) as { id: string; version: number };
    };
    let record = await step(
      await advisor.post("/api/cases", {
        personId: created.id,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
        openedOn: "2018-03-01",
      }),
    );
    expect(await kazakh("from=2018-01&to=2018-02")).toEqual(n(0));
    expect(await kazakh("from=2018-12&to=2018-12")).toEqual(n(1));
    record = await step(
      await advisor.post(`/api/cases/${record.id}/transitions`, { version: record.version, to: "active" }),
    );
    record = await step(
      await advisor.post(`/api/cases/${record.id}/transitions`, {
        version: record.version,
        to: "closed",
        outcome: "moved_away",
        closedOn: "2018-06-30",
      }),
    );
    expect(await kazakh("from=2018-06&to=2018-06")).toEqual(n(1));
    expect(await kazakh("from=2018-07&to=2018-12")).toEqual(n(0));
    record = await step(await advisor.post(`/api/cases/${record.id}/reopen`, { version: record.version }));
    expect(await kazakh("from=2018-07&to=2018-12")).toEqual(n(1));
    await step(
      await advisor.post(`/api/cases/${record.id}/transitions`, {
        version: record.version,
        to: "closed",
        outcome: "moved_away",
        closedOn: "2018-09-30",
      }),
    );
    expect(await kazakh("from=2018-09&to=2018-12")).toEqual(n(1));
    expect(await kazakh("from=2018-10&to=2018-12")).toEqual(n(0));
  });
});

describe("statistics: demand, placements, programmes", () => {
  it("sums free places of open offers and counts open inquiries of the period by occupation group and district", async () => {
    const own = DemandByOccupationSchema.parse(
      await get(manager, "/api/stats/demand-occupations?from=2022-01&to=2022-12"),
    );
    expect(own.rows).toEqual([
      { group: "29", offerPlaces: n(5), openInquiries: n(0) },
      { group: "43", offerPlaces: n(2), openInquiries: n(1) },
    ]);
    expect(own.totals).toEqual({ offerPlaces: n(7), openInquiries: n(1) });
    const region = DemandByOccupationSchema.parse(
      await get(manager, "/api/stats/demand-occupations?from=2022-01&to=2022-12&scope=region"),
    );
    // Free places: own 2 in March (43) and 5 in December (29), other 10 in June (43). Open inquiries:
    // own 1 in January (43), other 6 in May (29). Each month of a row is a base cell of its own.
    expect(region.rows.map((row) => row.group)).toEqual(["29", "43"]);
    const [group29, group43] = region.rows;
    expectPublished(group29?.offerPlaces, 5);
    expectPublished(group29?.openInquiries, 6);
    const places43 = sumRange(2, 10);
    expect(group43?.offerPlaces.value).toBeGreaterThanOrEqual(places43.min);
    expect(group43?.offerPlaces.value).toBeLessThanOrEqual(places43.max);
    expect(group43?.openInquiries).toEqual(hidden);
    expectSumOfPublished(
      region.rows.map((row) => row.offerPlaces),
      region.totals.offerPlaces,
    );
    expectSumOfPublished(
      region.rows.map((row) => row.openInquiries),
      region.totals.openInquiries,
    );
    const districts = DemandByDistrictSchema.parse(
      await get(manager, "/api/stats/demand-districts?from=2022-01&to=2022-12&scope=region"),
    );
    const byDistrict = Object.fromEntries(districts.rows.map((row) => [row.district, row]));
    expect(Object.keys(byDistrict).sort()).toEqual(["lk-hildesheim", "region-hannover"]);
    expectPublished(byDistrict["region-hannover"]?.offerPlaces, 10);
    expectPublished(byDistrict["region-hannover"]?.openInquiries, 6);
    const hildesheim = sumRange(2, 5);
    expect(byDistrict["lk-hildesheim"]?.offerPlaces.value ?? hildesheim.min).toBeGreaterThanOrEqual(
      hildesheim.min,
    );
    expect(byDistrict["lk-hildesheim"]?.offerPlaces.value ?? 0).toBeLessThanOrEqual(hildesheim.max);
    expect(byDistrict["lk-hildesheim"]?.openInquiries).toEqual(hidden);
  });

  it("counts placements proposed in the period by offer type and stage, and the median days to the start", async () => {
    const own = PlacementsStatsSchema.parse(
      await get(manager, "/api/stats/placements?from=2022-01&to=2022-12"),
    );
    const job = own.rows.find((row) => row.offerType === "job");
    expect(job?.stages).toMatchObject({ running: n(1), declined: n(1), proposed: n(0) });
    expect(job?.total).toEqual(n(2));
    expect(own.rows.find((row) => row.offerType === "apprenticeship")?.stages.completed).toEqual(n(1));
    expect(own.totals.total).toEqual(n(3));
    const days = TimeToPlacementSchema.parse(
      await get(manager, "/api/stats/time-to-placement?from=2022-01&to=2022-12"),
    );
    expect(days).toMatchObject({ placements: n(3), medianDays: n(30) });
    const march = TimeToPlacementSchema.parse(
      await get(manager, "/api/stats/time-to-placement?from=2022-03&to=2022-12"),
    );
    expect(march).toMatchObject({ placements: n(2), medianDays: n(44.5) });

    const region = PlacementsStatsSchema.parse(
      await get(manager, "/api/stats/placements?from=2022-01&to=2022-12&scope=region"),
    );
    // Region 2022: job proposed 6 (July), running 1, declined 1; apprenticeship completed 1.
    const regionJob = region.rows.find((row) => row.offerType === "job");
    expectPublished(regionJob?.stages.proposed, 6);
    expect(regionJob?.stages).toMatchObject({ running: hidden, declined: hidden, interview: zero });
    expect(region.rows.find((row) => row.offerType === "apprenticeship")?.stages.completed).toEqual(hidden);
    for (const row of region.rows)
      expectSumOfPublished(
        region.stages.map((stage) => row.stages[stage] ?? zero),
        row.total,
      );
    for (const stage of region.stages)
      expectSumOfPublished(
        region.rows.map((row) => row.stages[stage] ?? zero),
        region.totals.stages[stage],
      );
    expectSumOfPublished(
      region.rows.map((row) => row.total),
      region.totals.total,
    );
    // Three starts in three months, each published as 1: 3 in all, "< 5", and no median over so few.
    const regionDays = TimeToPlacementSchema.parse(
      await get(manager, "/api/stats/time-to-placement?from=2022-01&to=2022-12&scope=region"),
    );
    expect(regionDays).toMatchObject({
      placements: hidden,
      medianDays: { value: null, suppressed: true, perturbed: false },
    });
  });

  it("counts enrolments and completions per programme the scope sees", async () => {
    const own = ProgrammesStatsSchema.parse(
      await get(manager, "/api/stats/programmes?from=2022-01&to=2022-12"),
    );
    expect(own.rows).toEqual([
      { programme: "own", name: "Talent trifft Handwerk", enrolments: n(2), completions: n(1) },
    ]);
    const region = ProgrammesStatsSchema.parse(
      await get(manager, "/api/stats/programmes?from=2022-01&to=2022-12&scope=region"),
    );
    // Sprachtage: 5 entries in March. Talent trifft Handwerk: one entry in January and one in July
    // (each published as 1, so 2 in all) and one completion in June.
    expect(region.rows.map((row) => row.name)).toEqual([
      'Sprachtage; Betrieb "Nord"',
      "Talent trifft Handwerk",
    ]);
    const [sprachtage, talent] = region.rows;
    expectPublished(sprachtage?.enrolments, 5);
    expect(sprachtage?.completions).toEqual(zero);
    expect(talent).toMatchObject({ enrolments: hidden, completions: hidden });
    expect(region.totals.completions).toEqual(hidden);
    expectSumOfPublished(
      region.rows.map((row) => row.enrolments),
      region.totals.enrolments,
    );
    CellSchema.parse(region.totals.enrolments);
  });
});

it("gives another centre's manager only that centre's figures", async () => {
  const otherManager = await signIn(app, cast.other.manager.email, TEST_PASSWORD);
  const stats = RequestsStatsSchema.parse(
    await get(otherManager, "/api/stats/requests?from=2025-01&to=2025-03"),
  );
  expect(stats.totals).toEqual({ personRequests: n(10), companyRequests: n(12) });
  const lone = await createUser(db, { role: "manager", centreId: cast.other.centre.id });
  expect(lone.role).toBe("manager");
});
