export * from "./channels";
export * from './stats';
export * from './metrics';
