export * from './create-virtual-cluster';
export * from './delete-virtual-cluster';
export * from './start-job-run-types';
export * from './start-job-run';
