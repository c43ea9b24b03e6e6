// The example functions: echo their event, with a status the job-poller example can branch on.
exports.handler = async (event) => ({ ...event, status: event.status ?? 'SUCCEEDED' });
