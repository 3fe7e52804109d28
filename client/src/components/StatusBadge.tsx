/** A status shown with a word and a shape, never by colour alone. */
export function StatusBadge({ tone, label }: { tone: 'positive' | 'neutral'; label: string }) {
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
