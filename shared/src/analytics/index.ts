export * from './enums';
export * from './local-dates';
export * from './time-buckets';
export * from './metric-columns';
