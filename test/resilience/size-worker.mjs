// Worker threads start as plain Node: register tsx, then run the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./size-worker.ts');
