#!/usr/bin/env node
// Writes src/core/private/prop-schema.generated.ts: the declared type of every member of every public
// struct, the props struct of every construct class, and what the checker needs to name the classes,
// enums and interfaces those members refer to. src/core/private/prop-check.ts checks the props a
// construct receives against it, so plain JavaScript (and every jsii language) gets the same type errors
// TypeScript users get from the compiler.
//
// The types come from the TypeScript sources (the declarations jsii compiles), read with the TypeScript
// compiler API before jsii runs: `npm run schema` writes the file, `npm run build` runs it first, and
// __tests__/core/prop-schema.test.ts fails when the committed copy is stale.
//
// Type grammar of the file: string, number, boolean, any, token (cdktf's IResolvable), a name (a class,
// enum, struct or interface of this library), T[] (array), {T} (object mapping names to T), A|B (union).
// A member whose type starts with ! is required.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'src', 'index.ts');
const OUT = path.join(ROOT, 'src', 'core', 'private', 'prop-schema.generated.ts');
// Namespaces of the root index: not part of a type's name in messages (sfn.TaskInput is TaskInput).
const NAMESPACES = new Set(['sfn', 'tasks', 'iam']);

function generate() {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  const program = ts.createProgram({ rootNames: [ENTRY], options: { ...parsed.options, noEmit: true, incremental: false } });
  const checker = program.getTypeChecker();
  const resolve = (s) => (s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

  // Every exported symbol, by its export path (sfn.TaskInput, tasks.EmrCreateCluster.InstanceRoleType).
  const exportPath = new Map();
  const walk = (symbols, prefix) => {
    for (const exported of symbols) {
      const s = resolve(exported);
      const name = `${prefix}${exported.name}`;
      if (s.flags & ts.SymbolFlags.ValueModule && !(s.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum))) {
        walk(checker.getExportsOfModule(s), `${name}.`);
        continue;
      }
      if (!exportPath.has(s)) exportPath.set(s, name);
      if (s.flags & ts.SymbolFlags.NamespaceModule && s.exports) walk([...s.exports.values()], `${name}.`);
      // a class merged with a namespace (EmrCreateCluster.InstanceRoleType): the namespace's types
      else if (s.flags & ts.SymbolFlags.Class && s.flags & ts.SymbolFlags.ValueModule && s.exports) {
        walk([...s.exports.values()].filter((m) => m.flags & (ts.SymbolFlags.Enum | ts.SymbolFlags.Interface | ts.SymbolFlags.Class)), `${name}.`);
      }
    }
  };
  walk(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(ENTRY))), '');

  const shortNameOf = (p) => {
    const parts = p.split('.');
    return NAMESPACES.has(parts[0]) ? parts.slice(1).join('.') : p;
  };
  // aws-cdk-lib has a few names in two modules (sfn.EncryptionConfiguration, a class, and
  // tasks.EncryptionConfiguration, Athena's struct): a struct, interface or enum whose short name a
  // class of the other namespace has keeps its namespace (classes are checked by their own name)
  const classNames = new Set([...exportPath].filter(([s]) => s.flags & ts.SymbolFlags.Class).map(([, p]) => shortNameOf(p)));
  const nameOf = (s) => {
    const p = exportPath.get(s);
    if (p === undefined) throw new Error(`${s.name} is used in a public prop but not exported from src/index.ts`);
    const short = shortNameOf(p);
    return !(s.flags & ts.SymbolFlags.Class) && classNames.has(short) ? p : short;
  };
  const byName = new Map();
  for (const s of exportPath.keys()) {
    const n = nameOf(s);
    if (byName.has(n) && byName.get(n) !== s) throw new Error(`two exported types are named ${n}: give one another name, or qualify the names in prop-check`);
    byName.set(n, s);
  }

  const structs = new Map();
  const interfaces = new Map();
  const enums = new Map();
  const classes = new Map();
  const isStructName = (n) => !/^I[A-Z]/.test(n.split('.').pop());

  const typeOf = (node, where) => {
    if (node === undefined) throw new Error(`${where} has no declared type`);
    switch (node.kind) {
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword: // jsii's `object` is any value
        return 'any';
      case ts.SyntaxKind.StringKeyword:
        return 'string';
      case ts.SyntaxKind.NumberKeyword:
        return 'number';
      case ts.SyntaxKind.BooleanKeyword:
        return 'boolean';
      case ts.SyntaxKind.ParenthesizedType:
        return typeOf(node.type, where);
      case ts.SyntaxKind.ArrayType:
        return `${wrap(typeOf(node.elementType, where))}[]`;
      case ts.SyntaxKind.UnionType: {
        const parts = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !(t.kind === ts.SyntaxKind.LiteralType && t.literal.kind === ts.SyntaxKind.NullKeyword));
        const kinds = [...new Set(parts.map((t) => typeOf(t, where)))];
        return kinds.includes('any') ? 'any' : kinds.join('|');
      }
      case ts.SyntaxKind.TypeLiteral: {
        const index = node.members.length === 1 && node.members[0].kind === ts.SyntaxKind.IndexSignature ? node.members[0] : undefined;
        if (!index) throw new Error(`${where}: an inline object type is not jsii; declare an interface`);
        return `{${typeOf(index.type, where)}}`;
      }
      case ts.SyntaxKind.TypeReference:
        return referenceType(node, where);
      default:
        throw new Error(`${where}: type ${ts.SyntaxKind[node.kind]} has no kind in the prop schema`);
    }
  };
  const wrap = (t) => (t.includes('|') ? `(${t})` : t);

  const referenceType = (node, where) => {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.length === 1) return `${wrap(typeOf(node.typeArguments[0], where))}[]`;
    const s = resolve(checker.getSymbolAtLocation(node.typeName));
    if (!exportPath.has(s)) {
      // Types of other packages. cdktf's IResolvable is a token; a construct scope is any construct.
      if (s.name === 'IResolvable') return 'token';
      // a JavaScript Date (jsii's date type)
      if (s.name === 'Date') return 'date';
      if (s.name === 'IConstruct' || s.name === 'Construct') return 'any';
      throw new Error(`${where}: ${name} comes from another package; give it a kind in scripts/prop-schema.js`);
    }
    const n = nameOf(s);
    if (s.flags & ts.SymbolFlags.Enum) addEnum(s, n);
    else if (s.flags & ts.SymbolFlags.Class) addClass(s, n);
    else if (s.flags & ts.SymbolFlags.Interface) (isStructName(n) ? addStruct : addInterface)(s, n);
    else throw new Error(`${where}: ${name} is neither a class, an enum nor an interface`);
    return n;
  };

  const isInternal = (decl) => ts.getJSDocTags(decl).some((t) => t.tagName.text === 'internal');
  const ownMembers = (decl) => decl.members.filter((m) => m.name && !m.name.getText().startsWith('_') && !isInternal(m));

  // A struct is written with its own members and the structs it extends, as declared.
  function addStruct(s, n) {
    if (structs.has(n)) return;
    const entry = { extends: [], members: {} };
    structs.set(n, entry);
    addStructMembers(s, n, entry);
  }

  // An @internal base that is not exported (jsii erases it) gives its members to the struct.
  function addStructMembers(s, n, entry) {
    const decl = s.declarations.find((d) => d.kind === ts.SyntaxKind.InterfaceDeclaration);
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) {
        const base = resolve(checker.getSymbolAtLocation(t.expression));
        if (!exportPath.has(base) && base.declarations.some(isInternal)) {
          addStructMembers(base, n, entry);
          continue;
        }
        const bn = nameOf(base);
        addStruct(base, bn);
        entry.extends.push(bn);
      }
    }
    for (const m of ownMembers(decl)) {
      if (m.kind !== ts.SyntaxKind.PropertySignature) throw new Error(`${n}.${m.name.getText()}: a struct has properties only`);
      entry.members[m.name.getText()] = `${m.questionToken ? '' : '!'}${typeOf(m.type, `${n}.${m.name.getText()}`)}`;
    }
  }

  function addInterface(s, n) {
    if (interfaces.has(n)) return;
    // Behavioural interfaces are checked by the members every implementation has.
    const members = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(s));
    interfaces.set(n, members.filter((m) => !m.name.startsWith('_') && !(m.flags & ts.SymbolFlags.Optional)).map((m) => m.name));
  }

  function addEnum(s, n) {
    if (enums.has(n)) return;
    const values = {};
    for (const member of s.valueDeclaration.members) values[member.name.getText()] = checker.getConstantValue(member);
    enums.set(n, values);
  }

  // Exported classes and the classes they extend, to name the ways of making an instance of each.
  const classSymbols = [...exportPath.keys()].filter((s) => s.flags & ts.SymbolFlags.Class);
  const baseOf = (s) => {
    const clause = s.valueDeclaration.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    return clause ? resolve(checker.getSymbolAtLocation(clause.types[0].expression)) : undefined;
  };
  const extendsClass = (s, base) => {
    for (let c = s; c; c = baseOf(c)) if (c === base) return true;
    return false;
  };
  const isPublic = (member) => !(ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected))
    && !member.name?.getText().startsWith('_');
  const isAbstract = (s) => (ts.getCombinedModifierFlags(s.valueDeclaration) & ts.ModifierFlags.Abstract) !== 0;
  const publicConstructor = (s) => {
    const ctor = s.valueDeclaration.members.find((m) => m.kind === ts.SyntaxKind.Constructor);
    return !isAbstract(s) && (ctor === undefined || isPublic(ctor));
  };

  // The ways to make an instance, for messages: the class's (and its subclasses') static factories and
  // public constructors, the first few of them.
  const MAX_MAKE = 4;
  function addClass(s, n, asType = true) {
    let entry = classes.get(n);
    if (entry === undefined) {
      entry = { path: exportPath.get(s) };
      classes.set(n, entry);
    }
    if (!asType || entry.make) return;
    const make = [];
    for (const c of classSymbols) {
      if (!extendsClass(c, s)) continue;
      const cn = nameOf(c);
      for (const m of c.valueDeclaration.members) {
        const isStatic = ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static;
        if (m.kind !== ts.SyntaxKind.MethodDeclaration || !isStatic || !isPublic(m) || m.type?.kind !== ts.SyntaxKind.TypeReference) continue;
        const returned = resolve(checker.getSymbolAtLocation(m.type.typeName));
        if (classSymbols.includes(returned) && extendsClass(returned, s)) make.push(`${cn}.${m.name.getText()}(...)`);
      }
      if (publicConstructor(c)) make.push(`new ${cn}(...)`);
    }
    entry.make = make.length > MAX_MAKE ? [...make.slice(0, MAX_MAKE - 1), '...'] : make;
  }

  // Constructs: the struct each class's constructor takes as `props`.
  const isConstruct = (s) => {
    const type = checker.getDeclaredTypeOfSymbol(s);
    const visit = (t) => (checker.getBaseTypes(t) ?? []).some((b) => (b.symbol?.name === 'Construct' && !exportPath.has(b.symbol)) || visit(b));
    return type.isClass() && visit(type);
  };
  for (const s of classSymbols) {
    if (!isConstruct(s)) continue;
    const ctor = s.valueDeclaration.members.find((m) => m.kind === ts.SyntaxKind.Constructor);
    const props = ctor?.parameters.find((p) => p.name.getText() === 'props');
    if (!props) continue;
    const n = nameOf(s);
    addClass(s, n, false);
    classes.get(n).props = typeOf(props.type, `${n} props`);
  }
  // Structs the public methods of those classes take (addRetry's RetryProps, ...), so that they can be
  // checked too. (The static jsonPath/jsonata factories pass their props on to the constructor.)
  for (const s of classSymbols) {
    for (const m of s.valueDeclaration.members) {
      if (m.kind !== ts.SyntaxKind.MethodDeclaration || ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static || !isPublic(m)) continue;
      for (const p of m.parameters) {
        const ref = p.type?.kind === ts.SyntaxKind.TypeReference ? resolve(checker.getSymbolAtLocation(p.type.typeName)) : undefined;
        if (ref && exportPath.has(ref) && ref.flags & ts.SymbolFlags.Interface && isStructName(nameOf(ref))) addStruct(ref, nameOf(ref));
      }
    }
  }

  return render({ classes, structs, interfaces, enums });
}

function render({ classes, structs, interfaces, enums }) {
  const sorted = (m) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  const obj = (o) => (Object.keys(o).length === 0 ? '{}' : `{ ${Object.entries(o).map(([k, v]) => `${key(k)}: ${JSON.stringify(v)}`).join(', ')} }`);
  const section = (name, m, line) => [`  ${name}: {`, ...sorted(m).map(([k, v]) => `    ${key(k)}: ${line(v)},`), '  },'];
  return [
    '// Generated by scripts/prop-schema.js from the declared types of src/ (`npm run schema`): do not edit.',
    '// __tests__/core/prop-schema.test.ts fails when this copy is stale.',
    "import type { PropSchema } from './prop-check';",
    '',
    'export const PROP_SCHEMA: PropSchema = {',
    ...section('classes', classes, (v) => `{ path: ${JSON.stringify(v.path)}${v.props ? `, props: ${JSON.stringify(v.props)}` : ''}${v.make?.length ? `, make: ${JSON.stringify(v.make)}` : ''} }`),
    ...section('structs', structs, (v) => `{ ${v.extends.length > 0 ? `extends: ${JSON.stringify(v.extends)}, ` : ''}members: ${obj(v.members)} }`),
    ...section('interfaces', interfaces, (v) => JSON.stringify(v)),
    ...section('enums', enums, obj),
    '};',
    '',
  ].join('\n');
}

module.exports = { generate, OUT };

if (require.main === module) {
  const text = generate();
  const before = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (text !== before) fs.writeFileSync(OUT, text);
  process.stdout.write(`prop-schema: ${path.relative(ROOT, OUT)} ${text === before ? 'is up to date' : 'written'}\n`);
}
