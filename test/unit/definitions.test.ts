import { describe, expect, it } from 'vitest';
import { resolveIntrinsics } from '../../infra/local/definitions.js';

const ctx = {
  pseudo: { 'AWS::AccountId': '000000000000', 'AWS::Region': 'eu-central-1', 'AWS::StackName': 's' },
  refs: { EuQueue: 'http://127.0.0.1:1/000000000000/s-eu' },
  attributes: { 'EuQueue.Arn': 'arn:aws:sqs:eu-central-1:000000000000:s-eu' },
};

describe('resolveIntrinsics', () => {
  it('evaluates Ref, GetAtt, Sub and Join as CloudFormation does', () => {
    expect(
      resolveIntrinsics(
        {
          url: { Ref: 'EuQueue' },
          arn: { 'Fn::GetAtt': ['EuQueue', 'Arn'] },
          // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax, not a JS template.
          name: { 'Fn::Sub': '${AWS::StackName}-input-${AWS::AccountId}-${AWS::Region}' },
          // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax, not a JS template.
          sub: { 'Fn::Sub': ['${Q}/x', { Q: { Ref: 'EuQueue' } }] },
          joined: { 'Fn::Join': ['-', ['a', { Ref: 'AWS::Region' }]] },
          plain: [1, 'two'],
        },
        ctx,
      ),
    ).toEqual({
      url: 'http://127.0.0.1:1/000000000000/s-eu',
      arn: 'arn:aws:sqs:eu-central-1:000000000000:s-eu',
      name: 's-input-000000000000-eu-central-1',
      sub: 'http://127.0.0.1:1/000000000000/s-eu/x',
      joined: 'a-eu-central-1',
      plain: [1, 'two'],
    });
  });

  it('names what it cannot resolve', () => {
    expect(() => resolveIntrinsics({ Ref: 'Nope' }, ctx)).toThrow(/cannot resolve Ref Nope/);
  });
});
