import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "#client/components/section.tsx";

type ExportSectionProps = { id: string; empty?: boolean; children: ReactNode };

export function ExportSection({ id, empty = false, children }: ExportSectionProps) {
  const { t } = useTranslation();
  return (
    <Section id={`export-${id}`} title={t(`personExport.sections.${id}` as "personExport.sections.profile")}>
      {empty ? <p className="text-muted">{t("personExport.none")}</p> : children}
    </Section>
  );
}
