// Worker threads start as plain Node: register tsx so the TypeScript job module can be imported.
import { register } from 'tsx/esm/api';

register();
const { runJob } = await import('./page-job.ts');
export default runJob;
