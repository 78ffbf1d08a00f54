import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { Section } from "#client/components/section.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { SERVER_ERROR_TYPE } from "#client/lib/field-error-text.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import {
  type AppointmentForm,
  AppointmentFormSchema,
  appointmentTypes,
} from "#shared/schemas/appointment.ts";
import { berlinInstant } from "#shared/time/berlin-clock.ts";
import { useCreateAppointment } from "../api/change-appointment.ts";
import { PersonPicker } from "./person-picker.tsx";

/** The server names instants; the form has a day and two clock times. */
const formFieldOf: Record<string, keyof AppointmentForm> = {
  personId: "personId",
  startsAt: "startTime",
  endsAt: "endTime",
  type: "type",
  title: "title",
  location: "location",
};

type BookAppointmentFormProps = { defaultDay: string; onBooked: (day: string) => void };

export function BookAppointmentForm({ defaultDay, onBooked }: BookAppointmentFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const create = useCreateAppointment();
  const empty = (): AppointmentForm => ({
    personId: "",
    day: defaultDay,
    startTime: "09:00",
    endTime: "10:00",
    type: "consultation",
    title: "",
    location: "",
    online: false,
  });
  const { register, handleSubmit, formState, setError, reset } = useForm<AppointmentForm>({
    resolver: withRequiredErrors(zodResolver(AppointmentFormSchema)),
    defaultValues: empty(),
    mode: "onTouched",
  });
  const onSubmit = handleSubmit((form) =>
    create.mutate(
      {
        personId: form.personId,
        type: form.type,
        startsAt: berlinInstant(form.day, form.startTime),
        endsAt: berlinInstant(form.day, form.endTime),
        ...(form.title && { title: form.title }),
        ...(form.location && { location: form.location }),
        online: form.online,
      },
      {
        onSuccess: () => {
          showToast(
            t("appointments.form.created", { day: formatDate(form.day, language), time: form.startTime }),
          );
          reset({ ...empty(), day: form.day });
          onBooked(form.day);
        },
        onError: (error) => {
          const issues = isApiError(error, "validation_failed") ? error.fieldIssues : [];
          const matched = issues.filter((issue) => formFieldOf[issue.path]);
          for (const issue of matched)
            setError(formFieldOf[issue.path] ?? "personId", {
              type: SERVER_ERROR_TYPE,
              message: issue.message,
            });
          if (matched.length === 0) showToast(errorMessage(error), "error");
        },
      },
    ),
  );
  const { errors } = formState;
  return (
    <Section id="book-appointment" title={t("appointments.form.title")}>
      <form className="form-grid appointment-form" noValidate onSubmit={onSubmit}>
        <PersonPicker error={fieldError(errors.personId)} {...register("personId")} />
        <DateField label={t("appointments.form.day")} error={fieldError(errors.day)} {...register("day")} />
        <TextField
          inputMode="numeric"
          placeholder="09:00"
          label={t("appointments.form.start")}
          error={fieldError(errors.startTime)}
          {...register("startTime")}
        />
        <TextField
          inputMode="numeric"
          placeholder="10:00"
          label={t("appointments.form.end")}
          error={fieldError(errors.endTime)}
          {...register("endTime")}
        />
        <SelectField
          label={t("appointments.form.type")}
          error={fieldError(errors.type)}
          {...register("type")}
        >
          {appointmentTypes
            .filter((type) => type !== "employer_interview")
            .map((type) => (
              <option key={type} value={type}>
                {t(`appointments.types.${type}`)}
              </option>
            ))}
        </SelectField>
        <TextField
          label={t("appointments.form.titleField")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.title)}
          {...register("title")}
        />
        <TextField
          label={t("appointments.form.location")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.location)}
          {...register("location")}
        />
        <CheckboxField label={t("appointments.form.online")} {...register("online")} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t("appointments.form.submit")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
