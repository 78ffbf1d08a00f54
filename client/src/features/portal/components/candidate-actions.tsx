import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { PlacementStage } from "#shared/reference/employers.ts";
import type { Candidate } from "#shared/schemas/placement.ts";
import { useCandidateTransition } from "../api/candidate-mutations.ts";
import "../messages.ts";
import { AssessmentForm } from "./assessment-form.tsx";
import { DeclineForm } from "./decline-form.tsx";
import { FeedbackForm } from "./feedback-form.tsx";
import { StageConfirmForm } from "./stage-confirm-form.tsx";

type Panel = "accepted" | "running" | "completed" | "declined" | "feedback" | "assess";
const confirmedStages = ["accepted", "running", "completed"] as const;
const endedStages: readonly PlacementStage[] = ["declined", "cancelled"];

type CandidateActionsProps = { candidate: Candidate; name: string; viewerName: string };

export function CandidateActions({ candidate, name, viewerName }: CandidateActionsProps) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const transition = useCandidateTransition();
  const [panel, setPanel] = useState<Panel | null>(null);
  const allowed = (stage: PlacementStage) => candidate.allowedStages.includes(stage);
  const close = () => setPanel(null);

  const invite = () =>
    transition.mutate(
      { candidate, body: { to: "interview" } },
      {
        onSuccess: () => showToast(t("portal.actions.moved.interview", { name })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );

  const titleOf: Record<Panel, string> = {
    accepted: t("portal.confirm.acceptedTitle"),
    running: t("portal.confirm.runningTitle"),
    completed: t("portal.confirm.completedTitle"),
    declined: t("portal.decline.title"),
    feedback: t("portal.feedback.title"),
    assess: t("portal.assessment.title"),
  };

  return (
    <div className="candidate-actions">
      <div className="button-row">
        {allowed("interview") && (
          <Button variant="primary" busy={transition.isPending} onClick={invite}>
            {t("portal.actions.interview")}
          </Button>
        )}
        {confirmedStages.filter(allowed).map((stage) => (
          <Button
            key={stage}
            variant={allowed("interview") ? "secondary" : "primary"}
            onClick={() => setPanel(stage)}
          >
            {t(`portal.actions.${stage}`)}
          </Button>
        ))}
        {allowed("declined") && (
          <Button variant="danger" onClick={() => setPanel("declined")}>
            {t("portal.actions.declined")}
          </Button>
        )}
        {!endedStages.includes(candidate.stage) && (
          <Button variant="quiet" onClick={() => setPanel("assess")}>
            {t("portal.actions.assess")}
          </Button>
        )}
        <Button variant="quiet" onClick={() => setPanel("feedback")}>
          {t("portal.actions.feedback")}
        </Button>
      </div>
      <Dialog open={panel !== null} title={panel ? `${titleOf[panel]}: ${name}` : ""} onClose={close}>
        {panel === "declined" && <DeclineForm candidate={candidate} name={name} onDone={close} />}
        {panel === "feedback" && <FeedbackForm candidate={candidate} onDone={close} />}
        {panel === "assess" && (
          <AssessmentForm candidate={candidate} name={name} assessorName={viewerName} onDone={close} />
        )}
        {(panel === "accepted" || panel === "running" || panel === "completed") && (
          <StageConfirmForm candidate={candidate} name={name} to={panel} onDone={close} />
        )}
      </Dialog>
    </div>
  );
}
