import { BuildEnvironmentVariableType, type BuildEnvironmentVariable } from '../build-environment';

/** `EnvironmentVariablesOverride`: one `{ Name, Type, Value }` per variable, in the order given, PLAINTEXT unless typed. */
export function renderEnvironmentVariables(variables: { [name: string]: BuildEnvironmentVariable } | undefined): object[] | undefined {
  if (!variables) return undefined;
  return Object.entries(variables).map(([name, variable]) => ({
    Name: name,
    Type: variable.type ?? BuildEnvironmentVariableType.PLAINTEXT,
    Value: variable.value,
  }));
}
