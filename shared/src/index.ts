export * from "./channels";
export * from './stats';
export * from './metrics';
export * from './scoring';
export * from './analytics';
export * from './csv';
export * from './dashboard-queries';
