/// <reference lib="webworker" />
// Web Worker entry: keeps the NLP code (compromise) off the page's main thread
// and out of every page bundle; client.ts is the only thing that loads it.
import { generateQuestions } from './index';
import { createWorkerHandler } from './worker-handler';
import type { FromWorker, ToWorker } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler(
	(message: FromWorker) => scope.postMessage(message),
	generateQuestions
);

scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
