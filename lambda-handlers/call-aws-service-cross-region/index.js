// The function behind tasks.CallAwsServiceCrossRegion: calls one action of an AWS service, in the region
// the event names, with the AWS SDK for JavaScript v3 that the Lambda Node.js runtime provides (it is not
// bundled). The event is { service, action, region, endpoint?, parameters? }; the result is the SDK
// response as JSON.
'use strict';

/** The one `*Client` class of an SDK package (`S3Client` of `@aws-sdk/client-s3`). */
function clientClass(sdk, service) {
  const clients = Object.keys(sdk).filter((name) => name.endsWith('Client') && name !== '__Client');
  if (clients.length !== 1) {
    throw new Error(`@aws-sdk/client-${service} must export exactly one *Client class, found ${clients.length ? clients.join(', ') : 'none'}`);
  }
  return sdk[clients[0]];
}

/** The command class of `action` (`getObject` -> `GetObjectCommand`), matched regardless of case. */
function commandClass(sdk, service, action) {
  const wanted = `${action}Command`.toLowerCase();
  const name = Object.keys(sdk).find((n) => n.toLowerCase() === wanted);
  if (!name) {
    const error = new Error(`@aws-sdk/client-${service} has no command for the action '${action}' (looked for ${action.charAt(0).toUpperCase()}${action.slice(1)}Command)`);
    error.name = 'UnknownAction';
    throw error;
  }
  return sdk[name];
}

/** A response `Payload` of bytes (Lambda's Invoke) becomes its JSON value, or its text. */
function decodePayload(response) {
  const payload = response && response.Payload;
  if (!(payload instanceof Uint8Array)) return response;
  const text = new TextDecoder().decode(payload);
  let value = text;
  try {
    value = JSON.parse(text);
  } catch {
    // not JSON: the text as it is
  }
  return { ...response, Payload: value };
}

/**
 * A handler that loads SDK packages with `load` (`require` in Lambda; tests pass fake packages). A
 * failing call is thrown as the SDK threw it, so the task's Catch sees the service's error name.
 */
function makeHandler(load) {
  return async (event) => {
    if (typeof event !== 'object' || event === null || typeof event.service !== 'string' || typeof event.action !== 'string' || typeof event.region !== 'string') {
      throw new TypeError("The event must be an object with string 'service', 'action' and 'region'");
    }
    const service = event.service.toLowerCase();
    // the package name only: a service read from the state input must not name another module
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(service)) throw new TypeError(`'${event.service}' is not the name of an AWS SDK v3 client package`);
    const sdk = load(`@aws-sdk/client-${service}`);
    const Client = clientClass(sdk, event.service);
    const Command = commandClass(sdk, event.service, event.action);
    const config = { region: event.region };
    if (event.endpoint !== undefined && event.endpoint !== null) config.endpoint = event.endpoint;
    const client = new Client(config);
    const response = await client.send(new Command(event.parameters || {}));
    return JSON.parse(JSON.stringify(decodePayload(response)));
  };
}

exports.makeHandler = makeHandler;
exports.handler = makeHandler((name) => require(name));
