import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CollapsibleSection } from "#client/components/collapsible-section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { residencePermitTypeName } from "#shared/reference/residence.ts";
import type { PersonListItem } from "#shared/schemas/person.ts";
import "../../persons/messages.ts";

export function ExpiringResidencePermits({ persons }: { persons: PersonListItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CollapsibleSection id="expiring-permits" title={`${t("myDay.expiringPermits")} (${persons.length})`}>
      {persons.length === 0 ? (
        <p className="text-muted">{t("myDay.noExpiringPermits")}</p>
      ) : (
        <ul className="list">
          {persons.map((person) => (
            <li key={person.id} className="list-row">
              <Link to={`/persons/${person.id}#residence`} className="list-row-title">
                {person.givenNames} {person.familyName}
              </Link>
              <span className="text-muted">
                {person.permitType && residencePermitTypeName(person.permitType, language)}
              </span>
              {person.permitExpiresOn && (
                <span className={person.flags.permitExpired ? "badge badge-danger" : "badge badge-warning"}>
                  {t(
                    person.flags.permitExpired
                      ? "persons.flags.permitExpired"
                      : "persons.flags.permitExpiring",
                    {
                      date: formatDate(person.permitExpiresOn, language),
                    },
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </CollapsibleSection>
  );
}
