import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { sourceChannels } from "../../../../../shared/reference/cases.ts";
import { SelectField } from "../../../components/select-field.tsx";

type SourceChannelSelectProps = Omit<ComponentProps<"select">, "children"> & { error?: string };

export function SourceChannelSelect(select: SourceChannelSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField label={t("cases.fields.sourceChannel")} {...select}>
      {sourceChannels.map((channel) => (
        <option key={channel} value={channel}>
          {t(`sourceChannels.${channel}`)}
        </option>
      ))}
    </SelectField>
  );
}
