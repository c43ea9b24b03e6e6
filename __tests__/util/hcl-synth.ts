import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';

/**
 * Builds an app with `build` and synthesizes it as `cdktf synth --hcl` does (cdktf 0.21 reads
 * SYNTH_HCL_OUTPUT when a stack is constructed, and ignores App's hclOutput), into a fresh directory.
 */
export function synthHclApp(build: (app: App) => void): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-hcl-'));
  const previous = process.env.SYNTH_HCL_OUTPUT;
  process.env.SYNTH_HCL_OUTPUT = 'true';
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
