import { CHANNELS } from '@cxlens/shared';
import { PlaceholderPage } from '../../components/PlaceholderPage';
import { useT } from '../../i18n';

export function ChannelsPage() {
  const t = useT();
  return (
    <PlaceholderPage page="channels">
      <p>{t('placeholder.body')}</p>
      <h3 className="subheading">{t('channels.tracked')}</h3>
      <ul className="chip-list">
        {CHANNELS.map((channel) => (
          <li key={channel} className="chip">
            {t(`channel.${channel}`)}
          </li>
        ))}
      </ul>
    </PlaceholderPage>
  );
}
