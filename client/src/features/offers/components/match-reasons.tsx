import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "#client/lib/use-language.ts";
import type { MatchReason } from "#shared/schemas/matching.ts";
import { isMissReason, matchReasonText } from "../utils/match-reasons.ts";
import "../messages.ts";

export function MatchReasons({ reasons }: { reasons: MatchReason[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p className="match-reasons">
      {reasons.map((reason, index) => (
        <Fragment key={"skill" in reason ? `${reason.code}-${reason.skill}` : reason.code}>
          {index > 0 && "; "}
          <span className={isMissReason(reason) ? "match-reason-miss" : undefined}>
            {matchReasonText(reason, t, language)}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <span className="score" title={t("offers.candidates.score", { score })}>
      <span aria-hidden="true">{score}</span>
      <span className="visually-hidden">{t("offers.candidates.score", { score })}</span>
    </span>
  );
}
