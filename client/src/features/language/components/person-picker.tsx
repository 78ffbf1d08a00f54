import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { PersonListItem } from "#shared/schemas/person.ts";
import { usePersonSearch } from "../api/pickers.ts";
import "../messages.ts";

export type PickedPerson = Pick<
  PersonListItem,
  "id" | "familyName" | "givenNames" | "birthDate" | "germanLevel"
>;

type PersonPickerProps = {
  label: string;
  value: PickedPerson | null;
  error?: string | undefined;
  onChange: (person: PickedPerson | null) => void;
};

/** Searches the centre's persons by name (the persons list API) and keeps the one chosen. */
export function PersonPicker({ label, value, error, onChange }: PersonPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [query, setQuery] = useState("");
  const listId = useId();
  const search = usePersonSearch(query);
  if (value) {
    return (
      <div className="field person-picked">
        <span className="field-label">{label}</span>
        <span>
          <strong>
            {value.familyName}, {value.givenNames}
          </strong>{" "}
          <span className="text-muted">
            {formatDate(value.birthDate, language)}
            {value.germanLevel && ` · ${value.germanLevel}`}
          </span>{" "}
          <Button variant="quiet" className="button-small" onClick={() => onChange(null)}>
            {t("language.session.change")}
          </Button>
        </span>
      </div>
    );
  }
  const results = query.trim().length >= 2 ? (search.data ?? []) : [];
  return (
    <div className="person-picker">
      <TextField
        label={label}
        type="search"
        placeholder={t("language.session.searchPlaceholder")}
        value={query}
        error={error}
        autoComplete="off"
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim().length >= 2 && !search.isPending && (
        <ul className="person-picker-results" id={listId}>
          {results.length === 0 ? (
            <li className="text-muted">{t("language.session.noMatches")}</li>
          ) : (
            results.map((person) => (
              <li key={person.id}>
                <button type="button" onClick={() => onChange(person)}>
                  {person.familyName}, {person.givenNames}{" "}
                  <span className="text-muted">{formatDate(person.birthDate, language)}</span>
                </button>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
