// Alarms, the residency metric filter and the dashboard in the packaged template, checked
// against the metrics the code emits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveIntrinsics } from '../../infra/local/definitions.js';
import { METRIC, METRICS_NAMESPACE } from '../../shared/observability.js';
import { PACKAGE_DIR, PROJECT_ROOT } from '../support/local.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = (
  JSON.parse(readFileSync(join(PACKAGE_DIR, 'cloudformation-template-update-stack.json'), 'utf8')) as {
    Resources: Record<string, Resource>;
  }
).Resources;
const alarms = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm');
const emitted = new Set([...Object.values(METRIC).map((m) => m.name), 'PersonalDataProcessedGlobally']);
const ctx = {
  pseudo: { 'AWS::Region': 'eu-central-1', 'AWS::AccountId': '111122223333', 'AWS::StackName': 'cris-pipeline-local' },
  refs: {},
  attributes: Object.fromEntries(Object.keys(resources).map((id) => [`${id}.QueueName`, `queue-${id}`])),
};

describe('alarms and dashboard', () => {
  it('alarm on DLQ depth, message age, error rates, throttles, refusals and personal data processed globally', () => {
    const metricOf = (p: Record<string, unknown>) =>
      String(
        p.MetricName ?? (p.Metrics as { MetricStat?: { Metric: { MetricName: string } } }[])?.[0]?.MetricStat?.Metric.MetricName,
      );
    const watched = alarms.map(([, a]) => metricOf(a.Properties));
    expect(watched).toEqual(
      expect.arrayContaining([
        'ApproximateNumberOfMessagesVisible',
        'ApproximateAgeOfOldestMessage',
        'Errors',
        'Throttles',
        'ResidencyRefusals',
        'PersonalDataProcessedGlobally',
        'Outcomes',
      ]),
    );
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: 'AlarmTopic' }]);
      expect(String(alarm.Properties.AlarmDescription), id).toMatch(/docs\/runbook\.md#/);
      if (alarm.Properties.Namespace === METRICS_NAMESPACE)
        expect(emitted.has(String(alarm.Properties.MetricName)), id).toBe(true);
    }
  });

  it('links every alarm to a section of the runbook', () => {
    const runbook = readFileSync(join(PROJECT_ROOT, 'docs', 'runbook.md'), 'utf8');
    const anchors = new Set(
      [...runbook.matchAll(/^## (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const [id, alarm] of alarms) {
      const anchor = /runbook\.md#([a-z0-9-]+)/.exec(String(alarm.Properties.AlarmDescription))?.[1];
      expect(anchors.has(String(anchor)), `${id} → #${anchor}`).toBe(true);
    }
  });

  it('counts personal and special documents in the global worker log as a residency violation', () => {
    const filter = resources.PersonalDataProcessedGloballyFilter?.Properties ?? {};
    expect(filter.LogGroupName).toEqual({ Ref: 'WorkerGlobalLogGroup' });
    expect(filter.FilterPattern).toBe(
      '{ ($.message = "document result") && (($.sensitivity = "personal") || ($.sensitivity = "special")) }',
    );
  });

  it('has a dashboard whose body is valid JSON and names only metrics the code emits', () => {
    const body = JSON.parse(String(resolveIntrinsics(resources.Dashboard?.Properties.DashboardBody, ctx))) as {
      widgets: unknown[];
    };
    expect(body.widgets.length).toBeGreaterThanOrEqual(8);
    const names = [...JSON.stringify(body).matchAll(/MetricName=\\"(\w+)\\"|\["CrisPipeline",\s*"(\w+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(names).toEqual(expect.arrayContaining(['DocumentsClassified', 'Throttles', 'DuplicatesSkipped', 'EstimatedCostUsd']));
    for (const name of names) expect(emitted.has(String(name)), name).toBe(true);
  });
});
