import { useEffect, type ReactNode } from 'react';

/** The page's h1 and one-line purpose; also names the browser tab. */
export function PageHeader({
  title,
  description,
  eyebrow,
  actions,
}: {
  title: string;
  description: string;
  /** A short context line above the title, such as the organization's name. */
  eyebrow?: string;
  actions?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · cxlens`;
  }, [title]);
  return (
    <header className="page-header">
      <div>
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        <p className="page-header__description">{description}</p>
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
