import { addDays, bucketStart } from '@cxlens/shared';

/** A query an analyst would write, opened as a GraphiQL tab. */
export interface ExampleQuery {
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Today's date on the reader's own calendar, 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The examples with their periods set relative to `today`: they stay useful on any day. */
export function exampleQueries(today: string): ExampleQuery[] {
  const monthStart = bucketStart('MONTH', today);
  const yesterday = addDays(today, -1);
  // The first tab needs no variables: GraphiQL 5 opens its first tab with an empty variables editor.
  return [
    {
      title: 'Metric definitions and settings',
      variables: {},
      query: `# How every metric is computed here, and the variants this organisation chose.
query Definitions {
  metricSettings { serviceLevelAbandons shortAbandonSeconds fcrMethod csatMethod minSample passMarkPct }
  metricDefinitions { id label unit decimals higherIsBetter formula ciMethod testMethod variant }
}`,
    },
    {
      title: 'CSAT and NPS by site, this month',
      variables: { filter: { from: monthStart, to: today } },
      query: `# CSAT and NPS per site for the month so far, with 95% intervals.
# Days are each site's own local days; lowSample flags n below the minimum sample.
query CsatNpsBySite($filter: MetricFilter!) {
  metrics(filter: $filter, measures: [CSAT, NPS, RESPONSES], groupBy: [SITE]) {
    source
    variants { metric description }
    rows {
      dimensions { label site { city timeZone } }
      cells { metric value n ciLow ciHigh lowSample }
    }
  }
}`,
    },
    {
      title: 'Weekly CSAT trend by channel',
      variables: { filter: { from: bucketStart('WEEK', addDays(today, -7 * 11)), to: today } },
      query: `# Twelve ISO weeks (Monday to Sunday, site-local) of CSAT per channel: chart-ready rows.
query WeeklyTrendByChannel($filter: MetricFilter!) {
  metrics(filter: $filter, measures: [CSAT, RESPONSES], groupBy: [CHANNEL], granularity: WEEK) {
    rows {
      bucket { start label }
      dimensions { id label }
      cells { metric value n ciLow ciHigh }
    }
  }
}`,
    },
    {
      title: 'Site ranking, mix-adjusted',
      variables: { filter: { from: monthStart, to: today }, measure: 'CSAT' },
      query: `# Sites ranked on CSAT after re-weighting each to the organisation's channel mix, so a
# voice-heavy site is compared fairly with a chat-heavy one. Each site is tested against the
# rest of the organisation; p-values are Benjamini-Hochberg adjusted across the sites.
query SiteRankingMixAdjusted($filter: MetricFilter!, $measure: MetricId!) {
  siteRanking(filter: $filter, measure: $measure, mixAdjusted: true) {
    test
    pValueAdjustment
    organization { value n }
    channelWeights { channel share }
    sites {
      rank
      site { name city }
      value ciLow ciHigh n lowSample
      differenceFromOrganization adjustedPValue significant
      coverage missingChannels
    }
  }
}`,
    },
    {
      title: 'This month against the previous period',
      variables: { filter: { from: monthStart, to: today } },
      query: `# Each country this month against the same number of days just before, with the
# metric's own test (two-proportion z, NPS z, Welch t), adjusted across the countries.
query CompareToPreviousPeriod($filter: MetricFilter!) {
  metrics(filter: $filter, measures: [CSAT, NPS, CES], groupBy: [COUNTRY],
          compareTo: PREVIOUS_PERIOD, adjustPValues: true) {
    period { from to }
    previousPeriod { from to }
    pValueAdjustment
    rows {
      dimensions { label }
      cells { metric value previousValue delta pValue adjustedPValue significant lowSample }
    }
  }
}`,
    },
    {
      title: 'Service level by site-local hour, yesterday',
      variables: { filter: { from: yesterday, to: yesterday } },
      query: `# Contact-center KPIs per hour of each site's clock (raw intervals; DST days have 23 or 25 hours).
query ServiceLevelByHour($filter: MetricFilter!) {
  metrics(filter: $filter, measures: [SERVICE_LEVEL, OFFERED, ASA, ABANDON_RATE], groupBy: [SITE], granularity: HOUR) {
    source
    sourceReason
    variants { metric description }
    rows {
      dimensions { label }
      bucket { label }
      cells { metric value n ciLow ciHigh }
    }
  }
}`,
    },
    {
      title: 'Dashboard tiles',
      variables: { filter: { from: addDays(today, -27), to: today } },
      query: `# The overview tiles: value, interval, change against the previous 28 days, and a sparkline.
query Tiles($filter: MetricFilter!) {
  summary(filter: $filter) {
    sparklineGranularity
    tiles {
      metric variant value n ciLow ciHigh lowSample
      previousValue delta pValue significant
      sparkline { start value n }
    }
  }
}`,
    },
    {
      title: 'Resolution by agent team and topic',
      variables: { filter: { from: monthStart, to: today } },
      query: `# Team and topic live on survey responses only, so this reads raw rows.
query ResolvedByTeamAndTopic($filter: MetricFilter!) {
  metrics(filter: $filter, measures: [RESOLVED, CSAT], groupBy: [AGENT_TEAM, TOPIC],
          orderBy: { measure: RESOLVED, descending: false }) {
    rows {
      dimensions { dimension label }
      cells { metric value n ciLow ciHigh lowSample }
    }
  }
}`,
    },
  ];
}
