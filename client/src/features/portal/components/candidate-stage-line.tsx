import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Candidate } from "#shared/schemas/placement.ts";
import "../messages.ts";

export function CandidateStageLine({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string) => formatDate(value, language);
  switch (candidate.stage) {
    case "interview":
      return (
        <>
          {candidate.interviewOn && t("portal.candidate.interviewOn", { date: date(candidate.interviewOn) })}
        </>
      );
    case "accepted":
      return (
        <>{candidate.acceptedOn && t("portal.candidate.acceptedOn", { date: date(candidate.acceptedOn) })}</>
      );
    case "running":
      return (
        <>{candidate.startedOn && t("portal.candidate.startedOn", { date: date(candidate.startedOn) })}</>
      );
    case "completed":
      return (
        <>
          {candidate.completedOn && t("portal.candidate.completedOn", { date: date(candidate.completedOn) })}
        </>
      );
    case "declined":
    case "cancelled":
      return (
        <>
          {candidate.endedOn && t("portal.candidate.endedOn", { date: date(candidate.endedOn) })}
          {candidate.endReason &&
            ` · ${t("portal.candidate.reason", { reason: t(`portal.decline.reasons.${candidate.endReason}`) })}`}
        </>
      );
    default:
      return <>{t("portal.candidate.proposedOn", { date: date(candidate.proposedOn) })}</>;
  }
}
