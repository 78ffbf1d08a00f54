import { useTranslation } from "react-i18next";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import type { PlacementStage } from "#shared/reference/employers.ts";
import type { Placement } from "#shared/schemas/placement.ts";
import { useOfferPlacements } from "../api/get-placements.ts";
import { PlacementCard } from "./placement-card.tsx";
import "../messages.ts";

const boardStages = ["proposed", "interview", "accepted", "running", "completed"] as const;
const foldedStages: readonly PlacementStage[] = ["declined", "cancelled"];

function BoardColumn({
  stage,
  placements,
}: {
  stage: (typeof boardStages)[number];
  placements: Placement[];
}) {
  const { t } = useTranslation();
  const titleId = `board-${stage}`;
  return (
    <section className="board-column" aria-labelledby={titleId}>
      <h3 id={titleId} className="board-column-title">
        {t(`offers.stages.${stage}`)} <span className="board-column-count">{placements.length}</span>
      </h3>
      {placements.length === 0 ? (
        <p className="board-empty">{t("offers.board.emptyColumn")}</p>
      ) : (
        <ul className="board-cards" aria-label={t(`offers.stages.${stage}`)}>
          {placements.map((placement) => (
            <PlacementCard key={placement.id} placement={placement} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlacementBoard({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const placements = useOfferPlacements(offerId);
  const items = placements.data ?? [];
  const folded = items.filter((placement) => foldedStages.includes(placement.stage));
  return (
    <Section id="board" title={t("offers.sections.board")}>
      {placements.isPending ? (
        <Loading />
      ) : placements.isError ? (
        <ErrorState error={placements.error} onRetry={() => void placements.refetch()} />
      ) : (
        <div className="stack">
          {items.length === 0 && <p className="text-muted">{t("offers.board.none")}</p>}
          {/* Scrolls sideways on narrow screens: focusable, so the keyboard can scroll it too. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups the stage columns */}
          <div className="placement-board" role="group" aria-labelledby="board-title" tabIndex={0}>
            {boardStages.map((stage) => (
              <BoardColumn
                key={stage}
                stage={stage}
                placements={items.filter((placement) => placement.stage === stage)}
              />
            ))}
          </div>
          {folded.length > 0 && (
            <details className="board-folded">
              <summary>{t("offers.board.folded", { count: folded.length })}</summary>
              <ul className="board-cards">
                {folded.map((placement) => (
                  <PlacementCard key={placement.id} placement={placement} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Section>
  );
}
