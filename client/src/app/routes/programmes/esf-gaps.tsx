import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useEsfProgrammes } from "#client/features/esf/api/get-esf.ts";
import { EsfGapsTable } from "#client/features/esf/components/esf-gaps-table.tsx";
import { paths } from "#shared/api/paths.ts";
import "#client/features/esf/messages.ts";

export function EsfGapsRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const programmes = useEsfProgrammes();
  const name = programmes.data?.find((programme) => programme.id === id)?.name ?? "";
  return (
    <>
      <PageHeader
        title={t("esf.gaps.title", { name })}
        description={t("esf.gaps.description")}
        actions={
          <a href={paths.programmeEsfParticipantsXlsx(id)} download>
            {t("esf.gaps.xlsx")}
          </a>
        }
      />
      <EsfGapsTable programmeId={id} programmeName={name} />
    </>
  );
}
