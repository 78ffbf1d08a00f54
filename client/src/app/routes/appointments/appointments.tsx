import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { CalendarSubscription } from "../../../features/appointments/components/calendar-subscription.tsx";
import { WeekView } from "../../../features/appointments/components/week-view.tsx";
import "../../../features/appointments/messages.ts";

export function AppointmentsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("appointments.title")} description={t("appointments.description")} />
      <WeekView />
      <CalendarSubscription />
    </>
  );
}
