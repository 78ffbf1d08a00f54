import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Appointment } from "#shared/schemas/appointment.ts";
import { berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { ExportSection } from "./export-section.tsx";

export function ExportAppointments({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ExportSection id="appointments" empty={appointments.length === 0}>
      <ul className="plain-list">
        {appointments.map((item) => (
          <li key={item.id}>
            {formatDate(item.startsAt, language)}, {berlinTimeOf(item.startsAt)}–{berlinTimeOf(item.endsAt)} ·{" "}
            {t(`personExport.appointment.${item.type}`)}
            {[item.title, item.location, item.advisorName].filter(Boolean).map((part) => ` · ${part}`)}
            {item.cancelledAt && ` (${t("personExport.appointment.cancelled")})`}
          </li>
        ))}
      </ul>
    </ExportSection>
  );
}
