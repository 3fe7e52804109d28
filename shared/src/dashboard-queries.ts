/**
 * The GraphQL documents of the dashboard views whose speed the benchmark measures, written once:
 * the dashboard (client/src/api/operations) sends them and `npm run bench` times them.
 */

/** The fields of a MetricCell every view reads (value, interval, sample, change and its test). */
export const METRIC_CELL_FIELDS = 'metric value n ciLow ciHigh lowSample previousValue delta pValue adjustedPValue significant';

export const SITE_REF_FIELDS = 'id code name city country region timeZone';

export const METRIC_SETTINGS_FIELDS =
  'serviceLevelAbandons shortAbandonSeconds fcrMethod csatMethod minSample passMarkPct scoreCapPct';

export const SUMMARY_QUERY = /* GraphQL */ `
  query Summary($filter: MetricFilter!, $measures: [MetricId!], $compareTo: ComparePeriod) {
    summary(filter: $filter, measures: $measures, compareTo: $compareTo) {
      period { from to days }
      previousPeriod { from to days }
      compareTo
      sparklineGranularity
      settings { ${METRIC_SETTINGS_FIELDS} }
      tiles { ${METRIC_CELL_FIELDS} variant sparkline { start value n } }
    }
  }
`;

export const SITE_RANKING_QUERY = /* GraphQL */ `
  query SiteRanking($filter: MetricFilter!, $measure: MetricId!, $mixAdjusted: Boolean!) {
    siteRanking(filter: $filter, measure: $measure, mixAdjusted: $mixAdjusted) {
      measure
      variant
      mixAdjusted
      test
      organization { value n ciLow ciHigh lowSample }
      channelWeights { channel share }
      sites {
        rank siteId site { ${SITE_REF_FIELDS} }
        value n ciLow ciHigh lowSample differenceFromOrganization
        pValue adjustedPValue significant coverage missingChannels
      }
    }
  }
`;

export const METRICS_QUERY = /* GraphQL */ `
  query Metrics(
    $filter: MetricFilter!
    $measures: [MetricId!]!
    $groupBy: [Dimension!]!
    $granularity: Granularity!
    $compareTo: ComparePeriod
    $adjustPValues: Boolean!
  ) {
    metrics(
      filter: $filter
      measures: $measures
      groupBy: $groupBy
      granularity: $granularity
      compareTo: $compareTo
      adjustPValues: $adjustPValues
    ) {
      measures
      period { from to days }
      previousPeriod { from to days }
      variants { metric description }
      settings { ${METRIC_SETTINGS_FIELDS} }
      columns {
        rowCount
        dimensions { dimension values { dimension id label } index }
        buckets { start label }
        bucketIndex
        cells { ${METRIC_CELL_FIELDS} }
      }
    }
  }
`;

export const VOP_VS_VOC_QUERY = /* GraphQL */ `
  query VopVsVoc(
    $filter: MetricFilter!
    $unit: VopUnit!
    $vop: MetricId!
    $voc: MetricId!
    $granularity: Granularity
    $focusUnit: String
  ) {
    vopVsVoc(filter: $filter, unit: $unit, vop: $vop, voc: $voc, granularity: $granularity, focusUnit: $focusUnit) {
      vop
      voc
      unit
      vopMedian
      vocMedian
      classified
      minVopSample
      minVocSample
      pearson { r pValue n }
      spearman { r pValue n }
      units {
        key label siteId channel programId
        vop { ${METRIC_CELL_FIELDS} }
        voc { ${METRIC_CELL_FIELDS} }
        vopPercentile vocPercentile gap quadrant
      }
      timeSeries {
        unitKey
        label
        points { bucket vop { ${METRIC_CELL_FIELDS} } voc { ${METRIC_CELL_FIELDS} } }
        lagCorrelations { lag r pValue n }
      }
    }
  }
`;

const RESPONSE_SITE_FIELDS = 'site { id code name timeZone }';
export const RESPONSES_QUERY = /* GraphQL */ `
  query Responses($filter: ResponseFilter, $first: Int!, $after: String) {
    responses(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node { id respondedAt channel ${RESPONSE_SITE_FIELDS} programId csat nps ces resolved comment language topic agent }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
