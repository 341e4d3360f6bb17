// Packages the service once with `osls package` — no AWS credentials in the environment —
// for the template tests and every local stack of this run.
import { ensurePackaged } from '../../infra/local/definitions.js';
import { PACKAGE_DIR, PROJECT_ROOT, REGION } from '../support/local.js';

export default async function setup(): Promise<void> {
  await ensurePackaged({ projectRoot: PROJECT_ROOT, stage: 'local', region: REGION, packageDir: PACKAGE_DIR });
}
