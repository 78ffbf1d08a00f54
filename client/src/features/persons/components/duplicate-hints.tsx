import { useTranslation } from "react-i18next";
import { useDebounced } from "#client/lib/use-debounced.ts";
import { type DuplicateProbe, useDuplicates } from "../api/get-duplicates.ts";
import { DuplicateList } from "./duplicate-list.tsx";
import "../messages.ts";

const HINT_DELAY_MS = 400;
const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Names alone are enough to ask; a birth date, once typed, makes the hint sharper. */
function probeKeyOf(familyName: string, givenNames: string, birthDate: string): string {
  const probe: DuplicateProbe = { familyName: familyName.trim(), givenNames: givenNames.trim() };
  if (!probe.familyName || !probe.givenNames) return "";
  if (isCalendarDate(birthDate)) probe.birthDate = birthDate;
  return JSON.stringify(probe);
}

type DuplicateHintsProps = { familyName: string; givenNames: string; birthDate: string };

export function DuplicateHints({ familyName, givenNames, birthDate }: DuplicateHintsProps) {
  const { t } = useTranslation();
  const probeKey = useDebounced(probeKeyOf(familyName, givenNames, birthDate), HINT_DELAY_MS);
  const probe = probeKey ? (JSON.parse(probeKey) as DuplicateProbe) : null;
  const duplicates = useDuplicates(probe);
  const items = probe ? (duplicates.data ?? []) : [];
  const likely = items.filter((item) => item.match === "name_and_birth_date");
  const namesakes = items.filter((item) => item.match === "name");
  return (
    <div aria-live="polite" className="stack">
      {likely.length > 0 && (
        <DuplicateList title={t("persons.duplicateHint", { count: likely.length })} duplicates={likely} />
      )}
      {namesakes.length > 0 && (
        <DuplicateList
          tone="info"
          title={
            probe?.birthDate
              ? t("persons.namesakeOtherBirthDate", { count: namesakes.length })
              : t("persons.namesakeHint", { count: namesakes.length })
          }
          duplicates={namesakes}
        />
      )}
    </div>
  );
}
