import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";

export function EditButton({ section, onClick }: { section: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="quiet"
      className="button-small"
      onClick={onClick}
      aria-label={t("common.editSection", { section })}
    >
      {t("common.edit")}
    </Button>
  );
}
