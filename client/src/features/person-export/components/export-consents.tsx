import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { ExportConsent } from "#shared/schemas/person-export.ts";
import { ExportSection } from "./export-section.tsx";

function ConsentItem({ consent }: { consent: ExportConsent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li>
      <strong>{t(`consentPurposes.${consent.purpose}`)}</strong> · {t(`consentChannels.${consent.channel}`)} ·{" "}
      {t("consents.noticeVersion")} {consent.noticeVersion}
      <ul className="export-history" aria-label={t("personExport.consent.history")}>
        {consent.history.map((step) => (
          <li key={step.event}>
            {t(`personExport.consent.${step.event}`, { date: formatDate(step.on, language) })}
            {step.recordedBy &&
              step.recordedAt &&
              `, ${t("personExport.consent.recorded", {
                name: step.recordedBy,
                date: formatDateTime(step.recordedAt, language),
              })}`}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ExportConsents({ consents }: { consents: ExportConsent[] }) {
  return (
    <ExportSection id="consents" empty={consents.length === 0}>
      <ul className="export-list">
        {consents.map((consent) => (
          <ConsentItem key={consent.id} consent={consent} />
        ))}
      </ul>
    </ExportSection>
  );
}
