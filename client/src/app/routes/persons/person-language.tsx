import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { LanguageSection } from "#client/features/language/components/language-section.tsx";
import type { Person } from "#shared/schemas/person.ts";

export function PersonLanguage({ person }: { person: Person }) {
  const user = useSessionUser();
  return <LanguageSection personId={person.id} userId={user.id} userName={user.name} />;
}
