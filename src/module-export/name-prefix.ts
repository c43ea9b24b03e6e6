// The module's `name_prefix` variable. A stack names its resources once (a state machine's name is
// generated from its construct path, a Lambda function is named by the user), so a module that kept those
// names could be used only once per account and region. Every name a resource block gives itself as a
// string gets `var.name_prefix` in front of its last path segment (`orders` -> `${var.name_prefix}orders`,
// `/aws/vendedlogs/states/orders` -> `/aws/vendedlogs/states/${var.name_prefix}orders`), and every ARN in
// the module that spells one of those names out (a state machine's policies name its own ARN, built from
// its name, because referencing the resource would be a cycle) follows. The default, "", keeps the names
// of the stack.
import { ValidationError } from '../core/errors';
import { endOfBracket, type HclAttribute, type HclBlock } from './hcl-syntax';

/** The variable's name in the module. */
export const NAME_PREFIX = 'name_prefix';
const REFERENCE = `\${var.${NAME_PREFIX}}`;
/** Terraform completes a `name_prefix` (`bucket_prefix`) with 26 characters of its own. */
const UNIQUE_SUFFIX_LENGTH = 26;

/**
 * How a resource type names itself, where it is not the attribute `name`, how long that name may be, and
 * the resource part of its ARN before the name (`<marker><name>`), where that is distinctive.
 */
interface NameRule {
  readonly attributes?: string[];
  readonly maxLength?: number;
  readonly arnMarkers?: string[];
  /** Names of this type are lower case (S3 buckets). */
  readonly lowerCase?: boolean;
}

const RULES: Record<string, NameRule> = {
  aws_sfn_state_machine: { maxLength: 80, arnMarkers: [':stateMachine:', ':execution:', ':express:', ':mapRun:'] },
  aws_sfn_activity: { maxLength: 80, arnMarkers: [':activity:'] },
  aws_lambda_function: { attributes: ['function_name'], maxLength: 64, arnMarkers: [':function:'] },
  aws_iam_role: { attributes: ['name', 'name_prefix'], maxLength: 64, arnMarkers: [':role/'] },
  aws_iam_policy: { attributes: ['name', 'name_prefix'], maxLength: 128, arnMarkers: [':policy/'] },
  aws_iam_role_policy: { attributes: ['name', 'name_prefix'], maxLength: 128 },
  aws_cloudwatch_log_group: { attributes: ['name', 'name_prefix'], maxLength: 512, arnMarkers: [':log-group:'] },
  aws_dynamodb_table: { maxLength: 255, arnMarkers: [':table/'] },
  aws_sqs_queue: { attributes: ['name', 'name_prefix'], maxLength: 80 },
  aws_sns_topic: { attributes: ['name', 'name_prefix'], maxLength: 256 },
  aws_s3_bucket: { attributes: ['bucket', 'bucket_prefix'], maxLength: 63, arnMarkers: [':::'], lowerCase: true },
  aws_ecs_task_definition: { attributes: ['family'], maxLength: 255, arnMarkers: [':task-definition/'] },
  // scoped to their function or state machine (already prefixed), and spelled out in qualifiers and ARNs
  aws_lambda_alias: { attributes: [] },
  aws_sfn_alias: { attributes: [] },
};

interface Renamed {
  readonly address: string;
  readonly rule: NameRule;
  /** The longest this name may be: the rule's, less Terraform's unique suffix for a `*_prefix`. */
  readonly maxLength?: number;
  readonly attribute: string;
  /** The name's text inside the quotes, before and after. */
  readonly before: string;
  readonly after: string;
  /** Length of a name without interpolations, else undefined. */
  readonly literalLength?: number;
}

/**
 * Prefixes the names of `blocks` (after their renames) and the ARNs that spell them out; returns the
 * variable to declare, or undefined when no resource names itself.
 */
export function applyNamePrefix(blocks: HclBlock[]): HclBlock | undefined {
  const taken = blocks.find((b) => b.type === 'variable' && b.labels[0] === NAME_PREFIX);
  const renamed: Renamed[] = [];
  for (const block of blocks) {
    if (block.type !== 'resource') continue;
    const rule = RULES[block.labels[0]] ?? {};
    const names = rule.attributes ?? ['name', 'name_prefix'];
    for (const item of block.body) {
      if (item.kind !== 'attribute' || !names.includes(item.name)) continue;
      const prefixed = prefixName(item.expression);
      if (prefixed === undefined) continue;
      const before = prefixed.slice(1, -1).replace(REFERENCE, '');
      renamed.push({
        address: `${block.labels[0]}.${block.labels[1]}`,
        rule,
        attribute: item.name,
        maxLength: rule.maxLength !== undefined && item.name.endsWith('_prefix') ? rule.maxLength - UNIQUE_SUFFIX_LENGTH : rule.maxLength,
        before,
        after: prefixed.slice(1, -1),
        literalLength: /[$%]\{|\\/.test(before) ? undefined : before.length,
      });
      item.expression = prefixed;
    }
  }
  if (renamed.length === 0) return undefined;
  if (taken) {
    throw new ValidationError(`variable ${NAME_PREFIX}: the exported module declares a variable of this name to prefix the names of its resources (${renamed.map((r) => r.address).join(', ')}); rename the stack's TerraformVariable`);
  }
  rewriteArns(blocks, renamed);
  return prefixVariable(renamed);
}

/**
 * A quoted name (or a variable) with the prefix before its last literal `/`-separated segment; undefined
 * for other expressions (a name taken from another resource or a data source is left alone).
 */
function prefixName(name: string): string | undefined {
  const expression = /^var\.[A-Za-z_][\w-]*$/.test(name) ? `"\${${name}}"` : name;
  if (!expression.startsWith('"') || !expression.endsWith('"') || expression.length < 2) return undefined;
  let insertAt = 1;
  for (let i = 1; i < expression.length - 1; i++) {
    const c = expression[i];
    if (c === '\\') i++;
    else if ((c === '$' || c === '%') && expression[i + 1] === c && expression[i + 2] === '{') i += 2;
    else if ((c === '$' || c === '%') && expression[i + 1] === '{') i = endOfBracket(expression, i + 2, '}') - 1;
    else if (c === '/') insertAt = i + 1;
    else if (c === '"') return undefined; // not one quoted string (`"a" == "b"`, ...)
  }
  return `${expression.slice(0, insertAt)}${REFERENCE}${expression.slice(insertAt)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every `<marker><old name>` that ends where a name ends becomes `<marker><new name>`, in one pass over
// each attribute.
function rewriteArns(blocks: HclBlock[], renamed: Renamed[]): void {
  const replacements = new Map<string, string>();
  for (const r of renamed) {
    for (const marker of r.rule.arnMarkers ?? []) replacements.set(`${marker}${r.before}`, `${marker}${r.after}`);
  }
  if (replacements.size === 0) return;
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:${keys.map(escapeRegExp).join('|')})(?=[:/"*]|$)`, 'g');
  const visit = (items: HclBlock['body']) => {
    for (const item of items) {
      if (item.kind === 'block') visit(item.body);
      else (item as HclAttribute).expression = item.expression.replace(pattern, (m) => replacements.get(m)!);
    }
  };
  for (const block of blocks) visit(block.body);
}

function prefixVariable(renamed: Renamed[]): HclBlock {
  let room = Infinity;
  let longest: Renamed | undefined;
  for (const r of renamed) {
    if (r.maxLength === undefined || r.literalLength === undefined) continue;
    if (r.maxLength - r.literalLength < room) {
      room = r.maxLength - r.literalLength;
      longest = r;
    }
  }
  const lowerCase = renamed.some((r) => r.rule.lowerCase);
  const characters = lowerCase ? 'a-z0-9-' : 'A-Za-z0-9_-';
  const allowed = lowerCase ? "lower-case letters, digits and '-'" : "letters, digits, '-' and '_'";
  const limit = longest
    ? `at most ${room} characters of ${allowed} (${longest.address} ${longest.attribute.endsWith('_prefix') ? `has the ${longest.attribute}` : 'is named'} ${JSON.stringify(longest.before)}, and ${longest.attribute.endsWith('_prefix') ? 'its prefixes' : 'its names'} may have ${longest.maxLength} characters)`
    : `made of ${allowed}`;
  const attr = (name: string, expression: string): HclAttribute => ({ kind: 'attribute', name, expression });
  const names = renamed.map((r) => r.address);
  return {
    kind: 'block',
    type: 'variable',
    labels: [NAME_PREFIX],
    body: [
      attr('description', JSON.stringify(`Put before the name of every resource the module names (${names.join(', ')}); give each instance of the module its own to use it more than once in one account and region. The default keeps the names of the stack.`)),
      attr('type', 'string'),
      attr('default', '""'),
      attr('nullable', 'false'),
      {
        kind: 'block',
        type: 'validation',
        labels: [],
        body: [
          attr('condition', `can(regex(${JSON.stringify(`^[${characters}]${Number.isFinite(room) ? `{0,${room}}` : '*'}$`)}, var.${NAME_PREFIX}))`),
          attr('error_message', JSON.stringify(`${NAME_PREFIX} must be ${limit}.`)),
        ],
      },
    ],
  };
}
