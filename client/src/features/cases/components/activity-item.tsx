import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Activity } from "#shared/schemas/case.ts";
import { ActivityEditForm } from "./activity-edit-form.tsx";

export function ActivityItem({ activity, canEdit }: { activity: Activity; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  return (
    <li className="timeline-item">
      {editing ? (
        <ActivityEditForm activity={activity} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="timeline-meta">
            <span className={`badge badge-activity badge-${activity.type}`}>
              {t(`activityTypes.${activity.type}`)}
            </span>
            <time dateTime={activity.occurredOn}>{formatDate(activity.occurredOn, language)}</time>
            {activity.durationMinutes !== null && (
              <span>{t("activities.minutes", { count: activity.durationMinutes })}</span>
            )}
            <span className="text-muted">{activity.authorName}</span>
            {canEdit && (
              <Button
                variant="quiet"
                className="button-small timeline-edit"
                onClick={() => setEditing(true)}
                aria-label={t("activities.editFrom", { date: formatDate(activity.occurredOn, language) })}
              >
                {t("common.edit")}
              </Button>
            )}
          </div>
          <p className="timeline-text">{activity.text}</p>
        </>
      )}
    </li>
  );
}
