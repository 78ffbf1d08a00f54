import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Person, PersonListItem } from "#shared/schemas/person.ts";
import "../messages.ts";

type PersonFlagsProps = { person: PersonListItem | Person; withRecognition?: boolean };

export function PersonFlags({ person, withRecognition = false }: PersonFlagsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const expiresOn = person.permitExpiresOn ? formatDate(person.permitExpiresOn, language) : "";
  const recognition = withRecognition && "recognitionStatus" in person ? person.recognitionStatus : null;
  return (
    <span className="flags">
      {person.flags.permitExpired && (
        <span className="badge badge-danger">{t("persons.flags.permitExpired", { date: expiresOn })}</span>
      )}
      {person.flags.permitExpiring && !person.flags.permitExpired && (
        <span className="badge badge-warning">{t("persons.flags.permitExpiring", { date: expiresOn })}</span>
      )}
      {person.certificateGap && (
        <span className="badge badge-warning">{t("persons.flags.certificateGap")}</span>
      )}
      {recognition === "partial" && (
        <span className="badge badge-info">{t("recognitionStatus.partial")}</span>
      )}
      {recognition === "rejected" && (
        <span className="badge badge-neutral">{t("recognitionStatus.rejected")}</span>
      )}
    </span>
  );
}
