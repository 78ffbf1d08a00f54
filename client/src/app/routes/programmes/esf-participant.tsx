import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useEsfParticipant } from "#client/features/esf/api/get-esf.ts";
import { EsfParticipantPanel } from "#client/features/esf/components/esf-participant-panel.tsx";
import "#client/features/esf/messages.ts";

export function EsfParticipantRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const participant = useEsfParticipant(id);
  return (
    <>
      <PageHeader
        title={
          participant.data
            ? `${t("esf.record.title")}: ${participant.data.personName}`
            : t("esf.record.title")
        }
        description={t("esf.record.description")}
        actions={
          participant.data && <Link to={`/persons/${participant.data.personId}`}>{t("esf.record.back")}</Link>
        }
      />
      <EsfParticipantPanel enrolmentId={id} />
    </>
  );
}
