import { useTranslation } from "react-i18next";
import { useDebounced } from "../../../lib/use-debounced.ts";
import { type DuplicateProbe, useDuplicates } from "../api/get-duplicates.ts";
import { DuplicateList } from "./duplicate-list.tsx";

const HINT_DELAY_MS = 400;

function probeKeyOf(familyName: string, givenNames: string, birthDate: string): string {
  const probe: DuplicateProbe = { familyName: familyName.trim(), givenNames: givenNames.trim(), birthDate };
  if (!probe.familyName || !probe.givenNames || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return "";
  return JSON.stringify(probe);
}

type DuplicateHintsProps = { familyName: string; givenNames: string; birthDate: string };

export function DuplicateHints({ familyName, givenNames, birthDate }: DuplicateHintsProps) {
  const { t } = useTranslation();
  const probeKey = useDebounced(probeKeyOf(familyName, givenNames, birthDate), HINT_DELAY_MS);
  const probe = probeKey ? (JSON.parse(probeKey) as DuplicateProbe) : null;
  const duplicates = useDuplicates(probe);
  const items = duplicates.data ?? [];
  return (
    <div aria-live="polite">
      {probe && items.length > 0 && (
        <DuplicateList title={t("persons.duplicateHint", { count: items.length })} duplicates={items} />
      )}
    </div>
  );
}
