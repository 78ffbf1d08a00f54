import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { useCaseworkers } from "../../../features/caseworkers/api/get-caseworkers.ts";
import { PersonsList } from "../../../features/persons/components/persons-list.tsx";
import "../../../features/persons/messages.ts";

export function PersonsRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  return (
    <>
      <PageHeader
        title={t("persons.title")}
        description={t("persons.description", { centre: user.centreName })}
        actions={
          <>
            <ButtonLink to="/language-sessions/new">{t("persons.languageSession")}</ButtonLink>
            <ButtonLink variant="primary" to="/persons/new">
              {t("persons.new")}
            </ButtonLink>
          </>
        }
      />
      <PersonsList userId={user.id} caseworkers={caseworkers.data ?? []} />
    </>
  );
}
