// Bridge for serverless.yml: `${file(./infra/iam.cjs):workerEu}` and friends resolve to
// the IAM statements built by iam-statements.ts from the catalog and the policy.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const tsx = require('tsx/cjs/api');

const { classifierStatements, workerStatements } = tsx.require('./iam-statements.ts', __filename);
const { parsePolicy } = tsx.require('../shared/domain/policy.ts', __filename);
const { parseCatalog } = tsx.require('../shared/domain/catalog.ts', __filename);

const root = join(__dirname, '..');

async function inputs(resolveVariable) {
  const env = await resolveVariable('self:provider.environment');
  return {
    region: await resolveVariable('self:provider.region'),
    policy: parsePolicy(readFileSync(resolve(root, env.POLICY_FILE), 'utf8'), env.POLICY_FILE),
    catalog: parseCatalog(readFileSync(resolve(root, env.CATALOG_FILE), 'utf8'), env.CATALOG_FILE),
    names: {
      inputBucket: await resolveVariable('self:custom.names.inputBucket'),
      outputBucket: await resolveVariable('self:custom.names.outputBucket'),
      auditBucket: await resolveVariable('self:custom.names.auditBucket'),
    },
  };
}

module.exports = {
  classifier: async ({ resolveVariable }) => classifierStatements(await inputs(resolveVariable)),
  workerEu: async ({ resolveVariable }) => workerStatements(await inputs(resolveVariable), 'eu'),
  workerGlobal: async ({ resolveVariable }) => workerStatements(await inputs(resolveVariable), 'global'),
};
