// The routing policy: which key prefixes opt in to global, and the task, model and
// limits for each prefix. Loaded and validated once at start-up.
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.js';

export const TASKS = ['summarize', 'extract'] as const;
export type Task = (typeof TASKS)[number];

const settings = {
  task: z.enum(TASKS),
  model: z.string().min(1),
  allowGlobal: z.boolean(),
  maxDocumentBytes: z.number().int().positive(),
  maxOutputTokens: z.number().int().positive().max(65536),
};

const ruleSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule names are lower-case words joined by hyphens'),
    prefix: z.string().min(1),
    task: settings.task.optional(),
    model: settings.model.optional(),
    allowGlobal: settings.allowGlobal.optional(),
    maxDocumentBytes: settings.maxDocumentBytes.optional(),
    maxOutputTokens: settings.maxOutputTokens.optional(),
  })
  .strict();

export const policySchema = z
  .object({
    schemaVersion: z.literal(1),
    version: z.string().min(1),
    defaults: z.object({ ...settings, allowGlobal: settings.allowGlobal.default(false) }).strict(),
    rules: z.array(ruleSchema).default([]),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, i) => {
      if (seen.has(rule.prefix)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'prefix'], message: `duplicate prefix ${rule.prefix}` });
      }
      seen.add(rule.prefix);
    });
  });

export type RoutingPolicy = z.infer<typeof policySchema>;

export interface PolicyRule {
  readonly name: string;
  readonly prefix: string;
  readonly task: Task;
  readonly model: string;
  readonly allowGlobal: boolean;
  readonly maxDocumentBytes: number;
  readonly maxOutputTokens: number;
}

export function parsePolicy(text: string, fileName = 'routing-policy.yml'): RoutingPolicy {
  return parseYamlFile(text, fileName, policySchema);
}

/** The rule with the longest matching prefix; the defaults, as rule `default`, otherwise. */
export function ruleFor(policy: RoutingPolicy, key: string, defaultsOnly = false): PolicyRule {
  let best: RoutingPolicy['rules'][number] | undefined;
  for (const rule of defaultsOnly ? [] : policy.rules) {
    if (key.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length)) best = rule;
  }
  const d = policy.defaults;
  return {
    name: best?.name ?? 'default',
    prefix: best?.prefix ?? '',
    task: best?.task ?? d.task,
    model: best?.model ?? d.model,
    allowGlobal: best?.allowGlobal ?? d.allowGlobal,
    maxDocumentBytes: best?.maxDocumentBytes ?? d.maxDocumentBytes,
    maxOutputTokens: best?.maxOutputTokens ?? d.maxOutputTokens,
  };
}

/** The defaults and every rule, each with its settings filled in. */
export function allRules(policy: RoutingPolicy): PolicyRule[] {
  return [ruleFor(policy, '', true), ...policy.rules.map((r) => ruleFor(policy, r.prefix))];
}
