import { registerBrands } from './core/private/prop-check';

export * as iam from './iam';
export * as sfn from './sfn';
export * as tasks from './tasks';
export * as testing from './testing';
export { Duration } from './core/duration';
export { Size } from './core/size';

// Brands the classes that props are checked against as soon as the library loads, so that their
// instances are recognised by another copy of the package too.
registerBrands();
