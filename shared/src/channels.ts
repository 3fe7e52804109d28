/** Contact channels. Postgres holds the same list as the `channel` enum type; extend both in one migration. */
export const CHANNELS = ['VOICE', 'EMAIL', 'CHAT', 'SOCIAL', 'SMS', 'VIDEO', 'APP', 'SELF_SERVICE'] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVALUATION_KINDS = ['MYSTERY_SHOP', 'QA'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const INTERVAL_MINUTES = [15, 30, 60] as const;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export const CHANNEL_LABELS: Record<Channel, { en: string; zh: string }> = {
  VOICE: { en: 'Voice', zh: '语音' },
  EMAIL: { en: 'Email', zh: '电子邮件' },
  CHAT: { en: 'Chat', zh: '在线聊天' },
  SOCIAL: { en: 'Social', zh: '社交媒体' },
  SMS: { en: 'SMS', zh: '短信' },
  VIDEO: { en: 'Video', zh: '视频' },
  APP: { en: 'App', zh: '应用' },
  SELF_SERVICE: { en: 'Self-service', zh: '自助服务' },
};
