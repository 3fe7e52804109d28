import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { useT, type MessageKey } from '../../i18n';

const STEPS: ReadonlyArray<{ to: string; title: MessageKey; body: MessageKey }> = [
  { to: paths.data, title: 'overview.start.import', body: 'overview.start.importBody' },
  { to: paths.sites, title: 'overview.start.sites', body: 'overview.start.sitesBody' },
  { to: paths.explorer, title: 'overview.start.explore', body: 'overview.start.exploreBody' },
];

export function GettingStartedCard() {
  const t = useT();
  return (
    <Card title={t('overview.start.title')}>
      <ol className="steps">
        {STEPS.map((step, index) => (
          <li key={step.to} className="steps__item">
            <span className="steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <Link to={step.to} className="steps__title">
                {t(step.title)}
                <Icon name="arrowRight" size={14} />
              </Link>
              <p className="steps__body">{t(step.body)}</p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
