import i18next from "i18next";
import { describe, expect, it } from "vitest";
import offersDe from "#client/features/offers/locales/de.json";
import offersEn from "#client/features/offers/locales/en.json";
import { matchReasonText } from "#client/features/offers/utils/match-reasons.ts";
import { offerFiltersFrom, offerListParams } from "#client/features/offers/utils/offer-filters.ts";
import type { MatchReason } from "#shared/schemas/matching.ts";

async function translator(language: "de" | "en") {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { de: { translation: { offers: offersDe } }, en: { translation: { offers: offersEn } } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const reasons: MatchReason[] = [
  { code: "language_met", skill: "speaking", actual: "B1", required: "B1", points: 15 },
  { code: "same_main_group", group: "32", points: 20 },
  { code: "distance", km: 28, points: 12 },
];

describe("match explanations", () => {
  it("words the structured reasons in German", async () => {
    const t = await translator("de");
    const text = reasons.map((reason) => matchReasonText(reason, t, "de")).join("; ");
    expect(text).toBe("B1 Sprechen erfüllt B1; gleiche Berufshauptgruppe „Hoch- und Tiefbauberufe“; 28 km");
  });

  it("words them in English, with a plural for days late and an unknown level", async () => {
    const t = await translator("en");
    expect(matchReasonText(reasons[0] as MatchReason, t, "en")).toBe("B1 speaking meets B1");
    expect(
      matchReasonText(
        { code: "available_after_start", availableFrom: "2027-09-01", daysLate: 31, points: 0 },
        t,
        "en",
      ),
    ).toBe("available only 31 days after the start");
    expect(
      matchReasonText(
        {
          code: "available_after_start",
          availableFrom: "2027-09-01",
          daysLate: 126,
          from: "today",
          points: 0,
        },
        t,
        "en",
      ),
    ).toBe("available in 126 days");
    const de = await translator("de");
    expect(
      matchReasonText(
        {
          code: "available_after_start",
          availableFrom: "2027-09-01",
          daysLate: 126,
          from: "today",
          points: 0,
        },
        de,
        "de",
      ),
    ).toBe("verfügbar in 126 Tagen");
    expect(
      matchReasonText(
        { code: "language_below", skill: "writing", actual: null, required: "A2", points: 0 },
        t,
        "en",
      ),
    ).toBe("writing unknown (A2 required)");
  });

  it("says when the overall level stood in for a skill without a level of its own", async () => {
    const de = await translator("de");
    const en = await translator("en");
    const reason: MatchReason = {
      code: "language_met",
      skill: "speaking",
      actual: "B1",
      required: "B1",
      via: "overall",
      points: 30,
    };
    expect(matchReasonText(reason, de, "de")).toBe("B1 Sprechen erfüllt B1 (laut Gesamtniveau)");
    expect(matchReasonText(reason, en, "en")).toBe("B1 speaking meets B1 (by overall level)");
  });
});

describe("offer filters kept in the URL", () => {
  it("lists open offers of the region unless the centre view is chosen, and drops invalid values", () => {
    const regional = offerFiltersFrom(new URLSearchParams("type=job&district=mars&occupation=32"));
    expect(regional).toEqual({ type: "job", occupation: "32" });
    expect(offerListParams(regional)).toEqual({ type: "job", occupation: "32", status: "open" });
    const centre = offerFiltersFrom(new URLSearchParams("view=centre"));
    expect(offerListParams(centre)).toEqual({ view: "centre" });
  });
});
