export * as iam from './iam';
export * as sfn from './sfn';
export * as tasks from './tasks';
export { Duration } from './core/duration';
export { Size } from './core/size';
