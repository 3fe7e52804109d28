import type { ReactNode } from 'react';

export function Card({
  title,
  action,
  children,
  className,
}: {
  title?: string;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={className ? `card ${className}` : 'card'}>
      {title ? (
        <header className="card__header">
          <h2 className="card__title">{title}</h2>
          {action}
        </header>
      ) : null}
      <div className="card__body">{children}</div>
    </section>
  );
}
