import { useEffect, type ReactNode } from 'react';
import { Logo } from '../../app/Logo';
import { LanguageSwitcher, useT } from '../../i18n';

/** The frame of the pages outside the dashboard (sign-in, first setup): no navigation, no filters. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · cxlens`;
  }, [title]);
  return (
    <div className="auth-page">
      <header className="auth-page__bar">
        <span className="brand brand--on-light">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-page__main">
        <section className="card auth-card" aria-labelledby="auth-title">
          <h1 id="auth-title">{title}</h1>
          {children}
        </section>
        <p className="auth-page__tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
