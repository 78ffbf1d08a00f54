import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Person } from "#shared/schemas/person.ts";
import { type MergeField, mergeFields } from "#shared/schemas/person-merge.ts";
import { usePairPersons } from "../api/get-pair-persons.ts";
import { fieldText, sameValue } from "../utils/field-value.ts";
import { MergeConfirmDialog } from "./merge-confirm-dialog.tsx";

type Side = 0 | 1;
const nameOf = (person: Person) => `${person.givenNames} ${person.familyName}`;

export function MergeChooser({ ids, onCancel }: { ids: readonly [string, string]; onCancel: () => void }) {
  const [first, second] = usePairPersons(ids);
  if (first?.isError || second?.isError)
    return <ErrorState error={first?.error ?? second?.error} onRetry={() => void first?.refetch()} />;
  if (!first?.data || !second?.data) return <Loading />;
  return <Chooser persons={[first.data, second.data]} onCancel={onCancel} />;
}

function Chooser({ persons, onCancel }: { persons: readonly [Person, Person]; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const older: Side = persons[0].createdAt <= persons[1].createdAt ? 0 : 1;
  const [survivor, setSurvivor] = useState<Side>(older);
  const [choices, setChoices] = useState<Partial<Record<MergeField, Side>>>({});
  const [confirming, setConfirming] = useState(false);
  const merged: Side = survivor === 0 ? 1 : 0;
  const sourceOf = (field: MergeField) => choices[field] ?? survivor;
  const takeFromMerged = mergeFields.filter(
    (field) => sourceOf(field) === merged && !sameValue(persons[0], persons[1], field),
  );
  const shown = (person: Person, field: MergeField) => {
    const text = fieldText(person, field, language);
    if (text === null) return t("personMerge.empty_value");
    return typeof text === "string" ? text : t(text.key);
  };
  return (
    <div className="stack">
      <h2>{t("personMerge.chooserTitle")}</h2>
      <p>{t("personMerge.chooserIntro")}</p>
      <fieldset className="import-decision">
        <legend>{t("personMerge.survivor")}</legend>
        {persons.map((person, side) => (
          <label key={person.id} className="import-decision-option">
            <input
              type="radio"
              name="survivor"
              checked={survivor === side}
              onChange={() => setSurvivor(side as Side)}
            />{" "}
            {t("personMerge.survivorOption", {
              name: nameOf(person),
              date: formatDate(person.createdAt, language),
            })}
          </label>
        ))}
      </fieldset>
      <DataTable caption={t("personMerge.fieldCaption")}>
        <thead>
          <tr>
            <th scope="col">{t("personMerge.field")}</th>
            {persons.map((person) => (
              <th scope="col" key={person.id}>
                {nameOf(person)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mergeFields.map((field) => {
            const same = sameValue(persons[0], persons[1], field);
            return (
              <tr key={field}>
                <th scope="row">{t(`personMerge.fields.${field}`)}</th>
                {persons.map((person, side) => (
                  <td key={person.id}>
                    {same ? (
                      <>
                        {shown(person, field)} <span className="field-hint">({t("personMerge.same")})</span>
                      </>
                    ) : (
                      <label>
                        <input
                          type="radio"
                          name={`field-${field}`}
                          checked={sourceOf(field) === side}
                          onChange={() => setChoices({ ...choices, [field]: side as Side })}
                        />{" "}
                        {shown(person, field)}
                        <span className="visually-hidden">
                          {" "}
                          (
                          {t("personMerge.valueOf", {
                            name: nameOf(person),
                            field: t(`personMerge.fields.${field}`),
                          })}
                          )
                        </span>
                      </label>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <div className="form-actions">
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t("personMerge.review")}
        </Button>
        <Button onClick={onCancel}>{t("personMerge.cancel")}</Button>
      </div>
      <MergeConfirmDialog
        open={confirming}
        survivor={persons[survivor]}
        merged={persons[merged]}
        takeFromMerged={takeFromMerged}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
