import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type AppointmentCreate,
  AppointmentSchema,
  CalendarFeedCreatedSchema,
} from "#shared/schemas/appointment.ts";
import { MailSentSchema } from "#shared/schemas/mail.ts";
import { appointmentQueries } from "./get-appointments.ts";

export function useCreateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (appointment: AppointmentCreate) =>
      api.post(paths.appointments, appointment, AppointmentSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentQueries.lists() }),
  });
}

export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post(paths.appointmentCancel(id), { version }, AppointmentSchema),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: appointmentQueries.lists() }),
  });
}

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(paths.calendarFeed, {}, CalendarFeedCreatedSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentQueries.feed().queryKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.del(paths.calendarFeed),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentQueries.feed().queryKey }),
  });
}

/** "Bestätigung senden": the server mails the person, with their consent, and answers sent or held (no SMTP). */
export function useSendConfirmation() {
  return useMutation({
    mutationFn: (id: string) => api.post(paths.appointmentConfirmation(id), {}, MailSentSchema),
  });
}
