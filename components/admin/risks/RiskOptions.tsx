import { IMPACT_LABEL, IMPACTS } from '@/lib/panels/risks/math';

/** The impact choices, most severe first: "▲▲ Critical". */
export function ImpactOptions() {
  return IMPACTS.map((impact) => (
    <option key={impact} value={impact}>
      {`${IMPACT_LABEL[impact].icon} ${IMPACT_LABEL[impact].word}`}
    </option>
  ));
}

/** The teams the user may choose, the whole train first for admins (value ""). */
export function TeamOptions({ teams, wholeTrain }: { teams: { slug: string; name: string }[]; wholeTrain: boolean }) {
  return (
    <>
      {wholeTrain && <option value="">Whole train</option>}
      {teams.map((team) => (
        <option key={team.slug} value={team.slug}>
          {team.name}
        </option>
      ))}
    </>
  );
}

/** A form's text field: blank is null. */
export function optionalText(form: FormData, name: string): string | null {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
}
