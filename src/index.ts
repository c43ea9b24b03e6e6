import * as iam from './iam';
import * as sfn from './sfn';
import * as tasks from './tasks';

export { iam, sfn, tasks };
export { Duration } from './core/duration';
export { Size } from './core/size';
