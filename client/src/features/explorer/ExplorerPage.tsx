import { GRAPHQL_ENDPOINT } from '../../api/graphql';
import { PlaceholderPage } from '../../components/PlaceholderPage';
import { useT } from '../../i18n';

export function ExplorerPage() {
  const t = useT();
  return (
    <PlaceholderPage page="explorer">
      <p className="labelled-value">
        <span className="muted">{t('explorer.endpoint')}</span>
        <a href={GRAPHQL_ENDPOINT} className="code">
          {GRAPHQL_ENDPOINT}
        </a>
      </p>
    </PlaceholderPage>
  );
}
