import type { Person } from "../../../../../shared/schemas/person.ts";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { LanguageSection } from "../../../features/language/components/language-section.tsx";

export function PersonLanguage({ person }: { person: Person }) {
  const user = useSessionUser();
  return <LanguageSection personId={person.id} userId={user.id} userName={user.name} />;
}
