import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { CandidateMatch } from "#shared/schemas/matching.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import { useProposePlacement } from "../api/change-placement.ts";
import { useOfferCandidates } from "../api/get-offers.ts";
import { MatchReasons, MatchScore } from "./match-reasons.tsx";
import "../messages.ts";

const FIRST_SHOWN = 10;

function CandidateItem({ candidate, offer }: { candidate: CandidateMatch; offer: Offer }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const propose = useProposePlacement();
  const name = candidate.personName;
  const onPropose = () =>
    propose.mutate(
      { offerId: offer.id, personId: candidate.personId },
      {
        onSuccess: () => showToast(t("offers.candidates.proposed", { name })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  return (
    <li className="candidate">
      <MatchScore score={candidate.score} />
      <div>
        <Link to={`/persons/${candidate.personId}`} className="candidate-name">
          {name}
        </Link>{" "}
        <span className="text-muted">
          {t(`districts.${candidate.district}`)}
          {candidate.germanLevel &&
            ` · ${t("offers.candidates.germanLevel", { level: candidate.germanLevel })}`}
        </span>{" "}
        {!candidate.languageMet && (
          <span className="badge badge-warning">{t("offers.candidates.languageMissed")}</span>
        )}
        <MatchReasons reasons={candidate.reasons} />
      </div>
      {candidate.placementId ? (
        <span className="badge badge-neutral">{t("offers.candidates.alreadyOnBoard")}</span>
      ) : (
        offer.status === "open" && (
          <Button
            variant="primary"
            className="button-small"
            busy={propose.isPending}
            aria-label={t("offers.candidates.proposeLabel", { name })}
            onClick={onPropose}
          >
            {t("offers.candidates.propose")}
          </Button>
        )
      )}
    </li>
  );
}

export function CandidatesSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const candidates = useOfferCandidates(offer.id);
  const [shown, setShown] = useState(FIRST_SHOWN);
  return (
    <Section id="candidates" title={t("offers.sections.candidates")}>
      <div className="stack">
        <p className="text-muted">
          {t("offers.candidates.hint")} {offer.status !== "open" && t("offers.candidates.notOpen")}
        </p>
        {candidates.isPending ? (
          <Loading />
        ) : candidates.isError ? (
          <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : candidates.data.length === 0 ? (
          <p className="text-muted">{t("offers.candidates.none")}</p>
        ) : (
          <>
            <ol className="candidate-list" aria-label={t("offers.candidates.caption")}>
              {candidates.data.slice(0, shown).map((candidate) => (
                <CandidateItem key={candidate.personId} candidate={candidate} offer={offer} />
              ))}
            </ol>
            {candidates.data.length > shown && (
              <div>
                <Button onClick={() => setShown(candidates.data.length)}>
                  {t("offers.candidates.showMore", { count: candidates.data.length - shown })}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </Section>
  );
}
