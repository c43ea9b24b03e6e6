// The value types for the Lambda functions a task creates (aws-cdk-lib takes them from aws-lambda).

/** The language family of a Lambda runtime. */
export enum RuntimeFamily {
  /** Node.js */
  NODEJS = 'NODEJS',
  /** Python */
  PYTHON = 'PYTHON',
  /** Java */
  JAVA = 'JAVA',
  /** .NET */
  DOTNET_CORE = 'DOTNET_CORE',
  /** Go */
  GO = 'GO',
  /** Ruby */
  RUBY = 'RUBY',
  /** Custom runtimes (`provided.al2023`) and anything else */
  OTHER = 'OTHER',
}

/**
 * A Lambda runtime, by its identifier (`nodejs24.x`). The tasks that create a function run JavaScript:
 * they accept Node.js runtimes only.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 */
export class Runtime {
  /** Node.js 18 (`nodejs18.x`). */
  public static readonly NODEJS_18_X = new Runtime('nodejs18.x', RuntimeFamily.NODEJS);
  /** Node.js 20 (`nodejs20.x`). */
  public static readonly NODEJS_20_X = new Runtime('nodejs20.x', RuntimeFamily.NODEJS);
  /** Node.js 22 (`nodejs22.x`). */
  public static readonly NODEJS_22_X = new Runtime('nodejs22.x', RuntimeFamily.NODEJS);
  /** Node.js 24 (`nodejs24.x`). */
  public static readonly NODEJS_24_X = new Runtime('nodejs24.x', RuntimeFamily.NODEJS);
  /** The newest Node.js runtime Lambda offers in every region (`nodejs24.x`). */
  public static readonly NODEJS_LATEST = new Runtime('nodejs24.x', RuntimeFamily.NODEJS);

  /**
   * @param name the runtime identifier Lambda uses (`nodejs24.x`, `python3.13`)
   * @param family its language family; default: NODEJS for a name starting with `nodejs`, else OTHER
   */
  constructor(public readonly name: string, family?: RuntimeFamily) {
    this.family = family ?? (name.startsWith('nodejs') ? RuntimeFamily.NODEJS : RuntimeFamily.OTHER);
  }

  /** The runtime's language family. */
  public readonly family: RuntimeFamily;

  /** The runtime identifier. */
  public toString(): string {
    return this.name;
  }
}

/**
 * The instruction set a Lambda function runs on.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html
 */
export class Architecture {
  /** 64-bit x86 (`x86_64`), Lambda's default. */
  public static readonly X86_64 = new Architecture('x86_64');
  /** 64-bit ARM, AWS Graviton (`arm64`). */
  public static readonly ARM_64 = new Architecture('arm64');

  /** An architecture by the name Lambda uses for it. */
  public static custom(name: string): Architecture {
    return new Architecture(name);
  }

  private constructor(
    /** The name Lambda uses (`x86_64`, `arm64`). */
    public readonly name: string,
  ) {}

  /** The architecture's name. */
  public toString(): string {
    return this.name;
  }
}
