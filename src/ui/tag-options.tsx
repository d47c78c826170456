import { tagGroups } from '../domain/tag-vocabulary';

interface Props {
  /** Which tags to offer (all unless given); a group left with none is not shown. */
  include?: (tagId: string) => boolean;
}

/** The tag vocabulary as a select's options, grouped as in questions/README.md. */
export function TagOptions({ include }: Props) {
  return (
    <>
      {tagGroups.map((g) => {
        const tags = include ? g.tags.filter((t) => include(t.id)) : g.tags;
        if (tags.length === 0) return null;
        return (
          <optgroup key={g.group} label={g.group}>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
