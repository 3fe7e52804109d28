import { Link, useSearchParams } from 'react-router-dom';
import type { SiteRef } from '../../api/types';
import { paths } from '../../app/paths';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { sharedSearch } from '../../filters/filterParams';
import { formatUtcOffset, useFormat, useT, utcOffsetMinutes } from '../../i18n';

/** The site's name and place, and its time zone: every day on this page is a day there. */
export function SiteHeader({ site }: { site: SiteRef }) {
  const t = useT();
  const format = useFormat();
  const [params] = useSearchParams();
  const offset = utcOffsetMinutes(site.timeZone);
  const localTime = format.date(new Date(), { hour: '2-digit', minute: '2-digit', timeZone: site.timeZone });
  const place = [site.city, format.country(site.country) ?? site.country, site.region].filter(Boolean).join(' · ');
  return (
    <>
      <p className="back-link">
        <Link to={`${paths.sites}${sharedSearch(params)}`}>
          <Icon name="arrowRight" size={14} className="icon--flip" />
          {t('sites.detail.back')}
        </Link>
      </p>
      <PageHeader
        eyebrow={place}
        title={`${site.name} (${site.code})`}
        description={t('sites.detail.timeZone', {
          zone: site.timeZone,
          offset: offset === null ? '' : formatUtcOffset(offset),
          time: localTime,
        })}
      />
    </>
  );
}
