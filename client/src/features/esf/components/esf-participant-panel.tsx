import { useTranslation } from "react-i18next";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useEsfParticipant } from "../api/get-esf.ts";
import { EsfParticipantForm } from "./esf-participant-form.tsx";
import "../messages.ts";

/** The participant record of one enrolment; the form starts again from the saved record after each save. */
export function EsfParticipantPanel({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation();
  const participant = useEsfParticipant(enrolmentId);
  if (participant.isPending) return <Loading />;
  if (participant.isError)
    return <ErrorState error={participant.error} onRetry={() => void participant.refetch()} />;
  const record = participant.data;
  return (
    <>
      <p className="text-muted">
        {record.gaps.length > 0
          ? t("esf.record.gaps", { items: record.gaps.map((gap) => t(`esf.gap.${gap}`)).join(", ") })
          : t("esf.record.complete")}
      </p>
      <EsfParticipantForm
        key={record.version}
        participant={record}
        onReload={() => void participant.refetch()}
      />
    </>
  );
}
