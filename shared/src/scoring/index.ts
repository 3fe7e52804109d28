export * from './evaluation-score';
