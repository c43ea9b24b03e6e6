// Preloaded into cdktn's CLI by `npm run synth:cdktn` (NODE_OPTIONS), for Node 20: cdktn-cli 0.24 asks for
// Node 22.19 and its bundled fetch marks objects with worker_threads.markAsUncloneable (Node >= 22.10),
// which Node 20 lacks. Marking only keeps an object from being sent to a worker, which synthesis never
// does, so a no-op stands in. On Node 22 and later this does nothing.
'use strict';
const workerThreads = require('worker_threads');

if (typeof workerThreads.markAsUncloneable !== 'function') workerThreads.markAsUncloneable = () => {};
