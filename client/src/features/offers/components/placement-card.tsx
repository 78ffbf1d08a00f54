import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { PlacementStage } from "#shared/reference/employers.ts";
import type { Placement } from "#shared/schemas/placement.ts";
import { useMovePlacement } from "../api/change-placement.ts";
import { ContactRelease } from "./contact-release.tsx";
import { type DialogStage, MoveDialog } from "./move-dialog.tsx";
import { PlacementNote } from "./placement-note.tsx";
import "../messages.ts";

const dialogStages: readonly PlacementStage[] = ["declined", "cancelled", "completed"];

export function PlacementDates({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = [
    ["proposed", placement.proposedOn],
    ["interview", placement.interviewOn],
    ["accepted", placement.acceptedOn],
    ["running", placement.startedOn],
    ["completed", placement.completedOn],
    ["ended", placement.endedOn],
  ] as const;
  return (
    <ul className="placement-card-meta">
      {dates.map(([key, date]) =>
        date ? (
          <li key={key}>{t(`offers.stageDates.${key}`, { date: formatDate(date, language) })}</li>
        ) : null,
      )}
    </ul>
  );
}

export function PlacementCard({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const move = useMovePlacement();
  const [dialog, setDialog] = useState<DialogStage | null>(null);
  const name = placement.personName;
  const moveTo = (to: PlacementStage) => {
    if (dialogStages.includes(to)) {
      setDialog(to as DialogStage);
      return;
    }
    move.mutate(
      { id: placement.id, body: { version: placement.version, to } },
      {
        onSuccess: (saved) =>
          showToast(t("offers.moved", { name, stage: t(`offers.stages.${saved.stage}`) })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  };
  return (
    <li className="placement-card">
      <Link to={`/persons/${placement.personId}`} className="placement-card-name">
        {name}
      </Link>
      <span className="text-muted">
        {t("offers.contactRelease.pseudonym", { code: placement.pseudonym })}
      </span>
      <PlacementDates placement={placement} />
      <ContactRelease placement={placement} />
      {placement.endReason && (
        <span className="text-muted">{t(`offers.reasons.${placement.endReason}`)}</span>
      )}
      {!placement.sharingConsent && (
        <span className="badge badge-warning">{t("offers.noSharingConsent")}</span>
      )}
      {placement.employerFeedback && (
        <p className="placement-card-meta">
          {t("offers.board.feedback", { text: placement.employerFeedback })}
        </p>
      )}
      <PlacementNote placement={placement} />
      {placement.allowedStages.length > 0 && (
        <div className="button-row">
          {placement.allowedStages.map((to) => {
            const action = t(`offers.moveTo.${to as Exclude<PlacementStage, "proposed">}`);
            return (
              <Button
                key={to}
                className="button-small"
                variant={to === "declined" || to === "cancelled" ? "quiet" : "secondary"}
                busy={move.isPending}
                aria-label={t("offers.moveLabel", { action, name })}
                onClick={() => moveTo(to)}
              >
                {action}
              </Button>
            );
          })}
        </div>
      )}
      <MoveDialog placement={placement} to={dialog} onClose={() => setDialog(null)} />
    </li>
  );
}
