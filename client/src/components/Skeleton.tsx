/** A grey bar standing in for text while data loads; invisible to assistive technology. */
export function Skeleton({ width = '100%' }: { width?: string }) {
  return <span className="skeleton" style={{ width }} aria-hidden="true" />;
}
