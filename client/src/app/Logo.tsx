/** The cxlens mark: a lens over rising bars. Decorative; the product name is always written beside it. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="logo">
      <rect width="32" height="32" rx="8" fill="var(--color-accent)" />
      <circle cx="14" cy="14" r="7.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <path d="M19.5 19.5 25 25" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <path d="M11 16.5v-3M14 16.5v-6M17 16.5v-4" stroke="var(--series-1)" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
