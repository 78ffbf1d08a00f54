import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { CalendarSubscription } from "#client/features/appointments/components/calendar-subscription.tsx";
import { WeekView } from "#client/features/appointments/components/week-view.tsx";
import "#client/features/appointments/messages.ts";

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
