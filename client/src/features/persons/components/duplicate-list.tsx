import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import type { DuplicateCandidate } from "#shared/schemas/person.ts";
import "../messages.ts";

type DuplicateListProps = {
  title: string;
  duplicates: DuplicateCandidate[];
  action?: ReactNode;
  tone?: "warning" | "info";
};

export function DuplicateList({ title, duplicates, action, tone = "warning" }: DuplicateListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert tone={tone} action={action}>
      <p>{title}</p>
      <ul className="duplicate-list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to={`/persons/${duplicate.id}`} target="_blank" rel="noopener">
              {duplicate.givenNames} {duplicate.familyName}
            </Link>{" "}
            <span className="duplicate-meta">
              {t("persons.bornOn", { date: formatDate(duplicate.birthDate, language) })} ·{" "}
              {countryName(duplicate.nationality, language)} ·{" "}
              {t(`persons.duplicateReasons.${duplicate.reason}`)}
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
