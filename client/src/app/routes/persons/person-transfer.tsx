import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import {
  PendingTransferNotice,
  PersonTransferAction,
} from "#client/features/transfers/components/person-transfer.tsx";
import type { Person } from "#shared/schemas/person.ts";
import "#client/features/transfers/messages.ts";

export function PersonTransferButton({ person }: { person: Person }) {
  const user = useSessionUser();
  return (
    <PersonTransferAction
      personId={person.id}
      ownCentreId={user.centreId}
      disabled={person.anonymisedAt !== null}
    />
  );
}

export function PersonPendingTransfer({ person }: { person: Person }) {
  return <PendingTransferNotice personId={person.id} />;
}
