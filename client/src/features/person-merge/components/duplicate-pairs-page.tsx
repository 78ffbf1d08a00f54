import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { DuplicatePair } from "#shared/schemas/person-merge.ts";
import { useDuplicatePairs } from "../api/get-duplicate-pairs.ts";
import { MergeChooser } from "./merge-chooser.tsx";
import "../messages.ts";

type PairPerson = DuplicatePair["persons"][number];
const nameOf = (person: PairPerson) => `${person.familyName}, ${person.givenNames}`;

/** Likely duplicate pairs of the centre; the chosen pair (`?a=…&b=…`, so it can be bookmarked) opens the chooser. */
export function DuplicatePairsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const pairs = useDuplicatePairs();
  const [searchParams, setSearchParams] = useSearchParams();
  const a = searchParams.get("a");
  const b = searchParams.get("b");
  if (a && b) return <MergeChooser key={`${a}|${b}`} ids={[a, b]} onCancel={() => setSearchParams({})} />;
  if (pairs.isPending) return <Loading />;
  if (pairs.isError) return <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} />;
  if (pairs.data.length === 0) return <EmptyState title={t("personMerge.empty")} />;
  const cell = (person: PairPerson) => (
    <>
      {nameOf(person)}
      <br />
      <span className="field-hint">{formatDate(person.birthDate, language)}</span>
    </>
  );
  return (
    <DataTable caption={t("personMerge.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("personMerge.first")}</th>
          <th scope="col">{t("personMerge.second")}</th>
          <th scope="col">{t("personMerge.why")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("personMerge.compare")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {pairs.data.map(({ persons: [first, second], match, reason }) => (
          <tr key={`${first.id}|${second.id}`}>
            <td>{cell(first)}</td>
            <td>{cell(second)}</td>
            <td>
              {t(`personMerge.reasons.${reason}`)}, {t(`personMerge.matches.${match}`)}
            </td>
            <td>
              <Button
                aria-label={t("personMerge.compareLabel", { first: nameOf(first), second: nameOf(second) })}
                onClick={() => setSearchParams({ a: first.id, b: second.id })}
              >
                {t("personMerge.compare")}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
