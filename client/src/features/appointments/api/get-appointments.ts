import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { AppointmentListSchema, CalendarFeedStatusSchema } from "#shared/schemas/appointment.ts";

export type AppointmentRangeParams = { from: string; to: string; personId?: string; mine?: boolean };

export const appointmentQueries = {
  all: ["appointments"] as const,
  lists: () => [...appointmentQueries.all, "list"] as const,
  list: ({ mine, ...params }: AppointmentRangeParams) =>
    queryOptions({
      queryKey: [...appointmentQueries.lists(), { ...params, mine: mine === true }] as const,
      queryFn: ({ signal }) =>
        api.get(paths.appointments, AppointmentListSchema, {
          signal,
          query: { ...params, mine: mine ? "true" : undefined },
        }),
    }),
  feed: () =>
    queryOptions({
      queryKey: [...appointmentQueries.all, "feed"] as const,
      queryFn: ({ signal }) => api.get(paths.calendarFeed, CalendarFeedStatusSchema, { signal }),
    }),
};

export function useAppointments(params: AppointmentRangeParams) {
  return useQuery(appointmentQueries.list(params));
}

export function useCalendarFeed() {
  return useQuery(appointmentQueries.feed());
}
