import { type ComponentProps, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useDebounced } from "#client/lib/use-debounced.ts";
import { usePersonSearch } from "../api/search-persons.ts";

type PersonPickerProps = Omit<ComponentProps<"select">, "children"> & { error?: string | undefined };

/** A name search and the matching persons as a list to choose from (registered as `personId`). */
export function PersonPicker({ error, ...select }: PersonPickerProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState("");
  const search = usePersonSearch(useDebounced(term, 250));
  const persons = search.data?.items ?? [];
  return (
    <>
      <TextField
        type="search"
        label={t("appointments.form.personSearch")}
        hint={t("appointments.form.personSearchHint")}
        value={term}
        autoComplete="off"
        onChange={(event) => setTerm(event.target.value)}
      />
      <SelectField label={t("appointments.form.person")} error={error} {...select}>
        <option value="">
          {term.trim().length >= 2 && search.isSuccess && persons.length === 0
            ? t("appointments.form.noPersons")
            : t("appointments.form.personPick")}
        </option>
        {persons.map((person) => (
          <option key={person.id} value={person.id}>
            {person.familyName}, {person.givenNames} ({person.birthDate.slice(0, 4)})
          </option>
        ))}
      </SelectField>
    </>
  );
}
