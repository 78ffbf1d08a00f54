import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { DataTable, type SelectColumn } from "#client/components/data-table.tsx";
import type { PersonListItem } from "#shared/schemas/person.ts";
import { Nationality } from "./nationality.tsx";
import { PersonFlags } from "./person-flags.tsx";
import "../messages.ts";

const rowLinkSelector = "a[data-row-link]";

/** Arrow keys move between the rows' name links; Enter follows the focused link as links do. */
export function moveRowFocus(event: KeyboardEvent<HTMLElement>) {
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  const edge = { Home: "first", End: "last" }[event.key];
  if (step === undefined && edge === undefined) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(rowLinkSelector)];
  const current = links.findIndex((link) => link.closest("tr")?.contains(document.activeElement));
  const target =
    edge === "first" ? 0 : edge === "last" ? links.length - 1 : Math.max(0, current + (step ?? 0));
  const link = links[Math.min(links.length - 1, target)];
  if (!link) return;
  event.preventDefault();
  link.focus();
}

type PersonsTableProps = { persons: PersonListItem[]; select?: SelectColumn<PersonListItem> | undefined };

export function PersonsTable({ persons, select }: PersonsTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t("persons.tableCaption")} captionHidden>
      <thead>
        <tr>
          {select && (
            <th scope="col" className="cell-select">
              {select.header(persons)}
            </th>
          )}
          <th scope="col">{t("persons.fields.name")}</th>
          <th scope="col" className="hide-narrow">
            {t("persons.fields.nationality")}
          </th>
          <th scope="col" className="hide-narrow">
            {t("persons.fields.district")}
          </th>
          <th scope="col">{t("persons.germanLevel")}</th>
          <th scope="col">{t("persons.openCase")}</th>
          <th scope="col">{t("cases.fields.advisor")}</th>
          <th scope="col">{t("persons.notes")}</th>
        </tr>
      </thead>
      <tbody onKeyDown={moveRowFocus}>
        {persons.map((person) => (
          <tr key={person.id} className="row-linked">
            {select && <td className="cell-select">{select.cell(person)}</td>}
            <th scope="row" className="cell-name">
              <Link to={`/persons/${person.id}`} data-row-link="">
                {person.anonymisedAt ? t("persons.anonymised") : `${person.familyName}, ${person.givenNames}`}
              </Link>
              {person.nameLatin && <span className="cell-sub">{person.nameLatin}</span>}
              {/* On a tablet the two columns below are hidden and shown here, so the table fits. */}
              <span className="cell-sub only-narrow">
                <Nationality code={person.nationality} /> · {t(`districts.${person.district}`)}
              </span>
            </th>
            <td className="hide-narrow">
              <Nationality code={person.nationality} />
            </td>
            <td className="hide-narrow">{t(`districts.${person.district}`)}</td>
            <td className="cell-nowrap">
              {person.germanLevel ?? <span className="text-muted">{t("persons.germanLevelNone")}</span>}
            </td>
            <td>
              {person.openCase ? (
                <CaseStatusBadge status={person.openCase.status} />
              ) : (
                <span className="text-muted">{t("persons.noOpenCase")}</span>
              )}
            </td>
            <td>{person.openCase?.advisorName ?? <span className="text-muted">–</span>}</td>
            <td>
              <PersonFlags person={person} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
