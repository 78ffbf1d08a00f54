import { useTranslation } from "react-i18next";
import type { Concern } from "#shared/reference/cases.ts";

export function ConcernList({ concerns }: { concerns: readonly Concern[] }) {
  const { t } = useTranslation();
  return <span>{concerns.map((concern) => t(`concerns.${concern}`)).join(", ")}</span>;
}
