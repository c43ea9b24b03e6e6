export * from './local-runner';
export * from './task-mock';
