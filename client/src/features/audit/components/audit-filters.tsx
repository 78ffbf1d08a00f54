import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { accessKinds } from "#shared/audit/access-kind.ts";
import {
  AuditFiltersSchema,
  auditFiltersToParams,
  type AuditFilters as Filters,
} from "../utils/audit-filters.ts";
import { auditActionKey, auditActions, auditEntities, isAuditEntity } from "../utils/audit-labels.ts";
import "../messages.ts";

export type AuditUserOption = { id: string; name: string; email: string };

type AuditFiltersProps = { filters: Filters; userOptions: AuditUserOption[] };

const withCurrent = (known: readonly string[], current: string | undefined): readonly string[] =>
  current && !known.includes(current) ? [...known, current] : known;

const emptyToUndefined = { setValueAs: (value: string | undefined) => value?.trim() || undefined };

export function AuditFilters({ filters, userOptions }: AuditFiltersProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const [, setSearchParams] = useSearchParams();
  const { register, handleSubmit, formState } = useForm({
    resolver: withRequiredErrors(zodResolver(AuditFiltersSchema)),
    mode: "onTouched",
    defaultValues: filters,
  });

  const onSubmit = handleSubmit((values) => setSearchParams(auditFiltersToParams(values)));
  const hasFilters = Object.keys(filters).length > 0;

  return (
    <search className="filters">
      <form className="filters-form" noValidate onSubmit={onSubmit}>
        <SelectField
          label={t("audit.action")}
          error={fieldError(formState.errors.action)}
          {...register("action", emptyToUndefined)}
        >
          <option value="">{t("audit.allActions")}</option>
          {withCurrent(auditActions, filters.action).map((action) => {
            const key = auditActionKey(action);
            return (
              <option key={action} value={action}>
                {key ? t(key) : action}
              </option>
            );
          })}
        </SelectField>
        <SelectField
          label={t("audit.entity")}
          error={fieldError(formState.errors.entity)}
          {...register("entity", emptyToUndefined)}
        >
          <option value="">{t("audit.allEntities")}</option>
          {withCurrent(auditEntities, filters.entity).map((entity) => (
            <option key={entity} value={entity}>
              {isAuditEntity(entity) ? t(`audit.entities.${entity}`) : entity}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("audit.kind")} {...register("kind", emptyToUndefined)}>
          <option value="">{t("audit.allKinds")}</option>
          {accessKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`audit.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("audit.user")} {...register("userId", emptyToUndefined)}>
          <option value="">{t("audit.allUsers")}</option>
          {userOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} ({option.email})
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("audit.from")}
          error={fieldError(formState.errors.from)}
          {...register("from", emptyToUndefined)}
        />
        <DateField
          label={t("audit.to")}
          error={fieldError(formState.errors.to)}
          {...register("to", emptyToUndefined)}
        />
        <div className="filters-buttons">
          <Button type="submit" variant="primary">
            {t("common.applyFilters")}
          </Button>
          {hasFilters && (
            <Button variant="quiet" onClick={() => setSearchParams({})}>
              {t("common.resetFilters")}
            </Button>
          )}
        </div>
      </form>
    </search>
  );
}
