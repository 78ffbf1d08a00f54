import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { withQuery } from "#client/lib/api-client.ts";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { paths } from "#shared/api/paths.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { useAppointments } from "../api/get-appointments.ts";
import { byDay, daysOfWeek, weekStartOf } from "../week.ts";
import { AppointmentItem } from "./appointment-item.tsx";
import { BookAppointmentForm } from "./book-appointment-form.tsx";

const weekdayFormats = {
  de: new Intl.DateTimeFormat("de-DE", { weekday: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }),
};

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

export function WeekView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const today = todayInBerlin();
  const monday = weekStartOf(params.get("week"), today);
  const sunday = addDays(monday, 6);
  const mine = params.get("mine") === "true";
  const list = useAppointments({ from: monday, to: sunday, mine });
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const goToWeek = (day: string) => setParam("week", weekStartOf(day, today));
  const onKeyDown = (event: KeyboardEvent) => {
    if (isTyping(event.target)) return;
    if (event.key === "ArrowLeft") goToWeek(addDays(monday, -7));
    else if (event.key === "ArrowRight") goToWeek(addDays(monday, 7));
    else return;
    event.preventDefault();
  };
  const days = byDay(list.data?.items ?? []);
  const weekLabel = t("appointments.weekOf", {
    from: formatDate(monday, language),
    to: formatDate(sunday, language),
  });
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys page the week; the buttons do the same */}
      <div className="week-view" onKeyDown={onKeyDown}>
        <div className="week-toolbar">
          <div className="week-nav">
            <Button onClick={() => goToWeek(addDays(monday, -7))} aria-label={t("appointments.previousWeek")}>
              ←
            </Button>
            <Button onClick={() => goToWeek(today)}>{t("appointments.today")}</Button>
            <Button onClick={() => goToWeek(addDays(monday, 7))} aria-label={t("appointments.nextWeek")}>
              →
            </Button>
          </div>
          <h2 className="week-title" aria-live="polite">
            {weekLabel}
          </h2>
          <CheckboxField
            label={t("appointments.onlyMine")}
            checked={mine}
            onChange={(event) => setParam("mine", event.target.checked ? "true" : null)}
          />
          <a
            href={withQuery(paths.appointmentsIcs, {
              from: monday,
              to: sunday,
              mine: mine ? "true" : undefined,
            })}
            download
          >
            {t("appointments.download")}
          </a>
        </div>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {list.data.items.length === 0 && <p className="week-empty">{t("appointments.empty")}</p>}
            <ol className="week-grid">
              {daysOfWeek(monday).map((day) => {
                const items = days.get(day) ?? [];
                return (
                  <li key={day} className="week-day" aria-current={day === today ? "date" : undefined}>
                    <h3 className="week-day-title">
                      {weekdayFormats[language].format(new Date(`${day}T12:00:00Z`))}{" "}
                      <span className="week-day-date">{formatDate(day, language)}</span>
                    </h3>
                    {items.length === 0 ? (
                      <p className="week-day-empty">{t("appointments.emptyDay")}</p>
                    ) : (
                      <ul className="appointment-list">
                        {items.map((item) => (
                          <AppointmentItem key={item.id} appointment={item} />
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
      <BookAppointmentForm
        defaultDay={monday <= today && today <= sunday ? today : monday}
        onBooked={(day) => goToWeek(day)}
      />
    </>
  );
}
