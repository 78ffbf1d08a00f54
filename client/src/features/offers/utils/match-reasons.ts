import type { TFunction } from "i18next";
import { formatDate, formatNumber, type Language } from "#client/lib/format.ts";
import { kldbAreaName, kldbTitle } from "#shared/reference/kldb.ts";
import type { MatchReason } from "#shared/schemas/matching.ts";

const mainGroupTitle = (code: string, language: Language) => kldbTitle(code.slice(0, 2), language);

/** One reason of a match score in words, e.g. "B1 Sprechen erfüllt B1" or "28 km". */
export function matchReasonText(reason: MatchReason, t: TFunction, language: Language): string {
  switch (reason.code) {
    case "same_occupation":
      return t("offers.match.same_occupation", { title: kldbTitle(reason.occupation, language) });
    case "same_occupation_group":
      return t("offers.match.same_occupation_group", {
        code: reason.group,
        title: mainGroupTitle(reason.group, language),
      });
    case "same_main_group":
      return t("offers.match.same_main_group", { title: mainGroupTitle(reason.group, language) });
    case "same_area":
      return t("offers.match.same_area", { title: kldbAreaName(reason.area, language) });
    case "occupation_mismatch":
      return reason.occupation ? t("offers.match.occupation_mismatch") : t("offers.match.occupation_unknown");
    case "language_met":
      return (
        t("offers.match.language_met", {
          actual: reason.actual,
          skill: t(`offers.skillWords.${reason.skill}`),
          required: reason.required,
        }) + (reason.via ? t("offers.match.viaOverall") : "")
      );
    case "language_below":
      return reason.actual
        ? t("offers.match.language_below", {
            actual: reason.actual,
            skill: t(`offers.skillWords.${reason.skill}`),
            required: reason.required,
          }) + (reason.via ? t("offers.match.viaOverall") : "")
        : t("offers.match.language_unknown", {
            skill: t(`offers.skillWords.${reason.skill}`),
            required: reason.required,
          });
    case "no_language_requirement":
      return t("offers.match.no_language_requirement");
    case "same_district":
      return t("offers.match.same_district");
    case "distance":
      return t("offers.match.distance", { km: formatNumber(reason.km, language) });
    case "abroad":
      return t("offers.match.abroad");
    case "available_by_start":
      return t("offers.match.available_by_start", { date: formatDate(reason.availableFrom, language) });
    case "available_after_start":
      // Counted from today when the offer has no start or has started already.
      return reason.from === "today"
        ? t("offers.match.available_in", { count: reason.daysLate })
        : t("offers.match.available_after_start", { count: reason.daysLate });
    case "availability_unknown":
      return t("offers.match.availability_unknown");
    case "programme_enrolled":
      return t("offers.match.programme_enrolled", { name: reason.programmeName });
    case "programme_not_enrolled":
      return t("offers.match.programme_not_enrolled", { name: reason.programmeName });
  }
}

/** Reasons that count against the match, shown in a warning colour. */
export function isMissReason(reason: MatchReason): boolean {
  return (
    reason.code === "language_below" ||
    reason.code === "occupation_mismatch" ||
    reason.code === "abroad" ||
    reason.code === "available_after_start" ||
    reason.code === "programme_not_enrolled"
  );
}
