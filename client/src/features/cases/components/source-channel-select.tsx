import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import { sourceChannels } from "#shared/reference/cases.ts";

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
