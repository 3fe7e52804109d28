import { DEFAULT_METRIC_SETTINGS, METRICS, type MetricId } from '@cxlens/shared';
import type { MetricSettings } from '../api/types';

// The variant sentences of shared/src/metrics/describe.ts, in Chinese. The server sends the English
// one with every tile; these follow the same settings so both languages say the same thing.

const DESCRIPTIONS_ZH: Partial<Record<MetricId, string>> = {
  DSAT: '1–5 分满意度评分中 1 或 2 分（后两项）所占比例。',
  NPS: '推荐者（9–10 分）占比减去贬损者（0–6 分）占比，范围 −100 至 100。',
  CES: '1–7 分客户费力度评分的均值，7 分表示最省力。',
  CES_EASY: '客户费力度评分为 5–7 分的比例。',
  RESOLVED: '表示问题已解决的受访客户所占比例。',
  RESPONSES: '问卷回复数量。',
  ASA: '已接通联络的总等待时长除以已接通联络数。',
  AHT: '通话、保持与话后处理时长之和除以已处理联络数。',
  ANSWER_RATE: '已接通联络占进线联络的比例。',
  TRANSFER_RATE: '被转接的联络占已处理联络的比例。',
  CONVERSION: '成交数占销售机会数的比例。',
  OCCUPANCY: '通话、保持与话后处理时长占排班在线时长的比例。',
  OFFERED: '进入队列的联络数。',
  HANDLED: '坐席处理的联络数。',
  CRITICAL_FAIL: '至少有一个关键项不合格的神秘顾客与质检评估所占比例。',
  PROMOTERS: '推荐意愿为 9 或 10 分的比例。',
  PASSIVES: '推荐意愿为 7 或 8 分的比例。',
  DETRACTORS: '推荐意愿为 0–6 分的比例。',
  CSAT_MEAN: '1–5 分满意度评分的均值。',
};

export function variantInChinese(id: MetricId, settings: MetricSettings | undefined): string {
  const s = settings ?? DEFAULT_METRIC_SETTINGS;
  const short = `${s.shortAbandonSeconds} 秒内的放弃`;
  switch (id) {
    case 'SERVICE_LEVEL':
      if (s.serviceLevelAbandons === 'IGNORE') return '服务水平 = 阈值内接通数 ÷ 接通数；放弃的联络不计入。';
      if (s.serviceLevelAbandons === 'ALL') return '服务水平 = 阈值内接通数 ÷（接通数 + 全部放弃数）。';
      return `服务水平 = 阈值内接通数 ÷（接通数 + 放弃数），不含${short}。`;
    case 'ABANDON_RATE':
      return `放弃率 = 放弃数 ÷ 进线数，两者均不含${short}。`;
    case 'FCR':
      if (s.fcrMethod === 'CUSTOMER') return '首次解决率 = 表示问题已解决的受访客户 ÷ 回答该问题的客户。';
      if (s.fcrMethod === 'REPEAT_CONTACT') return '首次解决率 =（已处理数 − 重复联络数）÷ 已处理数。';
      return '首次解决率 = 标记为首次解决的联络 ÷ 已处理联络。';
    case 'CSAT':
      return s.csatMethod === 'MEAN' ? '主满意度 = 1–5 分评分的均值。' : '主满意度 = 1–5 分评分中 4–5 分的比例（前两项）。';
    case 'MYSTERY_PASS':
    case 'QA_PASS':
      return `合格 = 得分不低于 ${s.passMarkPct}%（得分上限 ${s.scoreCapPct}%）。`;
    case 'MYSTERY_SCORE':
    case 'QA_SCORE':
      return `评估平均得分，每次评估得分上限为 ${s.scoreCapPct}%。`;
    default:
      return DESCRIPTIONS_ZH[id] ?? METRICS[id].labelZh;
  }
}
