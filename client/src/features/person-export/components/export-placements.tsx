import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatDate, formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { ExportPlacement } from "#shared/schemas/person-export.ts";
import { ExportSection } from "./export-section.tsx";

function PlacementItem({ placement }: { placement: ExportPlacement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const released =
    placement.contactReleasedAt && placement.contactReleasedBy
      ? t("personExport.placement.releasedBy", {
          date: formatDateTime(placement.contactReleasedAt, language),
          name: placement.contactReleasedBy.name,
        })
      : t("personExport.placement.notReleased");
  return (
    <article className="export-case">
      <h3>
        {placement.offerTitle} · {t(`offers.types.${placement.offerType}`)}
      </h3>
      <DetailsList
        items={[
          { label: t("personExport.placement.company"), value: placement.companyName },
          { label: t("personExport.placement.stage"), value: t(`offers.stages.${placement.stage}`) },
          {
            label: t("personExport.placement.proposedOn"),
            value: formatDate(placement.proposedOn, language),
          },
          { label: t("personExport.placement.feedback"), value: placement.employerFeedback },
          { label: t("personExport.placement.released"), value: released },
          { label: t("personExport.placement.advisorNote"), value: placement.advisorNote },
        ]}
      />
    </article>
  );
}

export function ExportPlacements({ placements }: { placements: ExportPlacement[] }) {
  return (
    <ExportSection id="placements" empty={placements.length === 0}>
      <div className="stack">
        {placements.map((placement) => (
          <PlacementItem key={placement.id} placement={placement} />
        ))}
      </div>
    </ExportSection>
  );
}
