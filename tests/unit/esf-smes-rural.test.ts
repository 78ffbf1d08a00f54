import { describe, expect, it } from "vitest";
import { countSupportedSmes, type EsfSupportedCompany } from "#shared/esf/indicators.ts";
import { isSme, sizeBandOf } from "#shared/reference/employers.ts";
import { MunicipalityCodeSchema, municipalities, ruralAreaOf } from "#shared/reference/municipalities.ts";

describe("size class by Recommendation 2003/361/EC", () => {
  it.each([
    [{ staffHeadcount: 0 }, "micro"],
    [{ staffHeadcount: 9 }, "micro"],
    [{ staffHeadcount: 10 }, "small"],
    [{ staffHeadcount: 49 }, "small"],
    [{ staffHeadcount: 50 }, "medium"],
    [{ staffHeadcount: 249 }, "medium"],
    [{ staffHeadcount: 250 }, "large"],
  ] as const)("classifies %o by staff alone as %s", (figures, band) => {
    expect(sizeBandOf(figures)).toBe(band);
  });

  it("keeps the class when turnover or balance sheet stays within its ceiling, either being enough", () => {
    expect(
      sizeBandOf({ staffHeadcount: 5, annualTurnoverEur: 2_000_000, balanceSheetTotalEur: 9_000_000 }),
    ).toBe("micro");
    expect(
      sizeBandOf({ staffHeadcount: 5, annualTurnoverEur: 3_000_000, balanceSheetTotalEur: 2_000_000 }),
    ).toBe("micro");
    expect(
      sizeBandOf({ staffHeadcount: 200, annualTurnoverEur: 80_000_000, balanceSheetTotalEur: 43_000_000 }),
    ).toBe("medium");
  });

  it("moves up a class when both financial figures exceed the ceiling", () => {
    expect(
      sizeBandOf({ staffHeadcount: 5, annualTurnoverEur: 2_000_001, balanceSheetTotalEur: 2_000_001 }),
    ).toBe("small");
    expect(
      sizeBandOf({ staffHeadcount: 30, annualTurnoverEur: 12_000_000, balanceSheetTotalEur: 11_000_000 }),
    ).toBe("medium");
    expect(
      sizeBandOf({ staffHeadcount: 100, annualTurnoverEur: 51_000_000, balanceSheetTotalEur: 44_000_000 }),
    ).toBe("large");
  });

  it("does not disqualify on one figure when the other is not known", () => {
    expect(sizeBandOf({ staffHeadcount: 5, annualTurnoverEur: 90_000_000, balanceSheetTotalEur: null })).toBe(
      "micro",
    );
    expect(sizeBandOf({ staffHeadcount: 5, balanceSheetTotalEur: 90_000_000 })).toBe("micro");
  });

  it("counts micro, small and medium as SMEs, large and unknown not", () => {
    expect([isSme("micro"), isSme("small"), isSme("medium"), isSme("large"), isSme(null)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("EECO19 count", () => {
  const company = (companyId: string, supportedOn: string, overrides: Partial<EsfSupportedCompany> = {}) => ({
    programmeId: "p1",
    companyId,
    supportedOn,
    sizeBand: "small" as const,
    ...overrides,
  });
  const december = { firstDay: "2026-12-01", lastDay: "2026-12-31" };

  it("counts a company once per operation, in the period of its first support", () => {
    const offers = [
      company("a", "2026-12-03"),
      company("a", "2026-12-20"),
      company("b", "2026-11-30"),
      company("b", "2026-12-02"),
    ];
    expect(countSupportedSmes(offers, december)).toBe(1);
    expect(countSupportedSmes(offers, { firstDay: "2026-11-01", lastDay: "2026-11-30" })).toBe(1);
    expect(countSupportedSmes(offers, { firstDay: "2026-11-01", lastDay: "2026-12-31" })).toBe(2);
  });

  it("counts the same company in two operations twice, and leaves large and unknown out", () => {
    const offers = [
      company("a", "2026-12-03"),
      company("a", "2026-12-04", { programmeId: "p2" }),
      company("c", "2026-12-05", { sizeBand: "large" }),
      company("d", "2026-12-05", { sizeBand: null }),
      company("e", "2026-12-31", { sizeBand: "micro" }),
      company("f", "2026-12-01", { sizeBand: "medium" }),
    ];
    expect(countSupportedSmes(offers, december)).toBe(4);
  });
});

describe("rural area by DEGURBA", () => {
  it("knows the degree of urbanisation of the alliance's municipalities", () => {
    expect(ruralAreaOf("03241001")).toBe(false);
    expect(ruralAreaOf("03254021")).toBe(false);
    expect(ruralAreaOf("03252006")).toBe(false);
    expect(ruralAreaOf("03254022")).toBe(true);
    expect(ruralAreaOf("03241019")).toBe(true);
    expect(ruralAreaOf("03256025")).toBe(true);
  });

  it("answers null where the place of residence is not derivable", () => {
    expect(ruralAreaOf(null)).toBeNull();
    expect(ruralAreaOf("03251007")).toBeNull();
    expect(ruralAreaOf("0324100")).toBeNull();
  });

  it("holds each of the six districts with unique eight-digit keys of their own district", () => {
    const prefixes = {
      "region-hannover": "03241",
      "lk-hameln-pyrmont": "03252",
      "lk-hildesheim": "03254",
      "lk-holzminden": "03255",
      "lk-nienburg": "03256",
      "lk-schaumburg": "03257",
    };
    for (const municipality of municipalities) {
      expect(municipality.code).toMatch(/^\d{8}$/);
      expect(municipality.code.startsWith(prefixes[municipality.district])).toBe(true);
    }
    expect(new Set(municipalities.map((municipality) => municipality.code)).size).toBe(municipalities.length);
    expect(
      Object.keys(prefixes).map((district) => municipalities.filter((m) => m.district === district).length),
    ).toEqual([21, 8, 20, 32, 36, 38]);
    expect(MunicipalityCodeSchema.safeParse("03251007").success).toBe(false);
  });
});
