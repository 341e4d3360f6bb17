// The Bedrock adapter against the stand-in, both over the real SDK client and HTTP/2.
import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BedrockStandIn, extractiveSummary, startBedrockStandIn } from '../../infra/local/bedrock-stand-in.js';
import { bedrockModel } from '../../shared/adapters/bedrock-model.js';
import { parseCatalog } from '../../shared/domain/catalog.js';
import { PermanentError, RetryableError } from '../../shared/domain/errors.js';

const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));
let standIn: BedrockStandIn;
const clients: BedrockRuntimeClient[] = [];

function client(region: string): BedrockRuntimeClient {
  const c = new BedrockRuntimeClient({
    region,
    endpoint: standIn.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  clients.push(c);
  return c;
}

const request = {
  profileId: 'eu.amazon.nova-2-lite-v1:0',
  system: 'Summarise.',
  prompt: 'Summarise the following document.',
  content: { text: 'The reading rooms open in March. Visitors are welcome every day. Write to info@example.org for details.' },
  maxTokens: 200,
};

beforeAll(async () => {
  standIn = await startBedrockStandIn({ catalog });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await standIn.close();
});

describe('Bedrock stand-in and adapter', () => {
  it('answers Converse with a summary, token usage and a request id', async () => {
    const response = await bedrockModel(client('eu-south-1')).converse(request);
    expect(response.text).toContain('The reading rooms open in March.');
    expect(response.text).not.toContain('info@example.org');
    expect(response.usage.inputTokens).toBeGreaterThan(20);
    expect(response.usage.totalTokens).toBe(response.usage.inputTokens + response.usage.outputTokens);
    expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(standIn.calls.at(-1)).toMatchObject({
      modelId: 'eu.amazon.nova-2-lite-v1:0',
      sourceRegion: 'eu-south-1',
      status: 200,
    });
  });

  it('rejects, as Bedrock does, a profile the source region may not call', async () => {
    const error = await bedrockModel(client('us-east-1'))
      .converse(request)
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/ValidationException/);
  });

  it('maps injected throttling to a retryable error and recovers after it', async () => {
    standIn.injectFault({ status: 429, errorType: 'ThrottlingException', times: 1 });
    const model = bedrockModel(client('eu-central-1'));
    await expect(model.converse(request)).rejects.toBeInstanceOf(RetryableError);
    await expect(model.converse(request)).resolves.toMatchObject({ stopReason: 'end_turn' });
  });

  it('accepts document blocks with a text block beside them', async () => {
    const response = await client('eu-central-1').send(
      new ConverseCommand({
        modelId: 'eu.amazon.nova-2-lite-v1:0',
        messages: [
          {
            role: 'user',
            content: [
              { text: 'Summarise.' },
              { document: { format: 'pdf', name: 'document', source: { bytes: new Uint8Array(300) } } },
            ],
          },
        ],
      }),
    );
    expect(response.output?.message?.content?.[0]?.text).toMatch(/pdf document of 300 bytes/);
  });

  it('summarises only sentences, masking identifiers', () => {
    expect(extractiveSummary('Call +49 30 901820 or mail a@b.eu about the new rooms.')).toBe(
      'Call [number] or mail [email] about the new rooms.',
    );
    expect(extractiveSummary('a,b\n1,2')).toMatch(/no prose/);
  });
});
