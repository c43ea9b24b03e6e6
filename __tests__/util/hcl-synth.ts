import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';

/**
 * Builds an app with `build` and synthesizes it as `cdktf synth --hcl` does (cdktf 0.21 reads
 * SYNTH_HCL_OUTPUT when a stack is constructed, and ignores App's hclOutput), into `outdir` (default: a
 * fresh directory). With `hcl: false`, as a plain `cdktf synth` does (cdk.tf.json).
 */
export function synthHclApp(build: (app: App) => void, outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-hcl-')), hcl = true): string {
  const previous = process.env.SYNTH_HCL_OUTPUT;
  if (hcl) process.env.SYNTH_HCL_OUTPUT = 'true';
  else delete process.env.SYNTH_HCL_OUTPUT;
  try {
    const app = new App({ outdir });
    build(app);
    app.synth();
  } finally {
    if (previous === undefined) delete process.env.SYNTH_HCL_OUTPUT;
    else process.env.SYNTH_HCL_OUTPUT = previous;
  }
  return outdir;
}
