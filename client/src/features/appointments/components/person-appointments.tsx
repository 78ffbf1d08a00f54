import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { MAX_APPOINTMENT_RANGE_DAYS } from "#shared/schemas/appointment.ts";
import { berlinDayOf } from "#shared/time/berlin-clock.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { useAppointments } from "../api/get-appointments.ts";
import { AppointmentItem } from "./appointment-item.tsx";

/** The person's appointments from today on (the next quarter), for the person page. */
export function PersonAppointments({ personId, readOnly }: { personId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayInBerlin();
  const list = useAppointments({ from: today, to: addDays(today, MAX_APPOINTMENT_RANGE_DAYS - 1), personId });
  const upcoming = (list.data?.items ?? []).filter(
    (item) => item.cancelledAt === null && Date.parse(item.endsAt) > Date.now(),
  );
  return (
    <Section
      id="appointments"
      title={t("appointments.person.title")}
      actions={readOnly ? undefined : <Link to="/appointments">{t("appointments.person.book")}</Link>}
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : upcoming.length === 0 ? (
        <p className="muted">{t("appointments.person.empty")}</p>
      ) : (
        <ul className="appointment-list">
          {upcoming.map((item) => (
            <AppointmentItem
              key={item.id}
              appointment={item}
              dayLabel={formatDate(berlinDayOf(item.startsAt), language)}
              showPerson={false}
              canCancel={!readOnly}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}
