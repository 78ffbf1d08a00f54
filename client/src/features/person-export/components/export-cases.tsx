import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatDate, formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { ExportCase } from "#shared/schemas/person-export.ts";
import { ExportSection } from "./export-section.tsx";

function CaseActivities({ record }: { record: ExportCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (record.activities.length === 0) return null;
  return (
    <DataTable caption={t("personExport.case.activities")}>
      <thead>
        <tr>
          <th scope="col">{t("personExport.case.date")}</th>
          <th scope="col">{t("personExport.case.type")}</th>
          <th scope="col">{t("personExport.case.text")}</th>
          <th scope="col">{t("personExport.case.by")}</th>
        </tr>
      </thead>
      <tbody>
        {record.activities.map((activity) => (
          <tr key={activity.id}>
            <td className="cell-nowrap">{formatDate(activity.occurredOn, language)}</td>
            <td>{t(`activityTypes.${activity.type}`)}</td>
            <td>{activity.text}</td>
            <td>{activity.authorName}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function CaseTasks({ record }: { record: ExportCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (record.tasks.length === 0) return null;
  return (
    <DataTable caption={t("personExport.case.tasks")}>
      <thead>
        <tr>
          <th scope="col">{t("personExport.case.due")}</th>
          <th scope="col">{t("personExport.case.title")}</th>
          <th scope="col">{t("personExport.case.by")}</th>
          <th scope="col">{t("personExport.case.done")}</th>
        </tr>
      </thead>
      <tbody>
        {record.tasks.map((task) => (
          <tr key={task.id}>
            <td className="cell-nowrap">{formatDate(task.dueOn, language)}</td>
            <td>{task.title}</td>
            <td>{task.assigneeName}</td>
            <td>{task.doneAt ? formatDateTime(task.doneAt, language) : t("personExport.case.open")}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function CaseRecord({ record }: { record: ExportCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <article className="stack export-case">
      <h3>{t("personExport.case.heading", { date: formatDate(record.openedOn, language) })}</h3>
      <DetailsList
        items={[
          { label: t("personExport.case.status"), value: t(`caseStatus.${record.status}`) },
          {
            label: t("personExport.case.concerns"),
            value: record.concerns.map((concern) => t(`concerns.${concern}`)).join(", "),
          },
          { label: t("personExport.case.source"), value: t(`sourceChannels.${record.sourceChannel}`) },
          { label: t("personExport.case.advisor"), value: record.advisorName },
          { label: t("personExport.case.outcome"), value: record.outcome && t(`outcomes.${record.outcome}`) },
          {
            label: t("personExport.case.closedOn"),
            value: record.closedOn && formatDate(record.closedOn, language),
          },
        ]}
      />
      <CaseActivities record={record} />
      <CaseTasks record={record} />
    </article>
  );
}

export function ExportCases({ cases }: { cases: ExportCase[] }) {
  return (
    <ExportSection id="cases" empty={cases.length === 0}>
      <div className="stack">
        {cases.map((record) => (
          <CaseRecord key={record.id} record={record} />
        ))}
      </div>
    </ExportSection>
  );
}
