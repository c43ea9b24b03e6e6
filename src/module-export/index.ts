// Programmatic entry point of the module exporter: `import { exportModule } from 'cdktf-stepfunctions/lib/module-export'`.
export { exportModule, AWS_PROVIDER_VERSIONS, REQUIRED_TERRAFORM } from './export';
export type { ExportModuleOptions, ExportedModule } from './export';
