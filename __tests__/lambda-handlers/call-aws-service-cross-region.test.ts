// The CallAwsServiceCrossRegion handler, run locally with node on the events Step Functions sends it, with
// fake SDK packages injected in place of `require`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeHandler } = require('../../lambda-handlers/call-aws-service-cross-region');

/** A fake `@aws-sdk/client-s3`: records each client's config and each command it sends. */
function fakeS3(respond: (command: any) => any) {
  const calls: Array<{ config: any; command: string; input: any }> = [];
  class S3Client {
    constructor(public readonly config: any) {}
    async send(command: any) {
      calls.push({ config: this.config, command: command.constructor.name, input: command.input });
      return respond(command);
    }
  }
  class GetObjectCommand { constructor(public readonly input: any) {} }
  class ListBucketsCommand { constructor(public readonly input: any) {} }
  return { calls, sdk: { S3Client, GetObjectCommand, ListBucketsCommand, __Client: class {} } };
}

describe('call-aws-service-cross-region handler', () => {
  test('calls the action in the region, with the parameters, and returns the response as JSON', async () => {
    const { calls, sdk } = fakeS3(() => ({ Body: 'x', LastModified: new Date('2026-01-02T03:04:05Z'), $metadata: { httpStatusCode: 200 } }));
    const loaded: string[] = [];
    const handler = makeHandler((name: string) => (loaded.push(name), sdk));
    const result = await handler({ service: 's3', action: 'getObject', region: 'eu-west-1', parameters: { Bucket: 'b', Key: 'k' } });
    expect(loaded).toEqual(['@aws-sdk/client-s3']);
    expect(calls).toEqual([{ config: { region: 'eu-west-1' }, command: 'GetObjectCommand', input: { Bucket: 'b', Key: 'k' } }]);
    expect(result).toEqual({ Body: 'x', LastModified: '2026-01-02T03:04:05.000Z', $metadata: { httpStatusCode: 200 } });
  });

  test('passes the endpoint, and no parameters as {}', async () => {
    const { calls, sdk } = fakeS3(() => ({ Buckets: [] }));
    await makeHandler(() => sdk)({ service: 's3', action: 'listBuckets', region: 'us-west-2', endpoint: 'https://s3.us-west-2.amazonaws.com' });
    expect(calls).toEqual([{ config: { region: 'us-west-2', endpoint: 'https://s3.us-west-2.amazonaws.com' }, command: 'ListBucketsCommand', input: {} }]);
  });

  test('a byte Payload becomes its JSON value, or its text', async () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const { sdk } = fakeS3((c) => ({ Payload: bytes(c.input.json ? '{"ok":true}' : 'plain text') }));
    await expect(makeHandler(() => sdk)({ service: 's3', action: 'getObject', region: 'us-east-1', parameters: { json: true } })).resolves.toEqual({ Payload: { ok: true } });
    await expect(makeHandler(() => sdk)({ service: 's3', action: 'getObject', region: 'us-east-1', parameters: {} })).resolves.toEqual({ Payload: 'plain text' });
  });

  test('a failing call fails with the service error', async () => {
    const failure = Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey' });
    const { sdk } = fakeS3(() => { throw failure; });
    await expect(makeHandler(() => sdk)({ service: 's3', action: 'getObject', region: 'us-east-1', parameters: { Bucket: 'b', Key: 'gone' } }))
      .rejects.toMatchObject({ name: 'NoSuchKey', message: 'The specified key does not exist.' });
  });

  test('an unknown action, a package without one client, a bad service name or event are refused', async () => {
    const { sdk } = fakeS3(() => ({}));
    await expect(makeHandler(() => sdk)({ service: 's3', action: 'fly', region: 'us-east-1' })).rejects.toMatchObject({ name: 'UnknownAction' });
    await expect(makeHandler(() => ({ ACommand: class {} }))({ service: 'x', action: 'a', region: 'us-east-1' })).rejects.toThrow('@aws-sdk/client-x must export exactly one *Client class, found none');
    const load = jest.fn();
    await expect(makeHandler(load)({ service: '../../etc', action: 'a', region: 'us-east-1' })).rejects.toThrow(/not the name of an AWS SDK v3 client package/);
    expect(load).not.toHaveBeenCalled();
    await expect(makeHandler(load)({ service: 's3' })).rejects.toThrow(/string 'service', 'action' and 'region'/);
  });

  test('the real handler loads the SDK with require (a missing package fails the call)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { handler } = require('../../lambda-handlers/call-aws-service-cross-region');
    await expect(handler({ service: 'no-such-service-here', action: 'a', region: 'us-east-1' })).rejects.toThrow(/Cannot find module '@aws-sdk\/client-no-such-service-here'/);
  });
});
