import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Appointment } from "#shared/schemas/appointment.ts";
import { berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { useCancelAppointment, useSendConfirmation } from "../api/change-appointment.ts";

type AppointmentItemProps = {
  appointment: Appointment;
  dayLabel?: string;
  showPerson?: boolean;
  canCancel?: boolean;
};

export function AppointmentItem({
  appointment,
  dayLabel,
  showPerson = true,
  canCancel = true,
}: AppointmentItemProps) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const cancel = useCancelAppointment();
  const confirm = useSendConfirmation();
  const cancelled = appointment.cancelledAt !== null;
  const time = `${berlinTimeOf(appointment.startsAt)}–${berlinTimeOf(appointment.endsAt)}`;
  return (
    <li className={cancelled ? "appointment appointment-cancelled" : "appointment"}>
      <span className="appointment-time">
        {dayLabel && `${dayLabel} `}
        <time dateTime={appointment.startsAt}>{time}</time>
      </span>
      <span className="appointment-type">{t(`appointments.types.${appointment.type}`)}</span>
      {showPerson && (
        <Link className="appointment-person" to={`/persons/${appointment.personId}`}>
          {appointment.personName}
        </Link>
      )}
      {appointment.title && <span className="appointment-detail">{appointment.title}</span>}
      {(appointment.location || appointment.online) && (
        <span className="appointment-detail">
          {[appointment.location, appointment.online ? t("appointments.online") : null]
            .filter(Boolean)
            .join(" · ")}
        </span>
      )}
      {cancelled && <span className="badge badge-neutral">{t("appointments.cancelled")}</span>}
      {!cancelled && canCancel && Date.parse(appointment.endsAt) > Date.now() && (
        <Button
          variant="quiet"
          className="button-small"
          busy={confirm.isPending}
          aria-label={`${t("appointments.sendConfirmation")}: ${t(`appointments.types.${appointment.type}`)} ${time}`}
          onClick={() =>
            confirm.mutate(appointment.id, {
              onSuccess: (mail) =>
                showToast(
                  t(
                    mail.status === "held"
                      ? "appointments.confirmationHeld"
                      : "appointments.confirmationSent",
                  ),
                ),
              onError: (error) => showToast(errorMessage(error), "error"),
            })
          }
        >
          {t("appointments.sendConfirmation")}
        </Button>
      )}
      {!cancelled && canCancel && Date.parse(appointment.endsAt) > Date.now() && (
        <Button
          variant="quiet"
          className="button-small"
          busy={cancel.isPending}
          aria-label={`${t("appointments.cancel")}: ${t(`appointments.types.${appointment.type}`)} ${time}`}
          onClick={() =>
            cancel.mutate(
              { id: appointment.id, version: appointment.version },
              {
                onSuccess: () => showToast(t("appointments.cancelled_toast")),
                onError: (error) => showToast(errorMessage(error), "error"),
              },
            )
          }
        >
          {t("appointments.cancel")}
        </Button>
      )}
    </li>
  );
}
