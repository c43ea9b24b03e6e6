// The test evaluator reads Terraform's template escapes as Terraform does. Each expected value below was
// produced by Terraform's own engine (../shared/tools/tf-eval) from the same HCL string inside jsonencode();
// references print as their ${address} placeholder in both.
import { evaluateExpression } from './hcl-eval';

const READ_BY_TERRAFORM: Array<[string, string]> = [
  ['"p $${var.x}"', 'p ${var.x}'],
  ['"p $$${var.x}"', 'p $${var.x}'],
  ['"p $$$${var.x}"', 'p $$${var.x}'],
  ['"p $$$$${var.x}"', 'p $$$${var.x}'],
  ['"p ${"$"}${var.x}"', 'p $${var.x}'],
  ['"p ${"$$"}${var.x}"', 'p $$${var.x}'],
  ['"p \\u0024${var.x}"', 'p $${var.x}'],
  ['"p %%{x}"', 'p %{x}'],
  ['"p %%%{x}"', 'p %%{x}'],
  ['"p %${var.x}"', 'p %${var.x}'],
  ['"p $"', 'p $'],
  ['"p $$"', 'p $$'],
  ['"p $ {x}"', 'p $ {x}'],
  ['"p ${"$${"}"', 'p ${'],
  ['"p ${"a\\"b"}"', 'p a"b'],
  ['"p ${"%%{"}"', 'p %{'],
  ['"p \\\\${var.x}"', 'p \\${var.x}'],
  ['"p \\\\$${var.x}"', 'p \\${var.x}'],
  ['"p $\\\\${var.x}"', 'p $\\${var.x}'],
  ['"${var.x}$"', '${var.x}$'],
  ['"${var.x}${"$"}"', '${var.x}$'],
  ['"${var.x}$${var.y}"', '${var.x}${var.y}'],
  ['"${var.x}${"$"}${var.y}"', '${var.x}$${var.y}'],
  ['"p ${"$"}{x}"', 'p ${x}'],
  ['"p ${"$"}${"$"}${var.x}"', 'p $$${var.x}'],
];

test.each(READ_BY_TERRAFORM)('%s evaluates to %j, as Terraform reads it', (hcl, expected) => {
  expect(evaluateExpression(hcl)).toBe(expected);
});

// substr over known values (the name prefixes of created roles), as tf-eval printed them.
test.each([
  ['"${substr("prod-flow", 0, 37)}-"', 'prod-flow-'],
  ['"${substr("abcdef", 0, 3)}-"', 'abc-'],
  ['"${substr("abcdef", 2, -1)}"', 'cdef'],
  ['"${substr(var.x, 0, 3)}-"', '${substr(var.x, 0, 3)}-'],
])('%s evaluates to %j, as Terraform reads it', (hcl, expected) => {
  expect(evaluateExpression(hcl)).toBe(expected);
});
