import type { TeamChoice } from '@/lib/impediments/types';

/** The select's value for "Whole train" (a team slug is never empty). */
const WHOLE_TRAIN = '';

/** The team chosen in a form holding a TeamSelect: a slug, or null for the whole train. */
export function teamSlugOf(form: FormData): string | null {
  const value = String(form.get('teamSlug') ?? WHOLE_TRAIN);
  return value === WHOLE_TRAIN ? null : value;
}

/** The teams the user may give an impediment to, "Whole train" last for admins. Put it inside a Field. */
export function TeamSelect({ teams, value, ...rest }: { teams: TeamChoice[]; value: string | null; id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  return (
    <select name="teamSlug" defaultValue={value ?? WHOLE_TRAIN} {...rest}>
      {teams.map((team) => (
        <option key={team.slug ?? WHOLE_TRAIN} value={team.slug ?? WHOLE_TRAIN}>
          {team.name}
        </option>
      ))}
    </select>
  );
}
