import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import type { Programme } from "#shared/schemas/programme.ts";
import { useProgrammes } from "../api/get-programmes.ts";
import { ProgrammeEnrolments } from "./programme-enrolments.tsx";
import { ProgrammeForm } from "./programme-form.tsx";
import { ProgrammePeriod } from "./programme-period.tsx";
import "../messages.ts";

function ProgrammeCard({
  programme,
  showEnrolments: withEnrolments,
}: {
  programme: Programme;
  showEnrolments: boolean;
}) {
  const { t } = useTranslation();
  const showToast = useToast();
  const titleId = `programme-${programme.id}`;
  const [showEnrolments, setShowEnrolments] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <section className="card section" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId} className="section-title">
          {programme.name}
        </h2>
        <span className="badge badge-neutral">
          {programme.centreId ? t("programmes.ownCentre") : t("programmes.regional")}
        </span>
        {programme.canEdit && !editing && (
          <Button
            variant="quiet"
            className="button-small"
            aria-label={t("programmes.form.editLabel", { name: programme.name })}
            onClick={() => setEditing(true)}
          >
            {t("common.edit")}
          </Button>
        )}
      </div>
      {editing && (
        <ProgrammeForm
          programme={programme}
          onDone={(saved) => {
            if (saved) showToast(t("programmes.form.saved", { name: saved.name }));
            setEditing(false);
          }}
        />
      )}
      {programme.description && <p>{programme.description}</p>}
      <dl className="details-list">
        <div className="details-item">
          <dt>{t("programmes.fields.funding")}</dt>
          <dd>
            {t(`programmes.funding.${programme.fundingSource}`)}
            {programme.esfProjectNumber &&
              ` · ${t("programmes.fields.esfProjectNumber")} ${programme.esfProjectNumber}`}
          </dd>
        </div>
        <div className="details-item">
          <dt>{t("programmes.fields.period")}</dt>
          <dd>
            <ProgrammePeriod startsOn={programme.startsOn} endsOn={programme.endsOn} />
          </dd>
        </div>
        {withEnrolments && programme.fundingSource === "esf_plus" && (
          <div className="details-item">
            <dt>{t("programmes.esf.gapsLink")}</dt>
            <dd>
              <Link to={`/programmes/${programme.id}/esf-gaps`}>{t("programmes.esf.gapsOpen")}</Link>
            </dd>
          </div>
        )}
        {withEnrolments && (
          <div className="details-item">
            <dt>{t("programmes.fields.activeEnrolments")}</dt>
            <dd>{programme.activeEnrolments}</dd>
          </div>
        )}
      </dl>
      {withEnrolments && (
        <details className="board-folded" onToggle={(event) => setShowEnrolments(event.currentTarget.open)}>
          <summary>{t("programmes.showEnrolments")}</summary>
          {showEnrolments && <ProgrammeEnrolments programme={programme} />}
        </details>
      )}
    </section>
  );
}

type ProgrammesListProps = {
  creating: boolean;
  onCreated: () => void;
  /** Admins maintain the catalogue but do not see who takes part. */
  showEnrolments: boolean;
};

export function ProgrammesList({ creating, onCreated, showEnrolments }: ProgrammesListProps) {
  const { t } = useTranslation();
  const showToast = useToast();
  const programmes = useProgrammes();
  const form = creating && (
    <div className="card card-form">
      <ProgrammeForm
        onDone={(saved) => {
          if (saved) showToast(t("programmes.form.created", { name: saved.name }));
          onCreated();
        }}
      />
    </div>
  );
  if (programmes.isPending) return <Loading />;
  if (programmes.isError)
    return <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />;
  if (programmes.data.length === 0)
    return (
      <div className="stack">
        {form}
        <EmptyState title={t("programmes.empty")}>
          <p>{t("programmes.emptyText")}</p>
        </EmptyState>
      </div>
    );
  return (
    <div className="stack">
      {form}
      {programmes.data.map((programme) => (
        <ProgrammeCard key={programme.id} programme={programme} showEnrolments={showEnrolments} />
      ))}
    </div>
  );
}
