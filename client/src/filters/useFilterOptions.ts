import { CHANNELS } from '@cxlens/shared';
import { useMemo } from 'react';
import { useReferenceData } from '../api/operations/reference';
import { useLocale, useT } from '../i18n';
import { countryName } from '../i18n';
import type { Option } from './MultiSelect';

/** The choices of the filter bar, named in the active language. */
export function useFilterOptions() {
  const reference = useReferenceData();
  const { locale } = useLocale();
  const t = useT();
  const options = useMemo(() => {
    const sites = reference.data?.sites ?? [];
    const siteOptions: Option[] = sites.map((site) => ({ value: site.id, label: site.name, detail: `${site.code} · ${site.city}` }));
    const countryCodes = [...new Set(sites.map((site) => site.country.toUpperCase()))];
    const countryOptions: Option[] = countryCodes
      .map((code) => ({ value: code, label: countryName(locale, code) ?? code, detail: code }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    const channelOptions: Option[] = CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }));
    const programOptions: Option[] = (reference.data?.programs ?? []).map((program) => ({
      value: program.id,
      label: program.name,
      detail: program.code,
    }));
    return { sites: siteOptions, countries: countryOptions, channels: channelOptions, programs: programOptions };
  }, [reference.data, locale, t]);
  return { ...options, reference };
}
