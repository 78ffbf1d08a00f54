import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DetailsList } from "#client/components/details-list.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Case } from "#shared/schemas/case.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { CaseDetailsForm } from "./case-details-form.tsx";
import { ConcernList } from "./concern-list.tsx";

export function CaseDetails({ item, caseworkers }: { item: Case; caseworkers: Caseworker[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const title = t("cases.details");
  return (
    <Section
      id="case-details"
      title={title}
      actions={
        !editing &&
        item.status !== "closed" && (
          <Button
            variant="quiet"
            className="button-small"
            onClick={() => setEditing(true)}
            aria-label={t("common.editSection", { section: title })}
          >
            {t("common.edit")}
          </Button>
        )
      }
    >
      {editing ? (
        <CaseDetailsForm item={item} caseworkers={caseworkers} onDone={() => setEditing(false)} />
      ) : (
        <DetailsList
          items={[
            { label: t("cases.fields.concerns"), value: <ConcernList concerns={item.concerns} /> },
            { label: t("cases.fields.sourceChannel"), value: t(`sourceChannels.${item.sourceChannel}`) },
            { label: t("cases.fields.advisor"), value: item.advisorName },
            { label: t("cases.fields.openedOn"), value: formatDate(item.openedOn, language) },
            {
              label: t("cases.fields.closedOn"),
              value: item.closedOn && formatDate(item.closedOn, language),
            },
            { label: t("cases.fields.outcome"), value: item.outcome && t(`outcomes.${item.outcome}`) },
            {
              label: t("cases.fields.lastActivity"),
              value: item.lastActivityOn && formatDate(item.lastActivityOn, language),
            },
          ]}
        />
      )}
    </Section>
  );
}
