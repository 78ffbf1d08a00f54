import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Enrolment } from "#shared/schemas/programme.ts";
import { ExportSection } from "./export-section.tsx";

function EsfData({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const entry = enrolment.esfEntry;
  if (!entry) return t("personExport.enrolment.noEsf");
  const yesNo = (value: boolean) => t(value ? "common.yes" : "common.no");
  const items = [
    `${t("programmes.esf.employmentStatus")}: ${t(`programmes.esf.employment.${entry.employmentStatus}`)}`,
    `${t("programmes.esf.ageBand")}: ${t(`programmes.esf.age.${entry.ageBand}`)}`,
    `${t("programmes.esf.iscedBand")}: ${t(`programmes.esf.isced.${entry.iscedBand}`)}`,
    `${t("programmes.esf.thirdCountryNational")}: ${yesNo(entry.thirdCountryNational)}`,
    `${t("programmes.esf.disability")}: ${t(`programmes.esf.answer.${entry.disability}`)}`,
    `${t("programmes.esf.disadvantaged")}: ${t(`programmes.esf.answer.${entry.disadvantaged}`)}`,
  ];
  const result = enrolment.esfResult;
  if (result)
    for (const key of ["inEducation", "gainedQualification", "employed", "jobSearching"] as const)
      items.push(`${t(`programmes.esf.result.${key}`)}: ${yesNo(result[key])}`);
  return items.join("; ");
}

function EnrolmentItem({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = [enrolment.enteredOn, enrolment.exitedOn]
    .map((day) => (day ? formatDate(day, language) : "…"))
    .join(" – ");
  return (
    <article className="export-case">
      <h3>
        {enrolment.programmeName} · {t(`programmes.funding.${enrolment.fundingSource}`)}
      </h3>
      <DetailsList
        items={[
          { label: t("personExport.enrolment.period"), value: period },
          { label: t("personExport.enrolment.status"), value: t(`programmes.statuses.${enrolment.status}`) },
          { label: t("personExport.enrolment.esf"), value: <EsfData enrolment={enrolment} /> },
        ]}
      />
    </article>
  );
}

export function ExportEnrolments({ enrolments }: { enrolments: Enrolment[] }) {
  return (
    <ExportSection id="enrolments" empty={enrolments.length === 0}>
      <div className="stack">
        {enrolments.map((enrolment) => (
          <EnrolmentItem key={enrolment.id} enrolment={enrolment} />
        ))}
      </div>
    </ExportSection>
  );
}
