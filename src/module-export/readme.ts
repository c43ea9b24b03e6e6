/** What a module's README describes. */
export interface ModuleInterface {
  readonly name: string;
  readonly source: string;
  readonly version?: string;
  readonly description: string;
  readonly variables: Array<{ name: string; description: string; type: string; default?: string; sensitive: boolean }>;
  readonly outputs: Array<{ name: string; description: string }>;
  /** The Mermaid flowchart of each state machine of the module, by its Terraform name. */
  readonly diagrams?: Array<{ name: string; mermaid: string }>;
  /** The variable every name the module gives a resource starts with, if it names any. */
  readonly namePrefix?: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The module's README.md: what it is, a usage block, inputs and outputs. */
export function moduleReadme(m: ModuleInterface): string {
  const required = m.variables.filter((v) => v.default === undefined);
  const usage = [
    `module "${m.name.replace(/-/g, '_')}" {`,
    `  source  = "${m.source}"`,
    ...(m.version ? [`  version = "${m.version}"`] : []),
    ...required.map((v) => `  ${v.name} = ...`),
    '}',
  ];
  const inputs = m.variables.length === 0 ? ['This module has no inputs.'] : [
    '| Name | Description | Type | Default | Required |',
    '|------|-------------|------|---------|:--------:|',
    ...m.variables.map((v) => `| ${v.name} | ${cell(v.description)}${v.sensitive ? ' (sensitive)' : ''} | \`${cell(v.type)}\` | ${v.default === undefined ? 'n/a' : `\`${cell(v.default)}\``} | ${v.default === undefined ? 'yes' : 'no'} |`),
  ];
  const outputs = m.outputs.length === 0 ? ['This module has no outputs.'] : [
    '| Name | Description |',
    '|------|-------------|',
    ...m.outputs.map((o) => `| ${o.name} | ${cell(o.description)} |`),
  ];
  return [
    `# terraform-aws-${m.name}`,
    '',
    m.description,
    '',
    '## Usage',
    '',
    '```hcl',
    ...usage,
    '```',
    '',
    'The module declares no provider: configure `hashicorp/aws` in the calling configuration.',
    'A runnable example is in `examples/basic`.',
    ...(m.namePrefix ? [
      '',
      `Every name the module gives a resource has \`var.${m.namePrefix}\` in front of it (of its last \`/\`-separated`,
      'part), and so has every ARN of the module that spells such a name out. The default, `""`, keeps the names',
      `the stack was synthesized with. To use the module more than once in one account and region, give each`,
      `instance its own, e.g. \`${m.namePrefix} = "blue-"\`.`,
    ] : []),
    ...(m.diagrams ?? []).flatMap((d, i) => [
      ...(i === 0 ? ['', '## Workflow'] : []),
      '',
      ...((m.diagrams ?? []).length > 1 ? [`### \`${d.name}\``, ''] : []),
      '```mermaid',
      d.mermaid.trimEnd(),
      '```',
    ]),
    '',
    '## Inputs',
    '',
    ...inputs,
    '',
    '## Outputs',
    '',
    ...outputs,
    '',
  ].join('\n');
}
