import { PlaceholderPage } from '../../components/PlaceholderPage';
import { useT } from '../../i18n';

export function DataPage() {
  const t = useT();
  return (
    <PlaceholderPage page="data">
      <h3 className="subheading">{t('data.cliTitle')}</h3>
      <p>{t('data.cliBody')}</p>
      <pre className="code-block">
        <code>{'npm run import\nPOST /api/imports/{kind}'}</code>
      </pre>
    </PlaceholderPage>
  );
}
