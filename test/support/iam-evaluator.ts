// A small evaluator of IAM identity policies: "may this role do action A on resource X,
// with these request context keys?" Explicit deny wins, otherwise any matching allow.
// Enough of IAM for the statements this project writes (wildcards, String*/Arn*/Bool).

export interface PolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface AccessRequest {
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, string>>;
}

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

function wildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.split('?').map(escapeRegex).join('.'))
      .join('.*')}$`,
    caseInsensitive ? 'i' : '',
  );
  return regex.test(value);
}
const escapeRegex = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

function conditionHolds(operator: string, key: string, expected: string[], context: Readonly<Record<string, string>>): boolean {
  const actual = context[key];
  if (actual === undefined) return false; // no IfExists operators in this project
  switch (operator) {
    case 'StringEquals':
    case 'ArnEquals':
      return expected.includes(actual);
    case 'StringNotEquals':
      return !expected.includes(actual);
    case 'StringLike':
    case 'ArnLike':
      return expected.some((e) => wildcard(e, actual));
    case 'Bool':
      return expected.map((e) => e.toLowerCase()).includes(actual.toLowerCase());
    default:
      throw new Error(`condition operator ${operator} is not supported by this evaluator`);
  }
}

function matches(statement: PolicyStatement, request: AccessRequest): boolean {
  if (!list(statement.Action).some((a) => wildcard(a, request.action, true))) return false;
  if (!list(statement.Resource).some((r) => wildcard(r, request.resource))) return false;
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => conditionHolds(operator, key, list(expected), request.context ?? {})),
  );
}

export function isAllowed(statements: readonly PolicyStatement[], request: AccessRequest): boolean {
  const applicable = statements.filter((s) => matches(s, request));
  return !applicable.some((s) => s.Effect === 'Deny') && applicable.some((s) => s.Effect === 'Allow');
}

/** For service control policies, which only deny: is the request explicitly denied? */
export function isDenied(statements: readonly PolicyStatement[], request: AccessRequest): boolean {
  return statements.some((s) => s.Effect === 'Deny' && matches(s, request));
}
