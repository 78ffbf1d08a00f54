import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";

export function SectionFormActions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" busy={pending}>
        {t("common.save")}
      </Button>
      <Button onClick={onCancel}>{t("common.cancel")}</Button>
    </div>
  );
}
