import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { berlinDayOf, berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { portalQueries } from "../api/portal-queries.ts";

/** The interview dates the centre booked for this candidate: day, time and place (Berlin time). */
export function CandidateInterviews({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const interviews = useQuery(portalQueries.candidateInterviews(placementId));
  const items = interviews.data?.items ?? [];
  if (interviews.isPending) return null;
  if (items.length === 0) return <span className="text-muted">{t("portal.candidate.noInterview")}</span>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>
          {formatDate(berlinDayOf(item.startsAt), language)}, {berlinTimeOf(item.startsAt)}–
          {berlinTimeOf(item.endsAt)}
          {[item.location, item.online ? t("portal.candidate.interviewOnline") : null]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join("")}
        </li>
      ))}
    </ul>
  );
}
