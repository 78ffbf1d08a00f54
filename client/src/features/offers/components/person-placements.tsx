import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { OfferMatch } from "#shared/schemas/matching.ts";
import { useProposePlacement } from "../api/change-placement.ts";
import { useMatchingOffers, usePersonPlacements } from "../api/get-placements.ts";
import { ContactRelease } from "./contact-release.tsx";
import { MatchReasons, MatchScore } from "./match-reasons.tsx";
import { StageBadge } from "./offer-status-badge.tsx";
import "../messages.ts";

const FIRST_SHOWN = 5;

export function PersonPlacements({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placements = usePersonPlacements(personId);
  return (
    <div className="subsection">
      <h3 className="subsection-title">{t("offers.person.placements")}</h3>
      {placements.isPending ? (
        <Loading />
      ) : placements.isError ? (
        <ErrorState error={placements.error} onRetry={() => void placements.refetch()} />
      ) : placements.data.length === 0 ? (
        <p className="text-muted">{t("offers.person.noPlacements")}</p>
      ) : (
        <ul className="list" aria-label={t("offers.person.placementsCaption")}>
          {placements.data.map((placement) => (
            <li key={placement.id} className="list-row">
              <Link to={`/offers/${placement.offerId}`} className="list-row-title">
                {placement.offerTitle}
              </Link>
              <StageBadge stage={placement.stage} />
              <span className="text-muted">
                {placement.companyName} · {t(`offers.types.${placement.offerType}`)} ·{" "}
                {t("offers.stageDates.proposed", { date: formatDate(placement.proposedOn, language) })}
                {placement.endReason && ` · ${t(`offers.reasons.${placement.endReason}`)}`}
              </span>
              <ContactRelease placement={placement} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MatchingOffer({ match, personId }: { match: OfferMatch; personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const propose = useProposePlacement();
  const onPropose = () =>
    propose.mutate(
      { offerId: match.offerId, personId },
      {
        onSuccess: () => showToast(t("offers.person.proposed", { title: match.title })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  return (
    <li className="candidate">
      <MatchScore score={match.score} />
      <div>
        <Link to={`/offers/${match.offerId}`} className="candidate-name">
          {match.title}
        </Link>{" "}
        <span className="text-muted">
          {match.companyName} · {t(`offers.types.${match.type}`)} · {kldbTitle(match.occupation, language)}
          {match.startsOn && ` · ${t("offers.from", { date: formatDate(match.startsOn, language) })}`} ·{" "}
          {t("offers.placesOf", { taken: match.placesTaken, places: match.places })}
        </span>
        <MatchReasons reasons={match.reasons} />
      </div>
      {match.placementId ? (
        <span className="badge badge-neutral">{t("offers.candidates.alreadyOnBoard")}</span>
      ) : (
        <Button
          variant="primary"
          className="button-small"
          busy={propose.isPending}
          aria-label={t("offers.person.proposeLabel", { title: match.title })}
          onClick={onPropose}
        >
          {t("offers.candidates.propose")}
        </Button>
      )}
    </li>
  );
}

export function PersonMatchingOffers({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const matches = useMatchingOffers(personId);
  const [shown, setShown] = useState(FIRST_SHOWN);
  return (
    <div className="subsection">
      <h3 className="subsection-title">{t("offers.person.matching")}</h3>
      <p className="text-muted">{t("offers.person.matchingHint")}</p>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.length === 0 ? (
        <p className="text-muted">{t("offers.person.noMatching")}</p>
      ) : (
        <>
          <ol className="candidate-list" aria-label={t("offers.person.matching")}>
            {matches.data.slice(0, shown).map((match) => (
              <MatchingOffer key={match.offerId} match={match} personId={personId} />
            ))}
          </ol>
          {matches.data.length > shown && (
            <div>
              <Button onClick={() => setShown(matches.data.length)}>
                {t("offers.candidates.showMore", { count: matches.data.length - shown })}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
