// Starts a worker thread on a TypeScript module of src/ when wujian runs from its sources (a clone, the
// tests): registers tsx in the thread, then imports the module named in workerData. The built package
// starts its compiled workers directly (see startWorker in src/threads.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
