import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { sfn } from '../../../src';
import { newStack, renderState, synthMachine } from '../../util/synth';

const {
  DistributedMap, Pass, StateMachine, DefinitionBody, JsonPath, QueryLanguage, StateMachineType, ProcessorMode, ProcessorType,
  S3ObjectsItemReader, S3JsonItemReader, S3JsonLItemReader, S3CsvItemReader, S3ManifestItemReader, CsvHeaders, CsvDelimiter,
  ItemBatcher, ResultWriter, ResultWriterV2, WriterConfig, OutputType, Transformation,
} = sfn;

const PARTITION = '${data.aws_partition.current_partition.partition}';
const statesArn = (r: string) => `arn:${PARTITION}:states:\${data.aws_region.current_region.region}:\${data.aws_caller_identity.current_account.account_id}:${r}`;
const childStatements = (name: string, label = '*') => [
  { Effect: 'Allow', Action: 'states:StartExecution', Resource: statesArn(`stateMachine:${name}`) },
  { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:StopExecution'], Resource: statesArn(`execution:${name}/*`) },
  { Effect: 'Allow', Action: 'states:RedriveExecution', Resource: statesArn(`execution:${name}/${label}:*`) },
];

function machine(scope: Construct, chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): sfn.StateMachine {
  return new StateMachine(scope, 'SM', { definitionBody: DefinitionBody.fromChainable(chain), stateMachineName: 'orders', ...props });
}

function bound<T extends sfn.State>(state: T): T {
  new sfn.StateGraph(state, 'test graph');
  return state;
}

function setup() {
  const stack = newStack();
  const bucket = new S3Bucket(stack, 'Data', { bucket: 'data' });
  return { stack, bucket };
}

describe('DistributedMap rendering and permissions', () => {
  test('CSV reader, batcher, result writer, failure tolerance, label (JSONPath)', () => {
    const { stack, bucket } = setup();
    const map = new DistributedMap(stack, 'Each', {
      itemReader: new S3CsvItemReader({ bucket, key: 'in/orders.csv', maxItems: 1000, csvHeaders: CsvHeaders.use(['id', 'total']), csvDelimiter: CsvDelimiter.SEMICOLON }),
      itemBatcher: new ItemBatcher({ maxItemsPerBatch: 10, maxInputBytesPerBatch: 1024, batchInput: { run: JsonPath.stringAt('$$.Execution.Name'), fixed: 'x' } }),
      resultWriterV2: new ResultWriterV2({ bucket, prefix: 'out/', writerConfig: new WriterConfig({ outputType: OutputType.JSONL, transformation: Transformation.COMPACT }) }),
      toleratedFailurePercentage: 5,
      toleratedFailureCountPath: '$.maxFailures',
      label: 'orders-run',
      mapExecutionType: StateMachineType.EXPRESS,
      maxConcurrency: 100,
      resultPath: JsonPath.DISCARD,
    });
    map.itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each).toEqual({
      Type: 'Map',
      ItemReader: {
        Resource: `arn:${PARTITION}:states:::s3:getObject`,
        ReaderConfig: { InputType: 'CSV', MaxItems: 1000, CSVHeaderLocation: 'GIVEN', CSVHeaders: ['id', 'total'], CSVDelimiter: 'SEMICOLON' },
        Parameters: { Bucket: '${aws_s3_bucket.Data.bucket}', Key: 'in/orders.csv' },
      },
      ItemBatcher: { MaxItemsPerBatch: 10, MaxInputBytesPerBatch: 1024, BatchInput: { 'run.$': '$$.Execution.Name', 'fixed': 'x' } },
      ResultWriter: {
        Resource: `arn:${PARTITION}:states:::s3:putObject`,
        Parameters: { Bucket: '${aws_s3_bucket.Data.bucket}', Prefix: 'out/' },
        WriterConfig: { OutputType: 'JSONL', Transformation: 'COMPACT' },
      },
      ToleratedFailurePercentage: 5,
      ToleratedFailureCountPath: '$.maxFailures',
      Label: 'orders-run',
      MaxConcurrency: 100,
      ResultPath: null,
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '${aws_s3_bucket.Data.arn}/in/orders.csv' },
      { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'], Resource: '${aws_s3_bucket.Data.arn}/*' },
      ...childStatements('orders', 'orders-run'),
    ]);
  });

  test('objects reader with prefix lists the bucket; default execution type is STANDARD', () => {
    const { stack, bucket } = setup();
    const map = new DistributedMap(stack, 'Each', { itemReader: new S3ObjectsItemReader({ bucket, prefix: 'logs/', maxItems: 5 }) }).itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each.ItemReader).toEqual({
      Resource: `arn:${PARTITION}:states:::s3:listObjectsV2`,
      ReaderConfig: { MaxItems: 5 },
      Parameters: { Bucket: '${aws_s3_bucket.Data.bucket}', Prefix: 'logs/' },
    });
    expect(m.definition.States.Each.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '${aws_s3_bucket.Data.arn}' }, ...childStatements('orders')]);
  });

  test.each([
    ['JSON', (b: any) => new S3JsonItemReader({ bucket: b, key: 'a.json' }), 'a.json'],
    ['JSONL', (b: any) => new S3JsonLItemReader({ bucket: b, key: 'a.jsonl' }), 'a.jsonl'],
    ['MANIFEST', (b: any) => new S3ManifestItemReader({ bucket: b, key: 'inv/manifest.json' }), '*'],
    ['CSV', (b: any) => new S3CsvItemReader({ bucket: b, key: 'a.csv' }), 'a.csv'],
  ])('%s reader: InputType and GetObject scope', (inputType, make, objectKey) => {
    const { stack, bucket } = setup();
    const map = new DistributedMap(stack, 'Each', { itemReader: make(bucket) }).itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each.ItemReader.ReaderConfig.InputType).toBe(inputType);
    if (inputType === 'CSV') expect(m.definition.States.Each.ItemReader.ReaderConfig.CSVHeaderLocation).toBe('FIRST_ROW');
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: `\${aws_s3_bucket.Data.arn}/${objectKey}` });
  });

  test('bucket and key from the input (JSONPath): Bucket.$ / Key.$, and S3 permissions on every bucket', () => {
    const { stack } = setup();
    const map = new DistributedMap(stack, 'Each', {
      itemReader: new S3JsonItemReader({ bucketNamePath: '$.bucket', key: JsonPath.stringAt('$.key') }),
      resultWriterV2: new ResultWriterV2({ bucketNamePath: JsonPath.stringAt('$.out'), prefix: JsonPath.stringAt('$.prefix') }),
    }).itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each.ItemReader.Parameters).toEqual({ 'Bucket.$': '$.bucket', 'Key.$': '$.key' });
    expect(m.definition.States.Each.ResultWriter.Parameters).toEqual({ 'Bucket.$': '$.out', 'Prefix.$': '$.prefix' });
    // the reader's and the writer's statements share their resource, so they merge into one
    expect(m.statements.slice(0, 1)).toEqual([
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'], Resource: `arn:${PARTITION}:s3:::*/*` },
    ]);
  });

  test('JSONata: Arguments, JSONata bucket expressions, no path fields', () => {
    const { stack, bucket } = setup();
    const map = DistributedMap.jsonata(stack, 'Each', {
      itemReader: new S3ObjectsItemReader({ bucketNamePath: '{% $states.input.bucket %}', prefix: '{% $states.input.prefix %}' }),
      resultWriterV2: new ResultWriterV2({ bucket, prefix: 'out' }),
      itemBatcher: new ItemBatcher({ maxItemsPerBatch: 2, batchInput: { at: '{% $now() %}' } }),
      jsonataItemSelector: '{% $states.context.Map.Item.Value %}',
      toleratedFailureCount: 2,
      outputs: { n: '{% $count($states.result) %}' },
    }).itemProcessor(Pass.jsonata(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    const state = m.definition.States.Each;
    expect(state.QueryLanguage).toBe('JSONata');
    expect(state.ItemReader).toEqual({ Resource: `arn:${PARTITION}:states:::s3:listObjectsV2`, Arguments: { Bucket: '{% $states.input.bucket %}', Prefix: '{% $states.input.prefix %}' } });
    expect(state.ResultWriter).toEqual({ Resource: `arn:${PARTITION}:states:::s3:putObject`, Arguments: { Bucket: '${aws_s3_bucket.Data.bucket}', Prefix: 'out' } });
    expect(state.ItemBatcher).toEqual({ MaxItemsPerBatch: 2, BatchInput: { at: '{% $now() %}' } });
    expect(state).toMatchObject({ ItemSelector: '{% $states.context.Map.Item.Value %}', ToleratedFailureCount: 2, Output: { n: '{% $count($states.result) %}' } });
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:${PARTITION}:s3:::*` });
  });

  test('deprecated ResultWriter, and a writer with only a WriterConfig (no S3, no S3 permissions)', () => {
    const { stack, bucket } = setup();
    const legacy = bound(new DistributedMap(stack, 'Legacy', { resultWriter: new ResultWriter({ bucket, prefix: 'p' }) }).itemProcessor(new Pass(stack, 'A')));
    expect(renderState(legacy).ResultWriter).toEqual({ Resource: `arn:${PARTITION}:states:::s3:putObject`, Parameters: { Bucket: '${aws_s3_bucket.Data.bucket}', Prefix: 'p' } });
    // AWS accepts a ResultWriter with only a WriterConfig (Developer Guide, "ResultWriter (Map)", required
    // field combinations: the results are reshaped and stay in the state output). asl-validator 4 wants a
    // Resource in every ResultWriter, so this state is rendered on its own instead of synthesized.
    const configOnly = bound(new DistributedMap(stack, 'Shape', { resultWriterV2: new ResultWriterV2({ writerConfig: new WriterConfig({ outputType: OutputType.JSON, transformation: Transformation.FLATTEN }) }) })
      .itemProcessor(new Pass(stack, 'B')));
    expect(renderState(configOnly).ResultWriter).toEqual({ WriterConfig: { OutputType: 'JSON', Transformation: 'FLATTEN' } });
    expect(configOnly._policyStatements().flatMap((st) => st.actions)).toEqual(['states:StartExecution', 'states:DescribeExecution', 'states:StopExecution', 'states:RedriveExecution']);
  });

  test('items from the input, paths for the batcher, retry and catch', () => {
    const { stack } = setup();
    const map = new DistributedMap(stack, 'Each', { itemsPath: '$.items', itemBatcher: new ItemBatcher({ maxItemsPerBatchPath: '$.n', maxInputBytesPerBatchPath: '$.bytes' }), toleratedFailurePercentagePath: '$.pct' })
      .itemProcessor(new Pass(stack, 'Item'))
      .addRetry({ errors: [sfn.Errors.ITEM_READER_FAILED] })
      .addCatch(new Pass(stack, 'Failed'));
    machine(stack, map);
    const state = synthMachine(stack).definition.States.Each;
    expect(state).toMatchObject({
      ItemsPath: '$.items',
      ItemBatcher: { MaxItemsPerBatchPath: '$.n', MaxInputBytesPerBatchPath: '$.bytes' },
      ToleratedFailurePercentagePath: '$.pct',
      Retry: [{ ErrorEquals: ['States.ItemReaderFailed'] }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
    });
  });

  test('a DistributedMap nested in a Map and in a Parallel branch grants on the owning state machine', () => {
    const { stack } = setup();
    const dmap = new DistributedMap(stack, 'Inner').itemProcessor(new Pass(stack, 'Item'));
    const outer = new sfn.Map(stack, 'Outer').itemProcessor(dmap);
    const par = new sfn.Parallel(stack, 'Par').branch(outer);
    machine(stack, par, { stateMachineName: 'nested' });
    const m = synthMachine(stack);
    expect(m.definition.States.Par.Branches[0].States.Outer.ItemProcessor.States.Inner.ItemProcessor.ProcessorConfig.Mode).toBe('DISTRIBUTED');
    expect(m.statements).toEqual(childStatements('nested'));
  });

  test('without a state machine name the child-execution ARNs use *', () => {
    const { stack } = setup();
    const map = bound(new DistributedMap(stack, 'Each').itemProcessor(new Pass(stack, 'Item')));
    const [start] = map._policyStatements();
    expect(start.resources[0]).toMatch(/:stateMachine:\*$/);
  });

  test('an SSE-KMS bucket: readers may decrypt with the key, writers may also make data keys', () => {
    const { stack, bucket } = setup();
    const inKey = new KmsKey(stack, 'InKey');
    const outKey = { arn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' };
    const map = new DistributedMap(stack, 'Each', {
      itemReader: new S3JsonItemReader({ bucket, key: 'in.json', kmsKey: inKey }),
      resultWriterV2: new ResultWriterV2({ bucket, prefix: 'out/', kmsKey: outKey }),
    }).itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const kms = synthMachine(stack).statements.filter((st: any) => [st.Action].flat().some((a: string) => a.startsWith('kms:')));
    // a multipart upload to an SSE-KMS bucket needs both (S3 reads the encrypted parts back to complete it)
    expect(kms).toEqual([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '${aws_kms_key.InKey.arn}' },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: outKey.arn },
    ]);
  });

  test.each([
    ['S3JsonLItemReader', (b: any, k: any) => new S3JsonLItemReader({ bucket: b, key: 'a.jsonl', kmsKey: k })],
    ['S3CsvItemReader', (b: any, k: any) => new S3CsvItemReader({ bucket: b, key: 'a.csv', kmsKey: k })],
    ['S3ManifestItemReader', (b: any, k: any) => new S3ManifestItemReader({ bucket: b, key: 'manifest.json', kmsKey: k })],
  ])('%s with a key, and the deprecated ResultWriter with a key', (_name, make) => {
    const { stack, bucket } = setup();
    const key = new KmsKey(stack, 'Key');
    const map = new DistributedMap(stack, 'Each', { itemReader: make(bucket, key), resultWriter: new ResultWriter({ bucket, kmsKey: key }) }).itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map);
    const pairs = synthMachine(stack).statements.flatMap((st: any) => [st.Action].flat().map((a: string) => `${a} ${st.Resource}`));
    expect(pairs).toEqual(expect.arrayContaining(['kms:Decrypt ${aws_kms_key.Key.arn}', 'kms:GenerateDataKey ${aws_kms_key.Key.arn}']));
  });

  test('isDistributedMap is a brand check', () => {
    const { stack } = setup();
    expect(DistributedMap.isDistributedMap(new DistributedMap(stack, 'D'))).toBe(true);
    expect(DistributedMap.isDistributedMap(new sfn.Map(stack, 'M'))).toBe(false);
    expect(DistributedMap.isDistributedMap(undefined)).toBe(false);
  });
});

describe('DistributedMap validation', () => {
  test('toleratedFailurePercentage must be 0 to 100', () => {
    const { stack } = setup();
    expect(() => new DistributedMap(stack, 'A', { toleratedFailurePercentage: 0 })).not.toThrow();
    expect(() => new DistributedMap(stack, 'B', { toleratedFailurePercentage: 100 })).not.toThrow();
    expect(() => new DistributedMap(stack, 'C', { toleratedFailurePercentage: 100.5 })).toThrow(/'toleratedFailurePercentage' must be from 0 to 100, got 100.5/);
    expect(() => new DistributedMap(stack, 'D', { toleratedFailurePercentage: -1 })).toThrow(/got -1/);
  });

  test('toleratedFailureCount must be a whole number >= 0', () => {
    const { stack } = setup();
    expect(() => new DistributedMap(stack, 'A', { toleratedFailureCount: 0 })).not.toThrow();
    expect(() => new DistributedMap(stack, 'B', { toleratedFailureCount: -1 })).toThrow(/'toleratedFailureCount' must be a whole number >= 0, got -1/);
    expect(() => new DistributedMap(stack, 'C', { toleratedFailureCount: 2.5 })).toThrow(/got 2.5/);
  });

  test('a value and its path cannot both be set; paths must be reference paths', () => {
    const { stack } = setup();
    expect(() => new DistributedMap(stack, 'A', { toleratedFailureCount: 1, toleratedFailureCountPath: '$.n' })).toThrow(/set only one of 'toleratedFailureCount' and 'toleratedFailureCountPath'/);
    expect(() => new DistributedMap(stack, 'B', { toleratedFailurePercentage: 1, toleratedFailurePercentagePath: '$.n' })).toThrow(/set only one of 'toleratedFailurePercentage'/);
    expect(() => new DistributedMap(stack, 'C', { toleratedFailureCountPath: 'n' })).toThrow(/'toleratedFailureCountPath' must be/);
  });

  test('label: up to 40 characters, none of the forbidden ones', () => {
    const { stack } = setup();
    expect(() => new DistributedMap(stack, 'A', { label: 'a'.repeat(40) })).not.toThrow();
    expect(() => new DistributedMap(stack, 'B', { label: 'My_Run-2.v1' })).not.toThrow();
    expect(() => new DistributedMap(stack, 'C', { label: 'a'.repeat(41) })).toThrow(/'label' must be 1 to 40 characters/);
    expect(() => new DistributedMap(stack, 'D', { label: 'my run' })).toThrow(/" " is not allowed/);
    expect(() => new DistributedMap(stack, 'E', { label: 'a/b' })).toThrow(/"\/" is not allowed/);
    expect(() => new DistributedMap(stack, 'F', { label: 'a\u0007' })).toThrow(/is not allowed/);
    expect(() => new DistributedMap(stack, 'G', { label: '' })).toThrow(/'label' must be 1 to 40/);
  });

  test('fails when both resultWriter and resultWriterV2 are set', () => {
    const { stack, bucket } = setup();
    expect(() => new DistributedMap(stack, 'A', { resultWriter: new ResultWriter({ bucket }), resultWriterV2: new ResultWriterV2({ bucket }) })).toThrow(/set only one of 'resultWriter' \(deprecated\) and 'resultWriterV2'/);
  });

  test('fails when an item reader is combined with itemsPath', () => {
    const { stack, bucket } = setup();
    expect(() => new DistributedMap(stack, 'A', { itemReader: new S3ObjectsItemReader({ bucket }), itemsPath: '$.xs' })).toThrow(/'itemReader' reads the items from S3; it cannot be combined with 'itemsPath'/);
  });

  test('fails when JSONata-only and JSONPath-only fields meet the wrong language', () => {
    const { stack, bucket } = setup();
    expect(() => DistributedMap.jsonata(stack, 'A', { toleratedFailureCountPath: '$.n' } as any)).toThrow(/'toleratedFailureCountPath' is a field of JSONPath states/);
    expect(() => DistributedMap.jsonata(stack, 'B', { itemReader: new S3JsonItemReader({ bucketNamePath: '$.b', key: 'k' }) })).toThrow(/'itemReader' bucketNamePath is written in JSONPath but this state is JSONata/);
    expect(() => DistributedMap.jsonPath(stack, 'C', { queryLanguage: QueryLanguage.JSON_PATH, resultWriterV2: new ResultWriterV2({ bucketNamePath: '{% $b %}' }) })).toThrow(/'resultWriterV2' bucketNamePath is written in JSONata but this state is JSONPath/);
    expect(() => DistributedMap.jsonata(stack, 'D', { itemBatcher: new ItemBatcher({ maxItemsPerBatchPath: '$.n' }) })).toThrow(/'itemBatcher' uses .* JSONPath fields/);
    expect(() => new DistributedMap(stack, 'E', { queryLanguage: QueryLanguage.JSON_PATH, outputs: {} })).toThrow(/'outputs' is a field of JSONata states/);
    expect(() => DistributedMap.jsonata(stack, 'F', { itemReader: new S3JsonItemReader({ bucket, key: 'k' }), outputs: {} })).not.toThrow();
  });

  test('itemProcessor: mode is always DISTRIBUTED; mapExecutionType wins over a different executionType, with a warning', () => {
    const { stack } = setup();
    const warnings = (c: Construct) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(() => new DistributedMap(stack, 'A').itemProcessor(new Pass(stack, 'I1'), { mode: ProcessorMode.INLINE })).toThrow(/test\/A: itemProcessor\(config\): a DistributedMap always runs in ProcessorMode\.DISTRIBUTED, got INLINE/);
    const b = bound(new DistributedMap(stack, 'B').itemProcessor(new Pass(stack, 'I2'), { executionType: ProcessorType.EXPRESS }));
    expect((renderState(b) as any).ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(warnings(b)).toEqual(["itemProcessor(config): 'executionType' EXPRESS is ignored; the child executions of a DistributedMap run as its 'mapExecutionType' (STANDARD, the default): set that instead"]);
    const c = bound(new DistributedMap(stack, 'C', { mapExecutionType: StateMachineType.EXPRESS }).itemProcessor(new Pass(stack, 'I3'), { mode: ProcessorMode.DISTRIBUTED, executionType: ProcessorType.EXPRESS }));
    expect((renderState(c) as any).ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' });
    expect(warnings(c)).toEqual([]);
  });

  test('fails when bound without an item processor', () => {
    const { stack } = setup();
    expect(() => machine(stack, new DistributedMap(stack, 'Each'))).toThrow(/Map state 'Each' has no item processor/);
  });
});

describe('item reader, batcher and writer validation', () => {
  test('readers need exactly one of bucket and bucketNamePath', () => {
    const { bucket } = setup();
    expect(() => new S3ObjectsItemReader({})).toThrow(/S3ObjectsItemReader: set exactly one of 'bucket' and 'bucketNamePath', got neither/);
    expect(() => new S3JsonItemReader({ bucket, bucketNamePath: '$.b', key: 'k' })).toThrow(/S3JsonItemReader: set exactly one .* got both/);
  });

  test('bucketNamePath must be a path or a JSONata expression', () => {
    expect(() => new S3JsonItemReader({ bucketNamePath: '{% $b %}', key: 'k' })).not.toThrow();
    expect(() => new S3JsonItemReader({ bucketNamePath: 'my-bucket', key: 'k' })).toThrow(/'bucketNamePath' must be a JSONPath .* or a JSONata expression/);
  });

  test('maxItems must be 1 to 100,000,000', () => {
    const { bucket } = setup();
    expect(() => new S3ObjectsItemReader({ bucket, maxItems: 100_000_000 })).not.toThrow();
    expect(() => new S3ObjectsItemReader({ bucket, maxItems: 0 })).toThrow(/'maxItems' must be a whole number from 1 to 100000000, got 0/);
    expect(() => new S3CsvItemReader({ bucket, key: 'k', maxItems: 1.5 })).toThrow(/S3CsvItemReader: 'maxItems'/);
  });

  test('key versus prefix', () => {
    const { bucket } = setup();
    expect(() => new S3JsonLItemReader({ bucket, key: '' })).toThrow(/S3JsonLItemReader: 'key' must name the object/);
    expect(() => new S3JsonItemReader({ bucket, key: 'k', prefix: 'p' } as any)).toThrow(/S3JsonItemReader reads the one object 'key' and takes no 'prefix'/);
    expect(() => new S3ObjectsItemReader({ bucket, key: 'k' } as any)).toThrow(/S3ObjectsItemReader lists objects under 'prefix' and takes no 'key'/);
  });

  test('CsvHeaders.use needs column names', () => {
    expect(CsvHeaders.use(['a']).headers).toEqual(['a']);
    expect(() => CsvHeaders.use([])).toThrow(/CsvHeaders\.use\(headers\) needs at least one non-empty column name/);
    expect(() => CsvHeaders.use(['a', ''])).toThrow(/non-empty/);
  });

  test('ItemBatcher limits', () => {
    expect(() => new ItemBatcher({ maxItemsPerBatch: 1, maxInputBytesPerBatch: 262_144 })).not.toThrow();
    expect(() => new ItemBatcher({})).toThrow(/ItemBatcher needs 'maxItemsPerBatch'/);
    expect(() => new ItemBatcher({ maxItemsPerBatch: 0 })).toThrow(/'maxItemsPerBatch' must be a whole number >= 1, got 0/);
    expect(() => new ItemBatcher({ maxInputBytesPerBatch: 262_145 })).toThrow(/'maxInputBytesPerBatch' must be a whole number from 1 to 262144/);
    expect(() => new ItemBatcher({ maxItemsPerBatch: 2, maxItemsPerBatchPath: '$.n' })).toThrow(/set only one of 'maxItemsPerBatch' and 'maxItemsPerBatchPath'/);
    expect(() => new ItemBatcher({ maxInputBytesPerBatchPath: 'n' })).toThrow(/'maxInputBytesPerBatchPath' must be/);
    expect(() => new ItemBatcher({ maxItemsPerBatch: 2, batchInput: { a: [JsonPath.stringAt('$.x')] } })).toThrow(/cannot be array elements/);
  });

  test('ResultWriterV2 needs a bucket or a writer config; prefix needs a bucket', () => {
    expect(() => new ResultWriterV2({})).toThrow(/ResultWriterV2 needs 'bucket' or 'bucketNamePath'.*or 'writerConfig'/);
    expect(() => new ResultWriterV2({ prefix: 'p', writerConfig: new WriterConfig({ outputType: OutputType.JSON, transformation: Transformation.NONE }) })).toThrow(/'prefix' needs 'bucket' or 'bucketNamePath'/);
    expect(() => new ResultWriterV2({ bucketNamePath: 'out' })).toThrow(/ResultWriterV2: 'bucketNamePath' must be/);
  });

  test('ResultWriterV2: kmsKey needs a bucket', () => {
    const writerConfig = new WriterConfig({ outputType: OutputType.JSON, transformation: Transformation.NONE });
    expect(() => new ResultWriterV2({ writerConfig, kmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' } })).toThrow(/ResultWriterV2: 'kmsKey' needs 'bucket' or 'bucketNamePath'/);
    expect(() => new ResultWriterV2({ bucketNamePath: '$.out', kmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' } })).not.toThrow();
  });
});
