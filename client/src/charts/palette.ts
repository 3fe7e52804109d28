import type { Channel } from '@cxlens/shared';

// The Okabe-Ito palette as literal colours: charts are exported as standalone SVG/PNG, where the
// CSS variables of tokens.css do not resolve. Keep in step with tokens.css.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Good and bad news: blue and vermillion stay apart with every common colour-vision deficiency. */
export const TONE_COLORS = {
  better: OKABE_ITO.blue,
  worse: OKABE_ITO.vermillion,
  neutral: '#8A97A6',
} as const;

export const CHART_COLORS = {
  primary: OKABE_ITO.blue,
  secondary: OKABE_ITO.orange,
  band: '#9CC9E6',
  grid: '#E3E8EE',
  axis: '#4F5D6D',
  reference: '#15212E',
  muted: '#B8C2CC',
} as const;

/** One colour per channel, in CHANNELS order, for stacked areas and legends. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  VOICE: OKABE_ITO.blue,
  EMAIL: OKABE_ITO.orange,
  CHAT: OKABE_ITO.green,
  SOCIAL: OKABE_ITO.purple,
  SMS: OKABE_ITO.skyBlue,
  VIDEO: OKABE_ITO.vermillion,
  APP: OKABE_ITO.yellow,
  SELF_SERVICE: '#6B7785',
};

export const SERIES_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.vermillion, OKABE_ITO.skyBlue];
