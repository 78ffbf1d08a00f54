import { useTranslation } from "react-i18next";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import type { EsfImmediateResult, EsfLongTermResult, EsfParticipant } from "#shared/schemas/esf.ts";
import "../messages.ts";

const immediateItems = ["jobSearching", "inEducation", "gainedQualification", "employed"] as const;

type Flags = Omit<EsfImmediateResult, "recordedOn">;
export type ResultsDraft = {
  immediateOn: string;
  immediate: Flags;
  longTermOn: string;
  longTermEmployed: boolean;
};

export const resultsDraftOf = (participant: EsfParticipant): ResultsDraft => ({
  immediateOn: participant.immediateResult?.recordedOn ?? "",
  immediate: {
    jobSearching: participant.immediateResult?.jobSearching ?? false,
    inEducation: participant.immediateResult?.inEducation ?? false,
    gainedQualification: participant.immediateResult?.gainedQualification ?? false,
    employed: participant.immediateResult?.employed ?? false,
  },
  longTermOn: participant.longTermResult?.recordedOn ?? "",
  longTermEmployed: participant.longTermResult?.employed ?? false,
});

/** A result without its date is no result (null). */
export function resultsOf(draft: ResultsDraft): {
  immediateResult: EsfImmediateResult | null;
  longTermResult: EsfLongTermResult | null;
} {
  return {
    immediateResult: draft.immediateOn ? { recordedOn: draft.immediateOn, ...draft.immediate } : null,
    longTermResult: draft.longTermOn
      ? { recordedOn: draft.longTermOn, employed: draft.longTermEmployed }
      : null,
  };
}

function WindowNote({ inWindow }: { inWindow: boolean | undefined }) {
  const { t } = useTranslation();
  if (inWindow === undefined) return null;
  return (
    <p className={inWindow ? "text-muted" : "badge badge-warning"}>
      {t(inWindow ? "esf.record.inWindow" : "esf.record.outOfWindow")}
    </p>
  );
}

/** The result upon leaving (four items) and the result six months after (employed or not), each with its date. */
export function EsfResultsFields({
  participant,
  value,
  issues,
  onChange,
}: {
  participant: EsfParticipant;
  value: ResultsDraft;
  issues: Record<string, string>;
  onChange: (value: ResultsDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="fieldset">
        <legend className="subsection-title">{t("esf.record.immediateTitle")}</legend>
        <div className="checkbox-grid">
          {immediateItems.map((item) => (
            <CheckboxField
              key={item}
              label={t(`esf.result.${item}`)}
              checked={value.immediate[item]}
              onChange={(event) =>
                onChange({ ...value, immediate: { ...value.immediate, [item]: event.target.checked } })
              }
            />
          ))}
        </div>
        <div className="form-grid">
          <DateField
            label={t("esf.record.recordedOn")}
            value={value.immediateOn}
            min={participant.exitedOn ?? undefined}
            error={issues["immediateResult.recordedOn"] ?? issues.immediateResult}
            onValueChange={(immediateOn) => onChange({ ...value, immediateOn })}
          />
        </div>
        <WindowNote inWindow={participant.immediateResult?.inWindow} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="subsection-title">{t("esf.record.longTermTitle")}</legend>
        <CheckboxField
          label={t("esf.result.employed")}
          checked={value.longTermEmployed}
          onChange={(event) => onChange({ ...value, longTermEmployed: event.target.checked })}
        />
        <div className="form-grid">
          <DateField
            label={t("esf.record.recordedOn")}
            value={value.longTermOn}
            error={issues["longTermResult.recordedOn"] ?? issues.longTermResult}
            onValueChange={(longTermOn) => onChange({ ...value, longTermOn })}
          />
        </div>
        <WindowNote inWindow={participant.longTermResult?.inWindow} />
      </fieldset>
    </>
  );
}
